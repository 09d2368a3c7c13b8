/**
 * What the home list shows of an assessment: small, computed once per save in main, so the list of 5,000
 * assessments neither crosses IPC in full nor is scored again on every render.
 */
import type { Assessment } from './types';
import type { AssessmentResult, Band } from '../scoring/scoring';
import { scoreAssessment } from '../scoring/scoring';
import { roundNumberOf, seriesOf, unconfirmedModules } from '../rounds/rounds';
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
}

/** `result` is the assessment's scores when the caller has them already (the renderer's store), so it is not scored twice. */
export function summarize(assessment: Assessment, result: AssessmentResult = scoreAssessment(assessment)): AssessmentSummary {
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
  };
}

/** Newest change first, as the home list shows them. */
export const byUpdatedDesc = (a: AssessmentSummary, b: AssessmentSummary): number => b.updatedAt.localeCompare(a.updatedAt);
