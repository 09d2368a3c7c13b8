/**
 * Issue 16, point 8: a later round whose carried-over answers were never confirmed is not "done" and not
 * "unchanged". The counts per area (only questions asked of the company), the comparison's label, the home list's
 * summary and where "continue" lands; and the trend's day for the chart's dated labels (point 9).
 */
import { describe, expect, test } from 'vitest';
import {
  compareRounds,
  confirmCarriedOver,
  roundTrend,
  startFollowUp,
  unconfirmedByModule,
  unconfirmedModules,
  withChangedAnswersConfirmed,
} from '../../renderer/src/domain/rounds/rounds';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { notApplicableByProfile } from '../../renderer/src/domain/scoring/scoring';
import { summarize } from '../../renderer/src/domain/model/summary';
import { assessmentStatus, firstUnfinishedStep } from '../../renderer/src/domain/model/assessment';
import { formatDisplayDate } from '../../renderer/src/domain/model/dates';
import type { Assessment, ModuleId } from '../../renderer/src/domain/model/types';
import { buildReport } from '../../renderer/src/domain/report/report';
import { COMPANIES, answerAt, companyAssessment } from '../fixtures/companies';
import { createTestI18n } from './reportI18n';

const LATER = '2027-05-30T09:00:00.000Z';
const company = (key: string): Assessment => companyAssessment(COMPANIES.find((c) => c.key === key)!);
const idsOf = (module: ModuleId): string[] => QUESTIONS_BY_MODULE[module].map((q) => q.id);
const askedIn = (a: Assessment, module: ModuleId): number =>
  QUESTIONS_BY_MODULE[module].filter((q) => a.answers[q.id] !== undefined && !notApplicableByProfile(q, a.profile)).length;

