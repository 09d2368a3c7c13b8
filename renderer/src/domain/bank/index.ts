import type { ActionDef, ModuleId, QuestionDef } from '../model/types';
import { MODULE_IDS } from '../model/types';
import { strategyActions, strategyQuestions } from './strategy';
import { channelsActions, channelsQuestions } from './channels';
import { responsivenessActions, responsivenessQuestions } from './responsiveness';
import { authenticityActions, authenticityQuestions } from './authenticity';
import { profileActions } from './profileActions';

/** Every scored question, in module order and then in the order they are asked. */
export const QUESTIONS: ReadonlyArray<QuestionDef> = [
  ...strategyQuestions,
  ...channelsQuestions,
  ...responsivenessQuestions,
  ...authenticityQuestions,
];

/** Every action the plan can recommend, from the module questionnaires and from the profile rules. */
export const ACTIONS: ReadonlyArray<ActionDef> = [
  ...strategyActions,
  ...channelsActions,
  ...responsivenessActions,
  ...authenticityActions,
  ...profileActions,
];

export const QUESTIONS_BY_ID: ReadonlyMap<string, QuestionDef> = new Map(QUESTIONS.map((q) => [q.id, q]));
export const ACTIONS_BY_ID: ReadonlyMap<string, ActionDef> = new Map(ACTIONS.map((a) => [a.id, a]));

export const QUESTIONS_BY_MODULE: Readonly<Record<ModuleId, ReadonlyArray<QuestionDef>>> = Object.fromEntries(
  MODULE_IDS.map((m) => [m, QUESTIONS.filter((q) => q.module === m)]),
) as unknown as Record<ModuleId, ReadonlyArray<QuestionDef>>;

const PROFILE_ACTION_IDS: ReadonlySet<string> = new Set(profileActions.map((a) => a.id));

/** The i18next namespace holding an action's text: `profile` for the profile-rule actions, else its module's. */
export function actionNamespace(action: ActionDef): string {
  return PROFILE_ACTION_IDS.has(action.id) ? 'profile' : action.module;
}

/** An action's family: near-duplicates share one, and the plan shows one member of each. */
export const familyOf = (action: ActionDef): string => action.family ?? action.id;

/** Actions a question can trigger (derived from the actions' triggers, so there is one source of truth). */
export function actionsForQuestion(questionId: string): ActionDef[] {
  return ACTIONS.filter((a) => a.triggers.questions?.some((t) => t.id === questionId));
}
