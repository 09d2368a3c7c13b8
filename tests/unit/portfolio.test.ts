/**
 * The portfolio's statistics against values worked out by hand: the latest round per series, the change since the
 * round before by the rounds' rule, the plan's progress, sorting (empty values last either way) and the filters.
 */
import { describe, expect, test } from 'vitest';
import type { AssessmentSummary } from '../../renderer/src/domain/model/summary';
import { summarize, UNCOUNTED } from '../../renderer/src/domain/model/summary';
import {
  filterRows,
  NO_FILTER,
  portfolioRows,
  sortRows,
  uncountedIds,
  withPlanCounts,
  type PortfolioRow,
} from '../../renderer/src/domain/portfolio/portfolio';
import { compareRounds, confirmCarriedOver, pendingCarriedOver, startFollowUp } from '../../renderer/src/domain/rounds/rounds';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { COMPANIES, answerAt, companyAssessment } from '../fixtures/companies';

function summary(patch: Partial<AssessmentSummary> & { id: string }): AssessmentSummary {
  return {
    companyName: patch.id,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    answered: 60,
    total: 60,
    overall: 50,
    band: 'developing',
    status: 'complete',
    resumeStep: 'results',
    respondents: null,
    series: patch.id,
    round: 1,
    unconfirmedAreas: 0,
    homework: null,
    areas: { strategy: 50, channels: 50, responsiveness: 50, authenticity: 50 },
    industry: 'retail',
    size: 'small',
    customerType: 'b2c',
    country: 'no',
    plan: { done: 0, active: 8 },
    roundDate: '2026-01-01',
    ...patch,
  };
}

// Bakeri: rounds 1, 2, 3 (41 -> 44 -> 44.4 rounded 44: unchanged); Frisør: 1 and 3 (round 2 deleted: 60 -> 59, worse);
// Regnskap: one round; Kafé: round 2 at 70 after 69, but with carried-over answers unconfirmed.
const SUMMARIES = [
  summary({ id: 'b1', companyName: 'Bakeri', overall: 41, roundDate: '2026-01-05' }),
  summary({ id: 'b3', companyName: 'Bakeri', series: 'b1', round: 3, overall: 44, roundDate: '2026-09-01', plan: { done: 3, active: 6 } }),
  summary({ id: 'b2', companyName: 'Bakeri', series: 'b1', round: 2, overall: 44, roundDate: '2026-05-01' }),
  summary({ id: 'f1', companyName: 'Frisør', overall: 60, industry: 'wellness', size: 'solo' }),
  summary({
    id: 'f3',
    companyName: 'Frisør',
    series: 'f1',
    round: 3,
    overall: 59,
    industry: 'wellness',
    size: 'solo',
    roundDate: '2026-03-02',
  }),
  summary({
    id: 'r1',
    companyName: 'Regnskap',
    overall: 80,
    band: 'advanced',
    customerType: 'b2b',
    industry: 'finance',
    plan: { done: 2, active: 4 },
  }),
  summary({ id: 'k1', companyName: 'Kafé', overall: 69, band: 'established' }),
  summary({ id: 'k2', companyName: 'Kafé', series: 'k1', round: 2, overall: 69, band: null, unconfirmedAreas: 2, plan: null }),
];

const byId = (rows: PortfolioRow[]) => Object.fromEntries(rows.map((r) => [r.companyName, r]));

describe('portfolio rows', () => {
  const rows = byId(portfolioRows(SUMMARIES));

  test('one row per company, from its latest round, with the number of rounds', () => {
    expect(Object.keys(rows).sort()).toEqual(['Bakeri', 'Frisør', 'Kafé', 'Regnskap']);
    expect(rows['Bakeri']).toMatchObject({ id: 'b3', round: 3, rounds: 3, roundDate: '2026-09-01', plan: { done: 3, active: 6 } });
    expect(rows['Frisør']).toMatchObject({ id: 'f3', round: 3, rounds: 2 });
  });

  test('change since the previous round: 44 after 44 unchanged, 59 after 60 worse, first round none, unconfirmed', () => {
    expect(rows['Bakeri']).toMatchObject({ change: 'unchanged', delta: 0 });
    expect(rows['Frisør']).toMatchObject({ change: 'regressed', delta: -1 });
    expect(rows['Regnskap']).toMatchObject({ change: null, delta: null });
    // The score did not move but two areas' answers were never confirmed: not "unchanged", as rounds say it.
    expect(rows['Kafé']).toMatchObject({ change: 'unconfirmed', delta: 0, band: null, plan: null });
  });

  test('the same rule as the rounds on real assessments: a better round reads improved, by the same points', () => {
    const first = companyAssessment(COMPANIES[0]!);
    const second = startFollowUp(first, 'r2', '2027-05-30T09:00:00.000Z');
    const strong = Object.fromEntries(QUESTIONS_BY_MODULE.responsiveness.map((q) => [q.id, answerAt(q, 'strong')]));
    const better = confirmCarriedOver({ ...second, answers: { ...second.answers, ...strong } }, pendingCarriedOver(second));
    const rounds = compareRounds(first, better).overall;
    expect(rounds.movement).toBe('improved');
    const [row] = portfolioRows([summarize(better), summarize(first)]);
    expect(row).toMatchObject({ id: 'r2', round: 2, rounds: 2, change: rounds.movement, delta: rounds.delta });
  });
});

