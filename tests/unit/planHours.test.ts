/**
 * The plan is sized in hours (docs/scoring-and-plan.md, "Hours"): the one-off work of each horizon fits the time the
 * company has left after its channels and the plan's new routines, over 600 generated assessments and for named cases.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generatePlan, type Plan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import {
  HORIZON_WEEKS,
  MIN_PLAN_SHARE,
  MIN_PLAN_SHARE_FIRST_MONTH,
  fitsThrough,
  weeklyHoursOf,
  workOf,
  type PlanHorizon,
} from '../../renderer/src/domain/plan/hours';
import { ACTIONS } from '../../renderer/src/domain/bank';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, extremeAnswer, withProfile } from './fixtures';
import { profileArbitrary } from './profileArbitrary';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { hoursNotes } from '../../renderer/src/domain/plan/hoursNote';
import { planNotes } from '../../renderer/src/domain/plan/planNotes';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { createTestI18n } from './reportI18n';

const RUNS = { numRuns: 600, seed: 20261204 };

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    profile: profileArbitrary(),
    answers: fc.array(fc.boolean(), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length }),
  })
  .map(({ profile, answers }) => ({
    ...blankAssessment(),
    profile,
    answers: Object.fromEntries(QUESTIONS.map((q, i) => [q.id, extremeAnswer(q, answers[i] ?? false)])),
  }));

const inHorizon = (plan: Plan, ...horizons: string[]): PlannedAction[] => plan.active.filter((p) => horizons.includes(p.horizon));

function fits(plan: Plan, list: PlannedAction[], through: PlanHorizon, onePerson: boolean): boolean {
  return fitsThrough(
    plan.hours,
    list.map((p) => workOf(p.action, onePerson)),
    through,
  );
}

describe('the plan fits the hours the company has', () => {
  test('every horizon holds no more one-off work than the hours left after channels and routines', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const plan = generatePlan(a);
        const onePerson = a.profile.size === 'solo';
        // Sector rules come whatever the hours (they apply from the first post); tested for their own sake elsewhere.
        if (plan.active.some((p) => p.action.guardrail === true)) return;
        const first = inHorizon(plan, 'first30');
        // One thing to do in the first month even when the hours are spoken for: only then may it run over.
        if (first.length > 1) expect(fits(plan, first, 'first30', onePerson)).toBe(true);
        const firstThreeMonths = inHorizon(plan, 'first30', 'days30to90');
        if (firstThreeMonths.length > first.length) expect(fits(plan, firstThreeMonths, 'days30to90', onePerson)).toBe(true);
        if (plan.active.length > 1) expect(fits(plan, plan.active, 'months3to6', onePerson)).toBe(true);
        // The plan page's figures are the plan's own.
        const sum = first.reduce(
          (s, p) => s + (workOf(p.action, onePerson).oneOffHours[0] + workOf(p.action, onePerson).oneOffHours[1]) / 2,
          0,
        );
        expect(plan.hours.byHorizon.first30.oneOffHours).toBeCloseTo(sum, 9);
      }),
      RUNS,
    );
  });

  test('a company with something to fix always has something to do in the first month; "done first" is in it', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const plan = generatePlan(a);
        // A card whose why-now line says it is done first stands in the first month, whatever the hours did.
        for (const p of plan.active) if (p.whyNow.tags.includes('leadsWhenWeak')) expect(p.horizon, p.action.id).toBe('first30');
        if (plan.active.length > 0) expect(inHorizon(plan, 'first30').length).toBeGreaterThan(0);
        if (plan.later.some((p) => p.edit.placement === undefined)) expect(plan.active.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  test('the week: hours given or assumed, channels counted, and at least half the week for the plan', () => {
    const bakery = weeklyHoursOf({ ...blankAssessment().profile, hoursPerWeek: 2, channels: ['facebook', 'instagram'] });
    expect(bakery).toMatchObject({
      hoursPerWeek: 2,
      assumed: false,
      channelMinutes: 90,
      planMinutes: 120 * MIN_PLAN_SHARE,
      planMinutesFirstMonth: 120 * MIN_PLAN_SHARE_FIRST_MONTH,
    });
    const notGiven = weeklyHoursOf({ ...blankAssessment().profile, hoursPerWeek: null, channels: ['linkedin', 'website'] });
    expect(notGiven).toMatchObject({ assumed: true, channelMinutes: 55 });
    expect(notGiven.planMinutes).toBe(notGiven.hoursPerWeek * 60 - 55);
  });

  test('more hours give a bigger plan; an hour a week gives a small first month', () => {
    const sizes = [1, 2, 5, 20].map((hoursPerWeek) => {
      const plan = generatePlan(withProfile({ hoursPerWeek, channels: ['facebook', 'instagram'], size: 'small' }, answeredAll(false)));
      return { first: plan.hours.byHorizon.first30.oneOffHours, active: plan.active.length };
    });
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!.active).toBeGreaterThanOrEqual(sizes[i - 1]!.active);
    expect(sizes[0]!.first).toBeLessThanOrEqual((60 * MIN_PLAN_SHARE_FIRST_MONTH * HORIZON_WEEKS.first30) / 60 + 2);
    expect(sizes[3]!.active).toBeGreaterThan(sizes[0]!.active);
  });

  test('every action in the bank says what it takes', () => {
    for (const action of ACTIONS) expect(action.work, action.id).toBeDefined();
  });
});

describe("the plan page's hours line", () => {
  const planFor = (key: string): { plan: Plan; lng: 'nb' | 'sv' } => {
    const company = COMPANIES.find((c) => c.key === key)!;
    return { plan: generatePlan(companyAssessment(company)), lng: company.language };
  };

  test('the bakery (2 h, Facebook and Instagram): the first month in hours, then the week the plan rests on, in nb and sv', async () => {
    const { t } = await createTestI18n();
    const { plan } = planFor('bakery');
    const half = (h: number): string => String(Math.max(0.5, Math.round(h * 2) / 2)).replace('.', ',');
    const [first, week] = hoursNotes(plan, t('nb'), 'nb');
    expect(first).toBe(
      `De første 30 dagene: ca. ${half(plan.hours.byHorizon.first30.oneOffHours)} timer engangsarbeid og ` +
        `${plan.hours.byHorizon.first30.weeklyMinutes} minutter i uka til nye rutiner.`,
    );
    // Two hours, of which the channels take one and a half: posting gives way for a while, and the line says so.
    expect(week).toMatch(
      /^Dere har 2 timer i uka til sosiale medier\. Å holde kanalene i gang tar omtrent 1,5 timer i uka\. Planen regner derfor med at dere bruker mindre tid på å legge ut så lenge den varer: omtrent 1,5 timer i uka går til planen den første måneden, og 1 time i uka etter det\.$/,
    );
    const [firstSv, weekSv] = hoursNotes(plan, t('sv'), 'sv');
    expect(firstSv).toMatch(/^De första 30 dagarna: ca \d+(,5)? timmar engångsarbete och \d+ minuter i veckan till nya rutiner\.$/);
    expect(weekSv).toMatch(/^Ni har 2 timmar i veckan till sociala medier\./);
  });

  test('one person is "du"; hours not given are said as assumed; plenty of hours read as room, not as work', async () => {
    const { t } = await createTestI18n();
    const solo = planFor('hairdresser');
    expect(
      planNotes(solo.plan, scoreAssessment(companyAssessment(COMPANIES.find((c) => c.key === 'hairdresser')!)), t('nb'), 'nb')[1],
    ).toMatch(/^Du har 3 timer i uka/);
    const notGiven = generatePlan(withProfile({ hoursPerWeek: null, channels: ['facebook'], size: 'small' }, answeredAll(false)));
    expect(hoursNotes(notGiven, t('sv'), 'sv')[1]).toMatch(
      /^Ni har inte angett hur många timmar i veckan ni har till sociala medier, så planen räknar med 3 timmar\./,
    );
    const many = generatePlan(withProfile({ hoursPerWeek: 20, channels: ['linkedin', 'website'], size: 'large' }, answeredAll(false)));
    expect(hoursNotes(many, t('nb'), 'nb')[1]).toBe(
      'Dere har 20 timer i uka til sosiale medier. Å holde kanalene i gang tar omtrent 1 time i uka, og det gir planen omtrent 19 timer i uka.',
    );
  });
});

describe('the figures of the hours line add up', () => {
  test('over 600 generated companies: what the channels take and what is left make the week; nothing promised beyond it', async () => {
    const { t } = await createTestI18n();
    const toMinutes = (text: string): number => {
      // "1,5 timer", "2 timer og 15 minutter", "45 minutter", "1 time"
      const hours = /(\d+(?:,\d+)?) (?:time|timer)\b/.exec(text);
      const minutes = /(\d+) minutt(?:er)?\b/.exec(text);
      return (hours ? Number(hours[1]!.replace(',', '.')) * 60 : 0) + (minutes ? Number(minutes[1]) : 0);
    };
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const plan = generatePlan(a);
        const week = hoursNotes(plan, t('nb'), 'nb').find((n) => /^(Dere|Du) har/.test(n))!;
        const sentences = week.split('. ');
        const channels = / tar omtrent (.+?) i uka/.exec(week);
        if (!channels) return; // no channels: the plan may use the whole week
        const weekMinutes = plan.hours.hoursPerWeek * 60;
        const left = /det gir planen omtrent (.+?) i uka/.exec(week);
        if (left) expect(toMinutes(channels[1]!) + toMinutes(left[1]!), sentences.join(' | ')).toBe(weekMinutes);
        const first = /(?:varer: |bruker )omtrent (.+?) i uka/.exec(week);
        if (first) expect(toMinutes(first[1]!)).toBeLessThanOrEqual(plan.hours.planMinutesFirstMonth);
      }),
      RUNS,
    );
  });
});
