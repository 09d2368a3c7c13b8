import type { Assessment, Language, Profile } from './types';
import { QUESTIONS } from './bank';

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

/** Share of scored questions that have any answer (including "don't know" and "not applicable"), 0-1. */
export function progressOf(assessment: Pick<Assessment, 'answers'>): number {
  if (QUESTIONS.length === 0) return 0;
  return QUESTIONS.filter((q) => assessment.answers[q.id] !== undefined).length / QUESTIONS.length;
}