describe('sorting and filtering', () => {
  const rows = portfolioRows(SUMMARIES);
  const names = (list: PortfolioRow[]) => list.map((r) => r.companyName);

  test('by overall score, both ways; by change with no change last both ways', () => {
    expect(names(sortRows(rows, { column: 'overall', descending: false }, 'nb-NO'))).toEqual(['Bakeri', 'Frisør', 'Kafé', 'Regnskap']);
    expect(names(sortRows(rows, { column: 'overall', descending: true }, 'nb-NO'))).toEqual(['Regnskap', 'Kafé', 'Frisør', 'Bakeri']);
    expect(names(sortRows(rows, { column: 'change', descending: false }, 'nb-NO'))).toEqual(['Frisør', 'Bakeri', 'Kafé', 'Regnskap']);
    expect(names(sortRows(rows, { column: 'change', descending: true }, 'nb-NO'))).toEqual(['Bakeri', 'Kafé', 'Frisør', 'Regnskap']);
  });

  test("by progress (3 of 6 = 0.5, 2 of 4 = 0.5 tie by name, 0 of 8, none last) and by name in the language's order", () => {
    expect(names(sortRows(rows, { column: 'progress', descending: true }, 'nb-NO'))).toEqual(['Bakeri', 'Regnskap', 'Frisør', 'Kafé']);
    const nordic = [
      summary({ id: 'x', companyName: 'Ærlig' }),
      summary({ id: 'y', companyName: 'Zebra' }),
      summary({ id: 'z', companyName: 'Åpen' }),
    ];
    expect(names(sortRows(portfolioRows(nordic), { column: 'company', descending: false }, 'nb-NO'))).toEqual(['Zebra', 'Ærlig', 'Åpen']);
  });

  test('filters by industry, size, customer type and band (no band: a preliminary score), combined', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, industry: 'wellness' }))).toEqual(['Frisør']);
    expect(names(filterRows(rows, { ...NO_FILTER, size: 'small' })).sort()).toEqual(['Bakeri', 'Kafé', 'Regnskap']);
    expect(names(filterRows(rows, { ...NO_FILTER, customerType: 'b2b' }))).toEqual(['Regnskap']);
    expect(names(filterRows(rows, { ...NO_FILTER, band: 'noBand' }))).toEqual(['Kafé']);
    expect(names(filterRows(rows, { ...NO_FILTER, band: 'developing', size: 'solo' }))).toEqual(['Frisør']);
    expect(filterRows(rows, NO_FILTER)).toHaveLength(4);
  });
});

describe('plan progress not counted yet', () => {
  const uncounted = portfolioRows([
    summary({ id: 'a1', companyName: 'Apotek', plan: UNCOUNTED }),
    summary({ id: 'b1', companyName: 'Bakeri', plan: { done: 1, active: 4 } }),
    summary({ id: 'c1', companyName: 'Cafe', plan: UNCOUNTED }),
    summary({ id: 'c0', companyName: 'Cafe', series: 'c1', round: 0, plan: UNCOUNTED }),
  ]);

  test('asks only for the rows shown (the latest round of each company) that are uncounted', () => {
    expect(uncountedIds(uncounted).sort()).toEqual(['a1', 'c1']);
  });

  test("takes main's counts, null included; a row main did not answer for stays uncounted, never guessed", () => {
    const counted = withPlanCounts(uncounted, { a1: null, b1: { done: 9, active: 9 } });
    expect(Object.fromEntries(counted.map((r) => [r.id, r.plan]))).toEqual({ a1: null, b1: { done: 1, active: 4 }, c1: UNCOUNTED });
    // Uncounted sorts with "no plan": last, whichever the direction.
    for (const descending of [true, false])
      expect(sortRows(counted, { column: 'progress', descending }, 'nb-NO').map((r) => r.companyName)).toEqual([
        'Bakeri',
        'Apotek',
        'Cafe',
      ]);
  });
});