describe('unconfirmed areas of a later round', () => {
  test('counted per area, only questions asked of the company; confirming or changing takes them off', () => {
    const first = company('bakery');
    const second = startFollowUp(first, 'r2', LATER);
    const counts = unconfirmedByModule(second);
    for (const m of ['strategy', 'channels', 'responsiveness', 'authenticity'] as const) expect(counts[m]).toBe(askedIn(second, m));
    expect(unconfirmedModules(second)).toEqual(['strategy', 'channels', 'responsiveness', 'authenticity']);

    const strategyConfirmed = confirmCarriedOver(second, idsOf('strategy'));
    expect(unconfirmedByModule(strategyConfirmed).strategy).toBe(0);
    expect(unconfirmedModules(strategyConfirmed)).toEqual(['channels', 'responsiveness', 'authenticity']);

    // One changed answer is the user's own: the area's count drops by one, the area is still unconfirmed.
    const q = QUESTIONS_BY_MODULE.channels.find((x) => !notApplicableByProfile(x, second.profile))!;
    const changed = withChangedAnswersConfirmed(second, { ...second, answers: { ...second.answers, [q.id]: answerAt(q, 'strong') } });
    expect(unconfirmedByModule(changed).channels).toBe(counts.channels - 1);

    // A first round has nothing carried over.
    expect(unconfirmedModules(first)).toEqual([]);
  });

  test('a question the profile rules out does not count, though it is carried over', () => {
    // The one-person hairdresser is not asked about its leadership: its carried-over answer there is not waiting for anyone.
    const salon = company('hairdresser');
    const ruledOut = Object.values(QUESTIONS_BY_MODULE)
      .flat()
      .find((q) => notApplicableByProfile(q, salon.profile));
    expect(ruledOut).toBeDefined();
    const withOldAnswer = { ...salon, answers: { ...salon.answers, [ruledOut!.id]: answerAt(ruledOut!, 'good') } };
    const second = startFollowUp(withOldAnswer, 'r2', LATER);
    expect(second.round!.carriedOver).toContain(ruledOut!.id);
    const module = ruledOut!.module;
    const rest = idsOf(module).filter((id) => id !== ruledOut!.id);
    expect(unconfirmedByModule(confirmCarriedOver(second, rest))[module]).toBe(0);
  });

  test('a comparison never calls an unconfirmed area unchanged, nor the whole while any area is', () => {
    const first = company('bakery');
    const second = startFollowUp(first, 'r2', LATER);
    const c = compareRounds(first, second);
    for (const m of c.modules) expect(m).toMatchObject({ delta: 0, movement: 'unconfirmed', unconfirmed: askedIn(second, m.module) });
    expect(c.overall).toMatchObject({ delta: 0, movement: 'unconfirmed' });

    // Strategy confirmed as still true: now it is unchanged; the others and the whole are still unconfirmed.
    const confirmed = confirmCarriedOver(second, idsOf('strategy'));
    const after = compareRounds(first, confirmed);
    const byModule = Object.fromEntries(after.modules.map((m) => [m.module, m]));
    expect(byModule['strategy']).toMatchObject({ movement: 'unchanged', unconfirmed: 0 });
    expect(byModule['channels']).toMatchObject({ movement: 'unconfirmed' });
    expect(after.overall.movement).toBe('unconfirmed');

    // Every area confirmed: the whole is unchanged, as it truly is.
    const all = confirmCarriedOver(second, second.round!.carriedOver);
    const done = compareRounds(first, all);
    expect(done.modules.map((m) => m.movement)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(done.overall.movement).toBe('unchanged');
  });

  test('an area that moved keeps its movement, and says how many answers are still unconfirmed', () => {
    const first = company('bakery');
    const second = startFollowUp(first, 'r2', LATER);
    const [better, ...rest] = QUESTIONS_BY_MODULE.responsiveness.filter((q) => !notApplicableByProfile(q, second.profile));
    const changed = withChangedAnswersConfirmed(second, {
      ...second,
      answers: { ...second.answers, [better!.id]: answerAt(better!, 'strong') },
    });
    const row = compareRounds(first, changed).modules.find((m) => m.module === 'responsiveness')!;
    // The bakery's answer there was not already the strongest, so the area moved up.
    expect(first.answers[better!.id]).not.toEqual(answerAt(better!, 'strong'));
    expect(row.movement).toBe('improved');
    expect(row.unconfirmed).toBe(rest.filter((q) => second.answers[q.id] !== undefined).length);
  });

  test('the home list: how many areas, "continue" lands on the first, and it is not done', () => {
    const first = company('bakery');
    expect(summarize(first)).toMatchObject({ unconfirmedAreas: 0, status: 'complete', resumeStep: 'results' });
    const second = startFollowUp(first, 'r2', LATER);
    expect(summarize(second)).toMatchObject({ unconfirmedAreas: 4, status: 'incomplete', resumeStep: 'strategy' });
    const oneLeft = confirmCarriedOver(second, [...idsOf('strategy'), ...idsOf('channels'), ...idsOf('authenticity')]);
    expect(summarize(oneLeft)).toMatchObject({ unconfirmedAreas: 1, resumeStep: 'responsiveness' });
    expect(firstUnfinishedStep(oneLeft)).toBe('responsiveness');
    const all = confirmCarriedOver(second, second.round!.carriedOver);
    expect(summarize(all)).toMatchObject({ unconfirmedAreas: 0, status: 'complete', resumeStep: 'results' });
    expect(assessmentStatus(all)).toBe('complete');
  });
});

describe('the trend chart is dated', () => {
  test("each round carries the day it was started, written each language's way", () => {
    const first = { ...company('bakery'), createdAt: '2026-05-30T09:00:00.000Z' };
    const second = startFollowUp(first, 'r2', '2026-11-28T10:00:00.000Z');
    const third = startFollowUp(second, 'r3', LATER);
    const trend = roundTrend([third, first, second]);
    expect(trend.map((r) => r.day)).toEqual(['2026-05-30', '2026-11-28', '2027-05-30']);
    expect(trend.map((r) => formatDisplayDate(r.day, 'nb'))).toEqual(['30.05.2026', '28.11.2026', '30.05.2027']);
    expect(trend.map((r) => formatDisplayDate(r.day, 'sv'))).toEqual(['2026-05-30', '2026-11-28', '2027-05-30']);
  });

  test('the report (PDF) dates its rounds and calls an unconfirmed area "ikke bekreftet" / "inte bekräftat"', async () => {
    const i18n = await createTestI18n();
    const first = { ...company('bakery'), createdAt: '2026-05-30T09:00:00.000Z' };
    const second = confirmCarriedOver(startFollowUp(first, 'r2', '2026-11-28T10:00:00.000Z'), idsOf('strategy'));
    const nb = buildReport(second, i18n.t('nb'), 'nb', new Date(LATER), [first, second]).progress!;
    expect(nb.trend.map((r) => [r.label, r.date])).toEqual([
      ['Runde 1', '30.05.2026'],
      ['Runde 2', '28.11.2026'],
    ]);
    expect(nb.rows.map((r) => r.change)).toEqual([
      '0 uendret',
      '0 ikke bekreftet',
      '0 ikke bekreftet',
      '0 ikke bekreftet',
      '0 ikke bekreftet',
    ]);
    const sv = buildReport(second, i18n.t('sv'), 'sv', new Date(LATER), [first, second]).progress!;
    expect(sv.trend.map((r) => r.date)).toEqual(['2026-05-30', '2026-11-28']);
    expect(sv.rows.at(-1)!.change).toBe('0 inte bekräftat');
  });
});
