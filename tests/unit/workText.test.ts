/**
 * The work line of a plan card, as the screen and every export print it: one-off work as a range, in minutes while
 * it stays within the hour; the routine it adds per week; numbers with the language's decimal comma, an en dash in
 * ranges, and the unit's singular or plural right in bokmål and Swedish; the one-person figures for a one-person
 * business.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { plannedWorkParts, plannedWorkText, workParts, workText } from '../../renderer/src/domain/plan/workText';
import { generatePlan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import type { ActionWork, HoursRange } from '../../renderer/src/domain/model/types';
import { answeredAll, withProfile } from './fixtures';
import { createTestI18n, type TestI18n } from './reportI18n';

let env: TestI18n;
beforeAll(async () => {
  // i18next's default escaping left on: the line must come out as plain text all the same.
  env = await createTestI18n();
});

const work = (oneOffHours: HoursRange, weeklyMinutes: number): ActionWork => ({ oneOffHours, weeklyMinutes });

describe('the work line', () => {
  test.each([
    ['nb', work([1, 2], 15), 'Engangsarbeid: 1–2 timer · Ny rutine: i snitt 15 minutter i uka'],
    ['nb', work([1, 2], 0), 'Engangsarbeid: 1–2 timer'],
    ['nb', work([0.5, 0.75], 0), 'Engangsarbeid: 30–45 minutter'],
    ['nb', work([0.5, 1], 0), 'Engangsarbeid: 30–60 minutter'],
    ['nb', work([0.75, 1.5], 0), 'Engangsarbeid: 45–90 minutter'],
    ['nb', work([1, 1.5], 0), 'Engangsarbeid: 1–1,5 timer'],
    ['nb', work([0.5, 2], 0), 'Engangsarbeid: 0,5–2 timer'],
    ['nb', work([0.25, 0.25], 0), 'Engangsarbeid: 15 minutter'],
    ['nb', work([1, 1], 60), 'Engangsarbeid: 1 time · Ny rutine: i snitt 1 time i uka'],
    ['nb', work([0.5, 1.5], 90), 'Engangsarbeid: 30–90 minutter · Ny rutine: i snitt 1,5 timer i uka'],
    ['nb', work([2.5, 4], 120), 'Engangsarbeid: 2,5–4 timer · Ny rutine: i snitt 2 timer i uka'],
    ['nb', work([0, 0], 1), 'Ny rutine: i snitt 1 minutt i uka'],
    ['nb', work([0, 0], 75), 'Ny rutine: i snitt 75 minutter i uka'],
    ['nb', work([0, 0], 0), ''],
    ['sv', work([1, 2], 15), 'Engångsarbete: 1–2 timmar · Ny rutin: i snitt 15 minuter i veckan'],
    ['sv', work([1, 2], 0), 'Engångsarbete: 1–2 timmar'],
    ['sv', work([0.5, 0.75], 0), 'Engångsarbete: 30–45 minuter'],
    ['sv', work([0.75, 1.5], 0), 'Engångsarbete: 45–90 minuter'],
    ['sv', work([1, 1], 60), 'Engångsarbete: 1 timme · Ny rutin: i snitt 1 timme i veckan'],
    ['sv', work([0.5, 1.5], 90), 'Engångsarbete: 30–90 minuter · Ny rutin: i snitt 1,5 timmar i veckan'],
    ['sv', work([0, 0], 1), 'Ny rutin: i snitt 1 minut i veckan'],
    ['sv', work([0, 0], 45), 'Ny rutin: i snitt 45 minuter i veckan'],
  ] as const)('%s: %j reads «%s»', (lng, w, expected) => {
    expect(workText(w, env.t(lng), lng)).toBe(expected);
    expect(env.missing).toEqual([]);
  });
});

test("the parts, for the exports' narrow cells: one-off work, then the routine; none when there is neither", () => {
  expect(workParts(work([1, 2], 15), env.t('sv'), 'sv')).toEqual(['Engångsarbete: 1–2 timmar', 'Ny rutin: i snitt 15 minuter i veckan']);
  expect(workParts(work([0, 0], 20), env.t('nb'), 'nb')).toEqual(['Ny rutine: i snitt 20 minutter i uka']);
  expect(workParts(work([0, 0], 0), env.t('nb'), 'nb')).toEqual([]);
});

describe('a planned action', () => {
  /** A real planned action of a real plan, with the work figures under test put on its action. */
  const plannedWith = (figures: ActionWork, onePerson: boolean): PlannedAction => {
    const planned = generatePlan(withProfile({ customerType: 'b2c', channels: ['facebook'] }, answeredAll(false))).active[0]!;
    return { ...planned, action: { ...planned.action, work: figures }, onePerson };
  };
  const figures: ActionWork = { oneOffHours: [2, 3], weeklyMinutes: 30, onePerson: { oneOffHours: [1, 1.5], weeklyMinutes: 15 } };

  test('a one-person business sees the one-person figures, a team the team figures', () => {
    expect(plannedWorkText(plannedWith(figures, true), env.t('nb'), 'nb')).toBe(
      'Engangsarbeid: 1–1,5 timer · Ny rutine: i snitt 15 minutter i uka',
    );
    expect(plannedWorkText(plannedWith(figures, false), env.t('nb'), 'nb')).toBe(
      'Engangsarbeid: 2–3 timer · Ny rutine: i snitt 30 minutter i uka',
    );
    expect(plannedWorkText(plannedWith(figures, true), env.t('sv'), 'sv')).toBe(
      'Engångsarbete: 1–1,5 timmar · Ny rutin: i snitt 15 minuter i veckan',
    );
  });

  test("without one-person figures, a one-person business sees the action's own", () => {
    expect(plannedWorkParts(plannedWith(figures, true), env.t('nb'), 'nb')).toEqual([
      'Engangsarbeid: 1–1,5 timer',
      'Ny rutine: i snitt 15 minutter i uka',
    ]);
    const teamOnly: ActionWork = { oneOffHours: [0.5, 1], weeklyMinutes: 10 };
    expect(plannedWorkText(plannedWith(teamOnly, true), env.t('sv'), 'sv')).toBe(
      'Engångsarbete: 30–60 minuter · Ny rutin: i snitt 10 minuter i veckan',
    );
  });
});
