/**
 * Outcomes before process (docs/scoring-and-plan.md): when a company's results in an area are already good, the
 * routines that exist to get those results do not lead its plan. A shop that answers within the hour and answers
 * 95 % of questions is not told first to name an owner, set a reply-time target and start measuring.
 */
import type { ModuleId } from '../model/types';
import type { AssessmentResult } from '../scoring/scoring';

interface Outcome {
  /** The outcome questions, each at or above these points (75: replies within 4 hours, 89 % or more answered). */
  questions: ReadonlyArray<{ id: string; atLeast: number }>;
  /** The actions that are process towards that outcome. */
  process: ReadonlyArray<string>;
}

export const OUTCOMES: Partial<Record<ModuleId, Outcome>> = {
  responsiveness: {
    questions: [
      { id: 'replyTimeInOpeningHours', atLeast: 75 },
      { id: 'answeredQuestionsPercent', atLeast: 75 },
    ],
    process: ['setReplyTimeTarget', 'nameServiceOwnerAndBackup', 'setUpResponseRota', 'trackResponseMonthly', 'gatherMessagesInOneTool'],
  },
};

/** What the priority of a process action is multiplied by when its outcome is already good. */
export const OUTCOME_MET_WEIGHT = 0.25;

/** The process actions whose outcome the company already reaches. */
export function processWithOutcomeMet(result: AssessmentResult): Set<string> {
  const points = new Map(result.modules.flatMap((m) => m.questions.map((q) => [q.question.id, q.points] as const)));
  const met = new Set<string>();
  for (const outcome of Object.values(OUTCOMES)) {
    if (outcome && outcome.questions.every((q) => (points.get(q.id) ?? -1) >= q.atLeast)) outcome.process.forEach((id) => met.add(id));
  }
  return met;
}
