import type { Assessment, Language, ModuleId, Profile } from './types';
import { scoreAssessment, type AssessmentResult } from '../scoring/scoring';
import { BANK_VERSION, pendingNewAnswers } from '../bank/bankMigrations';
import { unconfirmedByModule } from '../rounds/rounds';

export const EMPTY_PROFILE: Profile = {
  companyName: '',
  respondent: '',
  industry: null,
  customerType: null,
  size: null,
  markets: [],
  ageBands: [],
  goals: [],
  hoursPerWeek: null,
  channels: [],
  adBudget: null,
  localCustomers: null,
  filledInBy: null,
};

/** A new, empty assessment. `id` and `now` are passed in so the domain stays pure and testable. */
export function createAssessment(id: string, now: string, planLanguage: Language): Assessment {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    planLanguage,
    profile: { ...EMPTY_PROFILE },
    answers: {},
    notes: {},
    planEdits: {},
    bankVersion: BANK_VERSION,
    needsNewAnswer: [],
    retiredAnswers: {},
  };
}

/** A full copy under a new id; the copy's name says it is one (the suffix comes from the UI language). */
export function duplicateAssessment(source: Assessment, id: string, now: string, nameSuffix: string): Assessment {
  const copy = structuredClone(source);
  return {
    ...copy,
    id,
    createdAt: now,
    updatedAt: now,
    profile: { ...copy.profile, companyName: `${copy.profile.companyName}${nameSuffix}`.trim() },
  };
}

/** The profile fields a plan cannot be tailored without; the rest are optional. */
export function profileComplete(p: Profile): boolean {
  return p.companyName.trim() !== '' && p.customerType !== null && p.size !== null && p.channels.length > 0;
}

/** Where someone coming back to an assessment continues; `results` when nothing is left to answer. */
export type ResumeStep = 'profile' | 'workshop' | ModuleId | 'results';

/**
 * The first unfinished step: the profile while it lacks what the plan needs, else the first area with a question
 * unanswered (or changed since it was answered, or carried over from the last round and not yet confirmed), else the
 * results.
 */
export function firstUnfinishedStep(assessment: Assessment, result: AssessmentResult = scoreAssessment(assessment)): ResumeStep {
  if (!profileComplete(assessment.profile)) return 'profile';
  // A workshop goes on where the facilitator sees who has answered.
  if (assessment.workshop) return 'workshop';
  const pending = new Set(pendingNewAnswers(assessment));
  const unconfirmed = unconfirmedByModule(assessment);
  const open = result.modules.find(
    (m) => m.answered < m.total || m.questions.some((r) => pending.has(r.question.id)) || unconfirmed[m.module] > 0,
  );
  return open ? open.module : 'results';
}

/** Finished: the profile filled in and every question asked has an answer. */
export function isComplete(assessment: Assessment, result: AssessmentResult = scoreAssessment(assessment)): boolean {
  if (assessment.workshop) return profileComplete(assessment.profile) && result.modules.every((m) => m.answered === m.total);
  return firstUnfinishedStep(assessment, result) === 'results';
}

/** How far an assessment has come, as the home list marks it. */
export type AssessmentStatus = 'needsNewAnswer' | 'incomplete' | 'preliminary' | 'complete';

export function assessmentStatus(assessment: Assessment, result: AssessmentResult = scoreAssessment(assessment)): AssessmentStatus {
  if (pendingNewAnswers(assessment).length > 0) return 'needsNewAnswer';
  if (!isComplete(assessment, result)) return 'incomplete';
  return result.preliminary ? 'preliminary' : 'complete';
}
