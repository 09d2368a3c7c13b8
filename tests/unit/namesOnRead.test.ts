/**
 * Issue 14, finding 9, on the way in from a file: names read from a `.somekompass` file lose control and direction
 * marks and are composed (NFC), so a hand-in named "Kari\u200e Nordmann" is Kari Nordmann like any other.
 */
import { describe, expect, test } from 'vitest';
import { parseAssessmentFile, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { createHomeworkAssessment } from '../../renderer/src/domain/homework/homework';
import { createWorkshopAssessment, addRespondent } from '../../renderer/src/domain/workshop/workshop';
import type { Assessment } from '../../renderer/src/domain/model/types';

const bytes = (a: Assessment): Uint8Array =>
  new TextEncoder().encode(serializeAssessmentFile(a, '1.0.0', new Date('2026-12-04T10:00:00Z')));
const read = (a: Assessment, setAside = false): Assessment => {
  const outcome = parseAssessmentFile(bytes(a), { setAside });
  if (!outcome.ok) throw new Error(outcome.error.detail);
  return outcome.assessment;
};

describe('names read from a file', () => {
  test.each([false, true])('the student, company and respondent are cleaned (stored data: %s)', (setAside) => {
    const base = createHomeworkAssessment('h1', '2026-12-04T10:00:00.000Z', 'nb', 'MARK2100', 0);
    const a: Assessment = {
      ...base,
      profile: { ...base.profile, companyName: ' Kafé\u202e Lykke\u0007 ', respondent: 'Ola\u00a0\u00a0Hansen' },
      homework: { ...base.homework!, student: 'Kari\u200e Nordmann' },
    };
    const back = read(a, setAside);
    expect(back.homework?.student).toBe('Kari Nordmann');
    expect(back.profile.companyName).toBe('Kafé Lykke');
    expect(back.profile.respondent).toBe('Ola Hansen');
  });

  test('a decomposed å becomes one character, and a workshop respondent is cleaned too', () => {
    const w = createWorkshopAssessment('w1', '2026-12-04T10:00:00.000Z', 'nb', false);
    const a: Assessment = { ...w, workshop: addRespondent(w.workshop!, 'p1', 'A\u030asa\u2066 Berg') };
    expect(read(a).workshop?.respondents[0]?.name).toBe('\u00c5sa Berg');
  });
});
