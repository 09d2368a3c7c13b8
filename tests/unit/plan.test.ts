import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  capacityFor,
  generatePlan,
  HORIZONS,
  misfit,
  PROFILE_RULE_WEIGHT,
  type Plan,
  type PlannedAction,
} from '../../renderer/src/domain/plan/plan';
import { ACTIONS, ACTIONS_BY_ID, QUESTIONS, QUESTIONS_BY_ID, familyOf } from '../../renderer/src/domain/bank';
import { PROFILE_RULE_IDS } from '../../renderer/src/domain/model/profileRules';
import { type ActionEdit, type Answer, type Assessment, type Profile, type QuestionDef } from '../../renderer/src/domain/model/types';
import { pointsFor, scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { answeredAll, blankAssessment, extremeAnswer, withProfile } from './fixtures';
import { profileArbitrary } from './profileArbitrary';
import { fitsThrough, workOf } from '../../renderer/src/domain/plan/hours';

const all = (plan: Plan): PlannedAction[] => [...plan.active, ...plan.later];
const ids = (list: PlannedAction[]): string[] => list.map((p) => p.action.id);
const horizonIndex = (p: PlannedAction): number => HORIZONS.indexOf(p.horizon as (typeof HORIZONS)[number]);

describe('plan generation', () => {
  test('an empty assessment has an empty plan', () => {
    const plan = generatePlan(blankAssessment());
    expect(plan.active).toEqual([]);
    expect(plan.later).toEqual([]);
  });

  test('a company advanced everywhere gets one to three upkeep actions, spread over the horizons, never an empty plan', () => {
    const plan = generatePlan(answeredAll(true));
    expect(plan.allAdvanced).toBe(true);
    expect(plan.active.length).toBeGreaterThanOrEqual(1);
    expect(plan.active.length).toBeLessThanOrEqual(3);
    expect(plan.active.every((p) => p.kind === 'maintenance' && p.action.maintenance && p.whyNow.tags.includes('maintenance'))).toBe(true);
    expect(new Set(plan.active.map((p) => p.horizon)).size).toBe(plan.active.length);
  });

  test("priority = weight x gap x impact / effort, the highest over an action's triggers", () => {
    const q = QUESTIONS_BY_ID.get('goalsLinkedToBusiness')!;
    const a: Assessment = { ...blankAssessment(), answers: { [q.id]: { kind: 'scale', level: 1 } } };
    const planned = all(generatePlan(a)).find((p) => p.action.id === 'writeSocialGoals')!;
    const action = ACTIONS_BY_ID.get('writeSocialGoals')!;
    expect(planned.priority).toBeCloseTo((q.weight * 0.75 * action.impact) / action.effort, 10);
    expect(planned.reasons).toContainEqual({ kind: 'question', questionId: q.id, points: 25 });
  });

  test.each([
    [null, 5, 10],
    [0.5, 4, 8],
    [2.9, 4, 8],
    [3, 5, 10],
    [9.5, 5, 10],
    [10, 5, 12],
    [40, 5, 12],
  ])('%s hours a week: at most %s actions in the first 30 days and %s in all; the hours decide below that', (hours, first, total) => {
    expect(capacityFor(hours)).toEqual({ first30: first, active: total });
    const plan = generatePlan(withProfile({ hoursPerWeek: hours, channels: ['facebook', 'instagram'], size: 'small' }, answeredAll(false)));
    expect(plan.active.filter((p) => p.horizon === 'first30').length).toBeLessThanOrEqual(first);
    expect(plan.active.length).toBeLessThanOrEqual(total);
    // With ten hours or more the cards, not the hours, are the limit.
    if (hours !== null && hours >= 10) {
      expect(plan.active.filter((p) => p.horizon === 'first30')).toHaveLength(first);
      expect(plan.active).toHaveLength(total);
    }
    expect(plan.later.length).toBeGreaterThan(0);
  });

  test('big projects (effort 3) never fall in the first 30 days; the plan lists horizons in order', () => {
    const plan = generatePlan(withProfile({ hoursPerWeek: 20, goals: ['sales'], adBudget: 'none' }, answeredAll(false)));
    expect(plan.active.filter((p) => p.horizon === 'first30').every((p) => p.action.effort < 3)).toBe(true);
    const order = plan.active.map(horizonIndex);
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  test('"don\'t know" answers give one find-out action per area, citing every such question', () => {
    const [a, b] = QUESTIONS.filter((q) => q.module === 'responsiveness');
    const plan = generatePlan({ ...blankAssessment(), answers: { [a!.id]: { kind: 'dontKnow' }, [b!.id]: { kind: 'dontKnow' } } });
    expect(plan.active).toHaveLength(1);
    expect(plan.active[0]).toMatchObject({ kind: 'findOut', horizon: 'first30', action: { id: 'findOut-responsiveness' } });
    expect(new Set(plan.active[0]!.questionIds)).toEqual(new Set([a!.id, b!.id]));
    expect(plan.active[0]!.reasons).toHaveLength(2);
  });

  test('"not applicable" triggers nothing', () => {
    const q = QUESTIONS.find((x) => x.allowNotApplicable)!;
    expect(all(generatePlan({ ...blankAssessment(), answers: { [q.id]: { kind: 'notApplicable' } } }))).toEqual([]);
  });

  test('every profile rule has a tailored action, planned with the rule weight', () => {
    for (const rule of PROFILE_RULE_IDS)
      expect(
        ACTIONS.find((a) => a.triggers.rules?.includes(rule)),
        rule,
      ).toBeTruthy();
    const plan = generatePlan(withProfile({ customerType: 'b2c', ageBands: ['18-29'], channels: ['facebook'] }));
    const young = all(plan).find((p) => p.reasons.some((r) => r.kind === 'rule' && r.ruleId === 'youngAudienceOnlyFacebook'))!;
    expect(young.priority).toBeCloseTo((PROFILE_RULE_WEIGHT * young.action.impact) / young.action.effort, 10);
  });

  test('near-duplicates are one action that cites every question that triggered the family', () => {
    // Both members of the "monthly report" family are triggered; one is shown, with both reasons.
    const a: Assessment = {
      ...blankAssessment(),
      answers: { socialKpisFollowed: { kind: 'multi', options: [] }, systematicTesting: { kind: 'scale', level: 0 } },
    };
    const plan = all(generatePlan(a));
    const reports = plan.filter((p) => familyOf(p.action) === 'monthlyReport');
    expect(reports).toHaveLength(1);
    expect(reports[0]!.reasons.map((r) => (r.kind === 'rule' ? r.ruleId : r.questionId)).sort()).toEqual([
      'socialKpisFollowed',
      'systematicTesting',
    ]);
  });

  test("the user's edits survive regeneration, also when an action leaves and comes back", () => {
    const worst = answeredAll(false);
    const first = generatePlan(worst).active[0]!;
    const edit: ActionEdit = { owner: 'Kari', due: '2026-12-31', status: 'inProgress', note: 'Startet' };
    const edited: Assessment = { ...worst, planEdits: { [first.action.id]: edit } };
    expect(all(generatePlan(edited)).find((p) => p.action.id === first.action.id)?.edit).toEqual(edit);
    const improved = { ...edited, answers: answeredAll(true).answers };
    expect(all(generatePlan(improved)).find((p) => p.action.id === first.action.id)).toBeUndefined();
    const back = { ...improved, answers: worst.answers, planLanguage: 'sv' as const };
    expect(all(generatePlan(back)).find((p) => p.action.id === first.action.id)?.edit).toEqual(edit);
  });

  test('moves to and from "Later" are the user\'s and survive regeneration; the rest keeps to the hours', () => {
    const base = withProfile({ hoursPerWeek: 2, channels: ['facebook'], size: 'small' }, answeredAll(false));
    const plan = generatePlan(base);
    const out = plan.active.find((p) => p.horizon === 'first30')!;
    const into = plan.later.at(-1)!;
    const moved: Assessment = {
      ...base,
      planEdits: { [out.action.id]: { ...out.edit, placement: 'later' }, [into.action.id]: { ...into.edit, placement: 'plan' } },
    };
    const again = generatePlan(moved);
    expect(ids(again.later)).toContain(out.action.id);
    expect(again.later.find((p) => p.action.id === out.action.id)?.whyNow.tags).toContain('movedLaterByUser');
    expect(ids(again.active)).toContain(into.action.id);
    expect(again.active.find((p) => p.action.id === into.action.id)?.whyNow.tags).toContain('movedByUser');
    // The user's move comes whatever the hours; the rest of the plan keeps to them.
    const rest = again.active.filter((p) => p.action.id !== into.action.id);
    expect(
      fitsThrough(
        again.hours,
        rest.map((p) => workOf(p.action, false)),
        'months3to6',
      ),
    ).toBe(true);
    expect(again.active.length).toBeLessThanOrEqual(plan.capacity.active);
    // Regenerating with other answers elsewhere keeps both moves.
    const other = generatePlan({
      ...moved,
      planLanguage: 'sv',
      answers: { ...moved.answers, evaluationsPerYear: { kind: 'number', value: 1 } },
    });
    expect(ids(other.later)).toContain(out.action.id);
    expect(ids(other.active)).toContain(into.action.id);
  });

  test('unedited actions get the default edit', () => {
    const q = QUESTIONS[0]!;
    const plan = generatePlan({ ...blankAssessment(), answers: { [q.id]: extremeAnswer(q, false) } });
    expect(plan.active[0]?.edit).toEqual({ owner: '', due: '', status: 'notStarted', note: '' });
  });
});

// ---- Property tests over generated companies and answer patterns -------------------------------------------

const profileArb: fc.Arbitrary<Profile> = profileArbitrary({
  hoursPerWeek: fc.option(fc.constantFrom(0, 1, 2, 2.5, 3, 4, 5, 7, 9, 10, 15, 20, 40), { nil: null }),
});

/** One answer per question drawn from a pattern: best, worst, middling, "don't know", "not applicable", none. */
const answerFor = (q: QuestionDef, pick: number): Answer | undefined => {
  switch (pick) {
    case 0:
      return extremeAnswer(q, true);
    case 1:
      return extremeAnswer(q, false);
    case 2:
      return q.answer.kind === 'scale' ? { kind: 'scale', level: 2 } : extremeAnswer(q, pick % 2 === 0);
    case 3:
      return { kind: 'dontKnow' };
    case 4:
      return q.allowNotApplicable ? { kind: 'notApplicable' } : undefined;
    default:
      return undefined;
  }
};

/** Answer patterns: mostly strong, mostly weak, mixed, one area weak, many "don't know". */
const answersArb: fc.Arbitrary<Record<string, Answer>> = fc
  .tuple(
    fc.constantFrom('strong', 'weak', 'mixed', 'oneAreaWeak', 'unsure'),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length }),
    fc.constantFrom('strategy', 'channels', 'responsiveness', 'authenticity'),
  )
  .map(([pattern, noise, weakArea]) => {
    const answers: Record<string, Answer> = {};
    QUESTIONS.forEach((q, i) => {
      const n = noise[i] ?? 0;
      const pick =
        pattern === 'strong'
          ? n < 4
            ? 0
            : n
          : pattern === 'weak'
            ? n < 4
              ? 1
              : n
            : pattern === 'oneAreaWeak'
              ? q.module === weakArea
                ? 1
                : 0
              : pattern === 'unsure'
                ? n < 3
                  ? 3
                  : n
                : n;
      const a = answerFor(q, pick);
      if (a) answers[q.id] = a;
    });
    return answers;
  });

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .tuple(profileArb, answersArb)
  .map(([profile, answers]) => ({ ...blankAssessment(), profile, answers }));

const RUNS = { numRuns: 600, seed: 20261130 };

describe('plan properties over generated assessments', () => {
  test('capacity: the first 30 days and the active plan stay within what the hours allow', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const plan = generatePlan(a);
        const cap = capacityFor(a.profile.hoursPerWeek);
        expect(plan.capacity).toEqual(cap);
        expect(plan.active.length).toBeLessThanOrEqual(cap.active);
        // One sector rule comes on top of the month's cards.
        const month = plan.active.filter((p) => p.horizon === 'first30');
        expect(month.length - Math.min(1, month.filter((p) => p.action.guardrail === true).length)).toBeLessThanOrEqual(cap.first30);
        // The hours decide below these limits: tests/unit/planHours.test.ts.
      }),
      RUNS,
    );
  });

  test('no planned action contradicts the profile, and no family appears twice', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const plan = generatePlan(a);
        for (const p of all(plan)) expect(misfit(p.action, a.profile), `${p.action.id} for ${JSON.stringify(a.profile)}`).toBeNull();
        const families = all(plan).map((p) => familyOf(p.action));
        expect(new Set(families).size).toBe(families.length);
        if (a.profile.size === 'solo') expect(all(plan).some((p) => p.action.fits?.needsTeam)).toBe(false);
        if (a.profile.customerType === 'b2b')
          expect(plan.later.concat(plan.active).some((p) => p.action.id === 'testYoungPlatforms')).toBe(false);
        for (const p of all(plan))
          if (p.channelAdvice && (a.profile.customerType === 'b2b' || a.profile.customerType === 'both'))
            expect(p.channelAdvice.pause.map((k) => k.channel)).not.toContain('linkedin');
      }),
      RUNS,
    );
  });

  test('dependencies: an action never stands before one it builds on', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const plan = generatePlan(a);
        plan.active.forEach((p, index) => {
          for (const family of p.action.after ?? []) {
            const depIndex = plan.active.findIndex((d) => familyOf(d.action) === family);
            if (depIndex === -1) {
              // Not in the active plan: then not waiting on the "Later" list either, unless the user put it there.
              const waiting = plan.later.find((d) => familyOf(d.action) === family);
              if (waiting) expect(waiting.edit.placement, `${p.action.id} after ${family}`).toBe('later');
              continue;
            }
            expect(depIndex, `${p.action.id} after ${family}`).toBeLessThan(index);
            expect(horizonIndex(plan.active[depIndex]!)).toBeLessThanOrEqual(horizonIndex(p));
          }
        });
      }),
      RUNS,
    );
  });

  test('the weakest area gets at least two of the first-30-days actions', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const plan = generatePlan(a);
        if (!plan.weakestModule) return;
        const result = scoreAssessment(a);
        const weakest = result.modules.find((m) => m.module === plan.weakestModule)!;
        for (const m of result.modules) if (m !== weakest && m.score !== null) expect(m.score - weakest.score!).toBeGreaterThanOrEqual(15);
        // Sector rules and foundations (safe accounts, the map) lead the month; the weakest area then has at least one
        // of it, and two whenever no foundation is there, of its actions that fit the month's hours beside them.
        const onePerson = a.profile.size === 'solo';
        const leads = plan.active.filter(
          (p) => p.horizon === 'first30' && (p.whyNow.tags.includes('foundation') || p.whyNow.tags.includes('sectorRule')),
        );
        const fitsBeside = (p: PlannedAction): boolean =>
          fitsThrough(
            plan.hours,
            [...leads, p].map((x) => workOf(x.action, onePerson)),
            'first30',
          );
        const available = all(plan).filter(
          (p) => p.action.module === plan.weakestModule && p.action.effort < 3 && !p.action.after?.length && fitsBeside(p),
        ).length;
        const first = plan.active.filter((p) => p.horizon === 'first30' && p.action.module === plan.weakestModule).length;
        const foundationFirst = leads.some((p) => p.whyNow.tags.includes('foundation'));
        expect(first).toBeGreaterThanOrEqual(Math.min(foundationFirst ? 1 : 2, available));
      }),
      RUNS,
    );
  });

  test('a company advanced everywhere gets one to three upkeep actions', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const plan = generatePlan({ ...answeredAll(true), profile });
        expect(plan.allAdvanced).toBe(true);
        const upkeep = plan.active.filter((p) => p.kind === 'maintenance');
        expect(upkeep.length).toBeGreaterThanOrEqual(1);
        expect(upkeep.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  test('deterministic: the same assessment always gives the same plan', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        expect(generatePlan(structuredClone(a))).toEqual(generatePlan(a));
      }),
      RUNS,
    );
  });

  test('edits and moves survive regeneration', () => {
    fc.assert(
      fc.property(assessmentArb, fc.nat(), fc.nat(), (a, i, j) => {
        const plan = generatePlan(a);
        if (plan.active.length === 0) return;
        const out = plan.active[i % plan.active.length]!;
        const into = plan.later.length > 0 ? plan.later[j % plan.later.length] : undefined;
        const edits: Assessment['planEdits'] = {
          [out.action.id]: { owner: 'Ola', due: '2027-01-31', status: 'inProgress', note: 'n', placement: 'later' },
        };
        if (into) edits[into.action.id] = { owner: 'Kari', due: '', status: 'notStarted', note: '', placement: 'plan' };
        const again = generatePlan({ ...a, planEdits: edits, planLanguage: a.planLanguage === 'nb' ? 'sv' : 'nb' });
        const movedOut = again.later.find((p) => p.action.id === out.action.id);
        expect(movedOut?.edit).toMatchObject({ owner: 'Ola', placement: 'later' });
        if (into)
          expect(again.active.find((p) => p.action.id === into.action.id)?.edit).toMatchObject({ owner: 'Kari', placement: 'plan' });
      }),
      RUNS,
    );
  });

  test('the worst answers trigger every fitting family; a trigger below its threshold always leads somewhere', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const a = { ...answeredAll(false), profile };
        const plan = generatePlan(a);
        const families = new Set(all(plan).map((p) => familyOf(p.action)));
        for (const action of ACTIONS) {
          if (action.maintenance || !action.triggers.questions?.length) continue;
          const fired = action.triggers.questions.some((t) => {
            const q = QUESTIONS_BY_ID.get(t.id)!;
            const r = scoreAssessment(a)
              .modules.flatMap((m) => m.questions)
              .find((x) => x.question.id === t.id)!;
            return r.status === 'answered' && (pointsFor(q.answer, a.answers[t.id]!) ?? 100) < t.below;
          });
          if (fired && misfit(action, profile) === null) expect(families.has(familyOf(action)), action.id).toBe(true);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});
