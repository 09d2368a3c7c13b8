import type { ModuleId } from '../domain/types';
import { MODULE_IDS } from '../domain/types';

/** The screens of one assessment, in the order the user walks through them. */
export type Step = 'profile' | ModuleId | 'results' | 'plan';
export const STEPS: ReadonlyArray<Step> = ['profile', ...MODULE_IDS, 'results', 'plan'];

export type View = { name: 'home' } | { name: 'assessment'; id: string; step: Step };

export const isModuleStep = (step: Step): step is ModuleId => (MODULE_IDS as ReadonlyArray<string>).includes(step);
