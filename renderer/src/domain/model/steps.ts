import type { Assessment, ModuleId } from './types';
import { MODULE_IDS } from './types';

/**
 * The screens of one assessment, in the order the user walks through them. A workshop adds its respondents after
 * the profile and "to discuss" after the areas; `respondent` is set while one person answers (pass-the-laptop).
 */
export type Step = 'profile' | 'workshop' | ModuleId | 'discuss' | 'results' | 'plan' | 'handIn';
export const STEPS: ReadonlyArray<Step> = ['profile', ...MODULE_IDS, 'results', 'plan'];
export const WORKSHOP_STEPS: ReadonlyArray<Step> = ['profile', 'workshop', ...MODULE_IDS, 'discuss', 'results', 'plan'];
/** Homework ends with handing it in. */
export const HOMEWORK_STEPS: ReadonlyArray<Step> = [...STEPS, 'handIn'];
export const stepsFor = (a: Pick<Assessment, 'workshop' | 'homework'>): ReadonlyArray<Step> =>
  a.workshop ? WORKSHOP_STEPS : a.homework ? HOMEWORK_STEPS : STEPS;

export const isModuleStep = (step: Step): step is ModuleId => (MODULE_IDS as ReadonlyArray<string>).includes(step);

/** A change to one assessment: a pure function from the assessment to its next state. Screens hand these up. */
export type AssessmentChange = (change: (a: Assessment) => Assessment) => void;
