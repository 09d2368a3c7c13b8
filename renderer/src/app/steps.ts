import type { Step } from '../domain/model/steps';

export type { Step };

/** Which screen the window shows: home, the class overview, or a step of one assessment. */
export type View = { name: 'home' } | { name: 'class' } | { name: 'assessment'; id: string; step: Step; respondent?: string };
