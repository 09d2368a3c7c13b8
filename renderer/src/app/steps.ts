import type { Step } from '../domain/model/steps';

export type { Step };

/**
 * Which screen the window shows: home, the class overview, the settings, the accessibility statement, or a step of
 * one assessment. In a workshop, `respondent` while one person answers, and `handOver` after they hid their answers
 * (the laptop goes to the next person).
 */
export type View =
  | { name: 'home' }
  | { name: 'class' }
  | { name: 'portfolio' }
  | { name: 'settings' }
  | { name: 'accessibility' }
  | { name: 'assessment'; id: string; step: Step; respondent?: string; handOver?: boolean };
