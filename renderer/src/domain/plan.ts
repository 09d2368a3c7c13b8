import type { ActionDef, ActionEdit, Assessment, ModuleId } from './types';
import { MODULE_IDS } from './types';
import { ACTIONS, QUESTIONS_BY_ID } from './bank';
import { scoreAssessment, type AssessmentResult } from './scoring';
import { firedProfileRules, type ProfileRuleId } from './profileRules';

export const HORIZONS = ['first30', 'days30to90', 'months3to6'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** The plan never lists more than five actions for the first 30 days (PRODUCT.md). */
export const MAX_FIRST_30 = 5;
/** Profile rules carry the weight of an important question with the whole gap open. */
export const PROFILE_RULE_WEIGHT = 2;
/** A "find out" action: quick to do, and the plan is better for it. */
const FIND_OUT = { impact: 2, effort: 1 } as const;
const FIND_OUT_PREFIX = 'findOut-';

/** Why an action is in the plan. */
export type PlanReason =
  | { kind: 'question'; questionId: string; points: number }
  | { kind: 'dontKnow'; questionId: string }
  | { kind: 'rule'; ruleId: ProfileRuleId };

export interface PlannedAction {
  action: ActionDef;
  /** `findOut` actions have generic texts about the question they ask the user to look into. */
  kind: 'improve' | 'findOut';
  /** For findOut: the question to find out about. */
  questionId?: string;
  /** weight x gap x impact / effort, the highest over its reasons. */
  priority: number;
  horizon: Horizon;
  reasons: PlanReason[];
  edit: ActionEdit;
}

export const DEFAULT_EDIT: ActionEdit = { owner: '', due: '', status: 'notStarted', note: '' };

export function isFindOutId(id: string): boolean {
  return id.startsWith(FIND_OUT_PREFIX);
}

function findOutAction(questionId: string, module: ModuleId): ActionDef {
  const q = QUESTIONS_BY_ID.get(questionId);
  return {
    id: FIND_OUT_PREFIX + questionId,
    module,
    ...FIND_OUT,
    sources: q?.sources ?? [],
    triggers: { questions: [{ id: questionId, below: 1 }] },
  };
}

const moduleOrder = (m: ModuleId): number => MODULE_IDS.indexOf(m);
const isQuickWin = (a: ActionDef): boolean => a.effort === 1 && a.impact >= 2;

/** Highest priority first; ties broken by module order, then by id so the order is stable. */
function byPriority(a: PlannedAction, b: PlannedAction): number {
  return (
    b.priority - a.priority ||
    moduleOrder(a.action.module) - moduleOrder(b.action.module) ||
    a.action.id.localeCompare(b.action.id)
  );
}

/**
 * Builds the prioritised action plan from an assessment. Pure and deterministic: the same assessment always
 * gives the same plan, and the user's edits are looked up by action id, so they survive any regeneration.
 */
export function generatePlan(assessment: Assessment, result: AssessmentResult = scoreAssessment(assessment.answers)): PlannedAction[] {
  const planned = new Map<string, Omit<PlannedAction, 'horizon' | 'edit'>>();
  const add = (action: ActionDef, priority: number, reason: PlanReason, extra: Partial<PlannedAction> = {}): void => {
    const existing = planned.get(action.id);
    if (existing) {
      existing.priority = Math.max(existing.priority, priority);
      existing.reasons.push(reason);
    } else planned.set(action.id, { action, kind: 'improve', priority, reasons: [reason], ...extra });
  };

  const pointsById = new Map<string, number>();
  for (const m of result.modules)
    for (const r of m.questions) {
      if (r.status === 'dontKnow') {
        const action = findOutAction(r.question.id, m.module);
        const priority = (r.question.weight * 1 * action.impact) / action.effort;
        add(action, priority, { kind: 'dontKnow', questionId: r.question.id }, { kind: 'findOut', questionId: r.question.id });
      } else if (r.status === 'answered' && r.points !== null) pointsById.set(r.question.id, r.points);
    }

  for (const action of ACTIONS)
    for (const trigger of action.triggers.questions ?? []) {
      const points = pointsById.get(trigger.id);
      const question = QUESTIONS_BY_ID.get(trigger.id);
      if (points === undefined || !question || points >= trigger.below) continue;
      const gap = (100 - points) / 100;
      add(action, (question.weight * gap * action.impact) / action.effort, { kind: 'question', questionId: trigger.id, points });
    }

  const rules = new Set(firedProfileRules(assessment.profile));
  for (const action of ACTIONS)
    for (const ruleId of action.triggers.rules ?? [])
      if (rules.has(ruleId)) add(action, (PROFILE_RULE_WEIGHT * 1 * action.impact) / action.effort, { kind: 'rule', ruleId });

  const all: PlannedAction[] = [...planned.values()]
    .map((p): PlannedAction => ({ ...p, horizon: 'days30to90', edit: { ...DEFAULT_EDIT, ...assessment.planEdits[p.action.id] } }))
    .sort(byPriority);

  // First 30 days: quick wins first, then other actions that are not big projects; never more than five.
  const first = [...all.filter((p) => isQuickWin(p.action)), ...all.filter((p) => !isQuickWin(p.action) && p.action.effort < 3)].slice(
    0,
    MAX_FIRST_30,
  );
  const firstIds = new Set(first.map((p) => p.action.id));
  for (const p of all) p.horizon = firstIds.has(p.action.id) ? 'first30' : p.action.effort === 3 ? 'months3to6' : 'days30to90';

  // Listed by horizon; within the first 30 days in the order chosen above (quick wins first).
  return [...first, ...all.filter((p) => p.horizon === 'days30to90'), ...all.filter((p) => p.horizon === 'months3to6')];
}
