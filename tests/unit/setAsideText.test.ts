/**
 * Values set aside from an earlier version are shown in words, in both languages: which question or action they
 * belonged to and what they held, including an owner and a note written on an action that no longer exists.
 */
import { describe, expect, test } from 'vitest';
import { setAsideLines } from '../../renderer/src/domain/report/setAsideText';
import type { SetAsideItem } from '../../renderer/src/domain/model/types';
import { createTestI18n } from './reportI18n';

const items: SetAsideItem[] = [
  { path: 'answers.replyTimeInOpeningHours', value: { kind: 'number', value: -1 }, problem: '-1 is outside 0-720' },
  { path: 'answers.goalsLinkedToBusiness', value: { kind: 'notApplicable' }, problem: 'not allowed' },
  { path: 'answers.socialMediaRole', value: { kind: 'choice', option: 'noSuchOption' }, problem: 'unknown option' },
  {
    path: 'planEdits.retiredAction',
    value: { owner: 'Kari', due: '', status: 'inProgress', note: 'Startet i mars' },
    problem: 'no such action',
  },
  { path: 'planEdits.defineSocialMediaRole.due', value: '2026-02-30', problem: 'not a real date' },
  { path: 'workshop.respondents.p1.answers.noLongerAsked', value: { kind: 'scale', level: 3 }, problem: 'no such question' },
];

describe('values set aside, in words', () => {
  test.each(['nb', 'sv'] as const)('every item has a readable line, nothing missing (%s)', async (lng) => {
    const { t, missing } = await createTestI18n();
    const lines = setAsideLines(items, t(lng));
    expect(lines).toHaveLength(items.length);
    expect(missing).toEqual([]);
    for (const line of lines) {
      expect(line.what).not.toMatch(/[a-z]+:[a-z]/i); // no untranslated key
      expect(line.value.length).toBeGreaterThan(0);
    }
    // The user's own words are there, as written.
    expect(lines[3]?.value).toContain('Kari');
    expect(lines[3]?.value).toContain('Startet i mars');
    expect(lines[4]?.value).toContain('2026-02-30');
    // An option the question no longer has is shown as it was stored, not as a missing text key.
    expect(lines[2]?.value).toContain('noSuchOption');
  });

  test('bokmål: the question and area by name, the number with its unit', async () => {
    const { t } = await createTestI18n();
    const [first, second] = setAsideLines(items, t('nb'));
    expect(first?.what).toContain('Svartid og kundeservice');
    expect(first?.value).toMatch(/^[−-]1 time/);
    expect(second?.value).toBe('Ikke relevant');
  });
});
