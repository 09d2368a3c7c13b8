import { describe, expect, test } from 'vitest';
import { generatePlan, HORIZONS, MAX_FIRST_30, PROFILE_RULE_WEIGHT } from '../../renderer/src/domain/plan';
import { ACTIONS, QUESTIONS, QUESTIONS_BY_ID } from '../../renderer/src/domain/bank';
import { PROFILE_RULE_IDS } from '../../renderer/src/domain/profileRules';
import { MODULE_IDS, type Assessment } from '../../renderer/src/domain/types';
import { pointsFor } from '../../renderer/src/domain/scoring';
import { answeredAll, blankAssessment, extremeAnswer, withProfile } from './fixtures';

describe('plan generation', () => {
  test('an empty assessment has an empty plan; a perfect one too', () => {
    expect(generatePlan(blankAssessment())).toEqual([]);
    expect(generatePlan(answeredAll(true))).toEqual([]);
  });

  test('the worst answers trigger every question-triggered action, each once', () => {
    const plan = generatePlan(answeredAll(false));
    const ids = plan.map((p) => p.action.id);
    expect(new Set(ids).size).toBe(ids.length);
    const worstPoints = (id: string): number => pointsFor(QUESTIONS_BY_ID.get(id)!.answer, extremeAnswer(QUESTIONS_BY_ID.get(id)!, false))!;
    const expected = ACTIONS.filter((a) => a.triggers.questions?.some((t) => worstPoints(t.id) < t.below)).map((a) => a.id);
    expect(ids.sort()).toEqual([...new Set(expected)].sort());
  });

  test('priority = weight x gap x impact / effort, the highest over an action\'s triggers', () => {
    const a = answeredAll(false);
    for (const p of generatePlan(a)) {
      const expected = Math.max(
        ...(p.action.triggers.questions ?? []).map((t) => {
          const q = QUESTIONS_BY_ID.get(t.id)!;
          const points = pointsFor(q.answer, extremeAnswer(q, false))!;
          if (points >= t.below) return 0;
          return (q.weight * ((100 - points) / 100) * p.action.impact) / p.action.effort;
        }),
      );
      expect(p.priority).toBeCloseTo(expected, 10);
    }
  });

  test('a partial gap scales the priority', () => {
    const q = QUESTIONS.find((x) => x.answer.kind === 'scale' && ACTIONS.some((a) => a.triggers.questions?.some((t) => t.id === x.id && t.below > 50)))!;
    const action = ACTIONS.find((a) => a.triggers.questions?.some((t) => t.id === q.id && t.below > 50))!;
    const a: Assessment = { ...blankAssessment(), answers: { [q.id]: { kind: 'scale', level: 2 } } };
    const planned = generatePlan(a).find((p) => p.action.id === action.id)!;
    expect(planned.reasons).toContainEqual({ kind: 'question', questionId: q.id, points: 50 });
    expect(planned.priority).toBeGreaterThanOrEqual((q.weight * 0.5 * action.impact) / action.effort - 1e-9);
  });

  test('horizons: at most five in the first 30 days, quick wins first, big projects later', () => {
    const plan = generatePlan(withProfile({ customerType: 'b2b', channels: ['facebook', 'instagram', 'tiktok'], hoursPerWeek: 2, goals: ['sales'], adBudget: 'none' }, answeredAll(false)));
    const first = plan.filter((p) => p.horizon === 'first30');
    expect(first.length).toBe(MAX_FIRST_30);
    expect(first.every((p) => p.action.effort < 3)).toBe(true);
    // Quick wins come before the rest inside the first 30 days.
    const quick = first.map((p) => p.action.effort === 1 && p.action.impact >= 2);
    expect(quick).toEqual([...quick].sort((x, y) => Number(y) - Number(x)));
    expect(plan.filter((p) => p.horizon === 'months3to6').every((p) => p.action.effort === 3)).toBe(true);
    expect(plan.filter((p) => p.horizon === 'days30to90').every((p) => p.action.effort < 3)).toBe(true);
    // Listed in horizon order.
    const order = plan.map((p) => HORIZONS.indexOf(p.horizon));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  test('ties are broken by module order', () => {
    const plan = generatePlan(answeredAll(false));
    const later = plan.filter((p) => p.horizon === 'days30to90');
    for (let i = 1; i < later.length; i++) {
      const [prev, cur] = [later[i - 1]!, later[i]!];
      if (prev.priority === cur.priority) expect(MODULE_IDS.indexOf(prev.action.module)).toBeLessThanOrEqual(MODULE_IDS.indexOf(cur.action.module));
    }
  });

  test('"don\'t know" yields a find-out action for that question', () => {
    const q = QUESTIONS[0]!;
    const plan = generatePlan({ ...blankAssessment(), answers: { [q.id]: { kind: 'dontKnow' } } });
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ kind: 'findOut', questionId: q.id, horizon: 'first30', reasons: [{ kind: 'dontKnow', questionId: q.id }] });
    expect(plan[0]!.priority).toBe(q.weight * 2);
  });

  test('"not applicable" triggers nothing', () => {
    const q = QUESTIONS.find((x) => x.allowNotApplicable)!;
    expect(generatePlan({ ...blankAssessment(), answers: { [q.id]: { kind: 'notApplicable' } } })).toEqual([]);
  });

  test('every profile rule adds its tailored action with the rule weight', () => {
    for (const rule of PROFILE_RULE_IDS) {
      const action = ACTIONS.find((a) => a.triggers.rules?.includes(rule));
      expect(action, rule).toBeTruthy();
    }
    const plan = generatePlan(withProfile({ customerType: 'b2c', ageBands: ['18-29'], channels: ['facebook'] }));
    const young = plan.find((p) => p.reasons.some((r) => r.kind === 'rule' && r.ruleId === 'youngAudienceOnlyFacebook'))!;
    expect(young.priority).toBeCloseTo((PROFILE_RULE_WEIGHT * young.action.impact) / young.action.effort, 10);
  });

  test("the user's edits survive regeneration, also when an action leaves and comes back", () => {
    const worst = answeredAll(false);
    const first = generatePlan(worst)[0]!;
    const edit = { owner: 'Kari', due: '2026-12-31', status: 'inProgress' as const, note: 'Startet' };
    const edited: Assessment = { ...worst, planEdits: { [first.action.id]: edit } };
    expect(generatePlan(edited).find((p) => p.action.id === first.action.id)?.edit).toEqual(edit);
    // Change answers: the action disappears (all best) and reappears (worst again) with the edit intact.
    const improved = { ...edited, answers: answeredAll(true).answers };
    expect(generatePlan(improved).find((p) => p.action.id === first.action.id)).toBeUndefined();
    expect(improved.planEdits[first.action.id]).toEqual(edit);
    const back = { ...improved, answers: worst.answers, planLanguage: 'sv' as const };
    expect(generatePlan(back).find((p) => p.action.id === first.action.id)?.edit).toEqual(edit);
  });

  test('unedited actions get the default edit', () => {
    const q = QUESTIONS[0]!;
    const plan = generatePlan({ ...blankAssessment(), answers: { [q.id]: extremeAnswer(q, false) } });
    expect(plan[0]?.edit).toEqual({ owner: '', due: '', status: 'notStarted', note: '' });
  });

  test('deterministic', () => {
    const a = withProfile({ customerType: 'both', channels: ['facebook'], goals: [] }, answeredAll(false));
    expect(generatePlan(a)).toEqual(generatePlan(structuredClone(a)));
  });
});
