/**
 * What the home list, the portfolio and the comparison show of an assessment: small, computed once per save in main
 * (and once per load: summaries are never stored, so one made by an older version of the app cannot go stale), so
 * the list of 5,000 assessments neither crosses IPC in full nor is scored again on every render.
 */
import type { Assessment, CompanySize, CustomerType, Industry, Language, Market, ModuleId } from './types';
import { MODULE_IDS } from './types';
import type { AssessmentResult, Band } from '../scoring/scoring';
import { scoreAssessment } from '../scoring/scoring';
import { roundNumberOf, seriesOf, unconfirmedModules } from '../rounds/rounds';
import type { Plan } from '../plan/plan';
import { localIsoDay } from './dates';
import { changedSinceHandIn } from '../homework/homework';
import { assessmentStatus, firstUnfinishedStep, type AssessmentStatus, type ResumeStep } from './assessment';

export interface AssessmentSummary {
  id: string;
  companyName: string;
  createdAt: string;
  updatedAt: string;
  /** Questions asked of this company that have any answer, and how many are asked. */
  answered: number;
  total: number;
  /** The overall score, rounded; null before anything counts. */
  overall: number | null;
  /** Null while the overall score is preliminary. */
  band: Band | null;
  status: AssessmentStatus;
  /** Where "continue" lands. */
  resumeStep: ResumeStep;
  /** How many people answer, for a workshop; null for one respondent. */
  respondents: number | null;
  /** The series of rounds it belongs to (the first round's id) and its number there (1 for a first round). */
  series: string;
  round: number;
  /** A later round: how many areas still have answers carried over from the last round and not confirmed. */
  unconfirmedAreas: number;
  /** Homework: a draft, handed in, or changed since it was handed in; null when it is not homework. */
  homework: 'draft' | 'handedIn' | 'changedSince' | null;
  /** Each area's score, rounded; null while the area is preliminary or has no score (it claims nothing yet). */
  areas: Record<ModuleId, number | null>;
  industry: Industry | null;
  size: CompanySize | null;
  customerType: CustomerType | null;
  /** The country the company works in: its one Nordic market, else the plan's language (`countryOf`). */
  country: 'no' | 'se';
  /**
   * The plan's progress: actions marked done of the actions in the active plan; null before there is a score.
   * `'uncounted'` while it has not been counted yet: a start takes it only from main's cache (counting needs the
   * whole plan, a millisecond an assessment), and the renderer's first screen has no plan code. The portfolio asks
   * main to count the ones it shows (`countPlanProgress`), so it never shows a guess.
   */
  plan: PlanProgress | null | typeof UNCOUNTED;
  /** The day the round was started, on this machine's clock (YYYY-MM-DD), as the rounds' chart labels it. */
  roundDate: string;
}

export interface PlanProgress {
  done: number;
  active: number;
}

/** A summary's plan progress that has not been counted yet (not "no plan": that is null). */
export const UNCOUNTED = 'uncounted';

/** Norway or Sweden: the one of the two among the company's markets, else the country of the plan's language. */
export function countryOf(markets: ReadonlyArray<Market>, planLanguage: Language): 'no' | 'se' {
  const no = markets.includes('no');
  const se = markets.includes('se');
  if (no !== se) return no ? 'no' : 'se';
  return planLanguage === 'sv' ? 'se' : 'no';
}

/**
 * How the plan is made (`generatePlan`), passed in rather than imported: the renderer's first screen loads without the
 * plan's code (app/screens.tsx; null until it is in), while main, which makes the summaries the app starts with, always passes it.
 */
export type PlanOf = (assessment: Assessment, result: AssessmentResult) => Pick<Plan, 'active'> | null;

/**
 * Actions the user marked done among the active plan's (dropped ones leave the count): nothing before a score, and
 * uncounted when there is no way to make the plan here (`planOf` null, or it gives none).
 */
export function planProgressOf(
  assessment: Assessment,
  result: AssessmentResult,
  planOf: PlanOf | null,
): PlanProgress | null | typeof UNCOUNTED {
  if (result.overall === null) return null;
  const plan = planOf?.(assessment, result);
  if (!plan) return UNCOUNTED;
  const counted = plan.active.filter((p) => p.edit.status !== 'dropped');
  return { done: counted.filter((p) => p.edit.status === 'done').length, active: counted.length };
}

const roundedAreas = (result: AssessmentResult): Record<ModuleId, number | null> =>
  Object.fromEntries(
    MODULE_IDS.map((id) => {
      const m = result.modules.find((x) => x.module === id);
      return [id, !m || m.preliminary || m.score === null ? null : Math.round(m.score)];
    }),
  ) as Record<ModuleId, number | null>;

/**
 * `result` is the assessment's scores when the caller has them already (the renderer's store), so it is not scored
 * twice; `planOf` makes the plan for its progress (without it, `plan` is uncounted once there is a score).
 */
export function summarize(
  assessment: Assessment,
  result: AssessmentResult = scoreAssessment(assessment),
  planOf: PlanOf | null = null,
): AssessmentSummary {
  return {
    id: assessment.id,
    companyName: assessment.profile.companyName,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    answered: result.answered,
    total: result.total,
    overall: result.overall === null ? null : Math.round(result.overall),
    band: result.band,
    status: assessmentStatus(assessment, result),
    resumeStep: firstUnfinishedStep(assessment, result),
    respondents: assessment.workshop ? assessment.workshop.respondents.length : null,
    series: seriesOf(assessment),
    round: roundNumberOf(assessment),
    unconfirmedAreas: unconfirmedModules(assessment).length,
    homework: !assessment.homework
      ? null
      : assessment.homework.handedInAt === null
        ? 'draft'
        : changedSinceHandIn(assessment)
          ? 'changedSince'
          : 'handedIn',
    areas: roundedAreas(result),
    industry: assessment.profile.industry,
    size: assessment.profile.size,
    customerType: assessment.profile.customerType,
    country: countryOf(assessment.profile.markets, assessment.planLanguage),
    plan: planProgressOf(assessment, result, planOf),
    roundDate: localIsoDay(new Date(assessment.createdAt)),
  };
}

/** Newest change first, as the home list shows them. */
export const byUpdatedDesc = (a: AssessmentSummary, b: AssessmentSummary): number => b.updatedAt.localeCompare(a.updatedAt);
