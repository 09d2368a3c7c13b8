/**
 * What to know before reading a plan, in sentences: what it is sized to, and whether it rests on a preliminary
 * result or holds upkeep for a company strong everywhere. Shared by the plan screen and the exports. Spoken to the
 * company as the cards are ("du" to one person; plan/companyText.ts).
 */
import type { Plan } from './plan';
import type { AssessmentResult } from '../scoring/scoring';
import { joinList, type Translate } from './explain';
import { companyTranslate } from './companyText';
import { hoursNotes } from './hoursNote';
import type { Language } from '../model/types';

export function planNotes(plan: Plan, result: AssessmentResult, tAny: Translate, lng: Language): string[] {
  const t = companyTranslate(tAny, plan.company);
  const notes: string[] = [];
  const { active } = plan.capacity;
  notes.push(...hoursNotes(plan, t, lng));
  if (plan.active.length > active) notes.push(t('common:plan.overCapacity', { count: plan.active.length, total: active }));
  if (plan.allAdvanced) notes.push(t('common:plan.allAdvanced'));
  else if (result.preliminary && plan.active.length > 0) notes.push(t('common:plan.preliminary'));
  // Every goal the company ticked is accounted for: served by a card, waiting under "Later", or already done.
  for (const why of ['later', 'alreadyDone', 'noFit'] as const) {
    const goals = plan.unservedGoals
      .filter((u) => u.why === why)
      .map((u) => t('common:plan.quote', { text: t(`profile:options.goals.${u.goal}`) }));
    if (goals.length > 0) notes.push(t(`common:plan.goalNotServed.${why}`, { count: goals.length, goals: joinList(goals, t) }));
  }
  return notes;
}
