import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  changedSinceHandIn,
  createHomeworkAssessment,
  handInFileName,
  handInProblems,
  markHandedIn,
  wordCount,
} from '../../renderer/src/domain/homework/homework';
import { parseAssessmentFile, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { assessmentSchema } from '../../renderer/src/domain/files/schema';
import { summarize } from '../../renderer/src/domain/model/summary';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { MODULE_IDS, type Assessment } from '../../renderer/src/domain/model/types';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { createFileActions } from '../../electron/main/services/fileActions';
import { answerAt } from '../fixtures/companies';

const NOW = '2026-11-30T10:00:00.000Z';
const words = (n: number): string => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

/** Everything a hand-in needs, with reflections of `n` words. */
function complete(n: number, minWords = 50): Assessment {
  const a = createHomeworkAssessment('hw1', NOW, 'nb', 'MARK2100', minWords);
  return {
    ...a,
    profile: { ...a.profile, companyName: 'Kafé Åpent', customerType: 'b2c', size: 'small', channels: ['instagram'] },
    answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, answerAt(q, 'good')])),
    homework: { ...a.homework!, student: 'Kari Nordmann', reflections: Object.fromEntries(MODULE_IDS.map((m) => [m, words(n)])) },
  };
}

describe('homework', () => {
  test('words are counted as a reader counts them', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  Vi svarer på e-post innen 10 %  av tiden. ')).toBe(8);
    expect(wordCount("Kundene's svar – raskt!")).toBe(3);
  });

  test('hand-in says exactly what is missing, in the order to fix it', () => {
    const blank = createHomeworkAssessment('hw', NOW, 'nb', '', 0);
    const problems = handInProblems(blank);
    expect(problems.slice(0, 3)).toEqual([{ kind: 'student' }, { kind: 'course' }, { kind: 'profile' }]);
    expect(problems.filter((p) => p.kind === 'unanswered').map((p) => p.kind === 'unanswered' && p.module)).toEqual([...MODULE_IDS]);
    // Without a minimum, a reflection still needs a word.
    expect(problems.filter((p) => p.kind === 'reflection')).toHaveLength(4);
    const short = complete(49);
    expect(handInProblems(short)).toEqual(MODULE_IDS.map((module) => ({ kind: 'reflection', module, words: 49, minWords: 50 })));
    expect(handInProblems(complete(50))).toEqual([]);
    const oneOpen = complete(50);
    delete oneOpen.answers[QUESTIONS_BY_MODULE.channels[0]!.id];
    expect(handInProblems(oneOpen)).toEqual([{ kind: 'unanswered', module: 'channels', count: 1 }]);
  });

  test('the file is named from the student, the course and the day, safely', () => {
    expect(handInFileName(complete(1).homework!, '2026-11-30', 'uten navn')).toBe('Kari Nordmann MARK2100 2026-11-30');
    expect(handInFileName({ ...complete(1).homework!, student: 'Per/..\\<x>', course: '' }, '2026-11-30', 'uten navn')).toBe(
      'Per .. x 2026-11-30',
    );
  });

  test('handed in, and changed afterwards, as the home list and the teacher see it', () => {
    const handed = markHandedIn(complete(50), NOW);
    expect(summarize(handed).homework).toBe('handedIn');
    // The save of the hand-in itself stamps a moment later: not a change.
    expect(changedSinceHandIn({ ...handed, updatedAt: '2026-11-30T10:00:01.000Z' })).toBe(false);
    expect(summarize({ ...handed, updatedAt: '2026-11-30T10:05:00.000Z' }).homework).toBe('changedSince');
    expect(summarize(complete(1)).homework).toBe('draft');
    expect(assessmentSchema.safeParse(handed).success).toBe(true);
    expect(parseAssessmentFile(new TextEncoder().encode(serializeAssessmentFile(handed, '0.3.0', new Date(NOW))))).toMatchObject({
      ok: true,
      assessment: handed,
    });
  });

  test.each([
    ['nb', '30.11.2026'],
    ['sv', '2026-11-30'],
  ] as const)('main writes the stored, handed-in assessment under the suggested name (%s: the day as %s)', async (lng, day) => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-homework-'));
    try {
      const store = new AppStore(dir, openConfBackend);
      const handed = markHandedIn(complete(50), NOW);
      store.saveAssessment(handed);
      const shown: string[] = [];
      const files = createFileActions({
        store,
        dialogs: {
          chooseSavePath: (o) => (shown.push(o.defaultPath), Promise.resolve(join(dir, 'levert.somekompass'))),
          chooseOpenPath: () => Promise.resolve(null),
        },
        appVersion: '0.3.0',
        defaultFolder: dir,
        uiLanguage: () => lng,
        newId: () => 'x',
        now: () => new Date(2026, 10, 30, 12),
      });
      expect(await files.handInAssessment('hw1')).toEqual({ kind: 'saved', path: join(dir, 'levert.somekompass') });
      // The day as the UI's language writes dates.
      expect(shown[0]!.endsWith(`Kari Nordmann MARK2100 ${day}.somekompass`)).toBe(true);
      const back = parseAssessmentFile(readFileSync(join(dir, 'levert.somekompass')));
      expect(back).toMatchObject({ ok: true, assessment: { homework: { handedInAt: NOW, student: 'Kari Nordmann' } } });
      expect(await files.handInAssessment('nope')).toEqual({ kind: 'failed', reason: 'notFound' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
