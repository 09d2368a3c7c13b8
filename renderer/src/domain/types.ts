/**
 * The domain model of SoMe-kompass: question bank, answers, actions and assessments.
 * Pure data types: nothing here may import React, the DOM or Electron (a lint rule enforces it).
 * All user-facing text lives in `locales/<lng>/<namespace>.json` under keys derived from the ids below.
 */

import type { ProfileRuleId } from './profileRules';

/** The four scored areas, in the order they are shown and used for tie-breaks in the plan. */
export const MODULE_IDS = ['strategy', 'channels', 'responsiveness', 'authenticity'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

/** Languages the UI and the plan can be in. */
export const LANGUAGES = ['nb', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Locale tags for Intl (dates, numbers): bokmål is `nb-NO`, Swedish `sv-SE`. */
export const LOCALE_TAG: Readonly<Record<Language, string>> = { nb: 'nb-NO', sv: 'sv-SE' };

/**
 * Where a fact or recommendation comes from. Shown in the app as a short source line
 * (`common:sources.<key>`). The first five are the seed articles; the rest are published benchmarks.
 */
export const SOURCE_KEYS = [
  'IPSOS21',
  'FUNNEL',
  'SB1317',
  'INSIGHT18',
  'PRIO24',
  'LITHIUM13',
  'SPROUT16',
  'KSP',
  'EUDMA',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

/** How many points a number answer earns, through stated thresholds. */
export interface NumberScoring {
  /** 'higher': the first step whose `limit` the value reaches (value >= limit) wins; steps sorted by limit, descending.
   *  'lower': the first step whose `limit` the value stays within (value <= limit) wins; steps sorted ascending. */
  better: 'higher' | 'lower';
  steps: ReadonlyArray<{ limit: number; points: number }>;
  /** Points when no step matches. */
  otherwise: number;
  /** Allowed input range (inclusive). */
  min: number;
  max: number;
}

/** The ways a question can be answered. */
export type AnswerSpec =
  /** Five levels of practice, scored 0/25/50/75/100. Text: `q.<id>.levels.0` .. `levels.4`. */
  | { kind: 'scale' }
  /** One option, each with explicit points. Text: `q.<id>.options.<optionId>`. */
  | { kind: 'choice'; options: ReadonlyArray<{ id: string; points: number }> }
  /** Any number of options; score = sum of chosen weights / sum of all weights x 100. Text as for choice. */
  | { kind: 'multi'; options: ReadonlyArray<{ id: string; weight: number }> }
  /** A number (hours, percent, ...). Text: `q.<id>.unit` (e.g. "timer"). */
  | { kind: 'number'; scoring: NumberScoring };

/**
 * A scored question. Text keys in the module's namespace:
 * `q.<id>.text` (the question), `q.<id>.short` (3-6 words naming the topic, used in plan and results),
 * `q.<id>.why` ("why it matters", ending with the facts' source named in words), plus the answer texts.
 */
export interface QuestionDef {
  /** Unique across the whole bank, camelCase, explains itself (e.g. `replyTimeHours`). */
  id: string;
  module: ModuleId;
  /** Importance within the module, 1 (nice to have) to 3 (essential). */
  weight: 1 | 2 | 3;
  answer: AnswerSpec;
  /** Whether "not applicable" may be chosen (removes the question from the denominator). */
  allowNotApplicable: boolean;
  /** The sources behind the question and its "why". */
  sources: ReadonlyArray<SourceKey>;
}

/**
 * An action the plan can recommend. Text keys in its namespace:
 * `a.<id>.title`, `a.<id>.why` (reason, naming the source in words), `a.<id>.steps` (array of 3-5 concrete steps),
 * `a.<id>.kpi` (one measurable indicator to follow).
 */
export interface ActionDef {
  /** Unique across the library, camelCase. */
  id: string;
  /** Module it belongs to; profile-rule actions use the module they mostly concern. */
  module: ModuleId;
  /** 1 = small improvement, 3 = large. */
  impact: 1 | 2 | 3;
  /** 1 = an afternoon, 2 = some weeks of part-time work, 3 = months or a budget. */
  effort: 1 | 2 | 3;
  sources: ReadonlyArray<SourceKey>;
  /** What triggers it: scored questions answered below `below` points, and/or profile rules. */
  triggers: {
    questions?: ReadonlyArray<{ id: string; below: number }>;
    rules?: ReadonlyArray<ProfileRuleId>;
  };
}

/** An answer as stored. `dontKnow` scores 0 and is flagged; `notApplicable` leaves the denominator. */
export type Answer =
  | { kind: 'scale'; level: 0 | 1 | 2 | 3 | 4 }
  | { kind: 'choice'; option: string }
  | { kind: 'multi'; options: string[] }
  | { kind: 'number'; value: number }
  | { kind: 'dontKnow' }
  | { kind: 'notApplicable' };

export const CUSTOMER_TYPES = ['b2c', 'b2b', 'both'] as const;
export const COMPANY_SIZES = ['solo', 'small', 'medium', 'large'] as const;
export const INDUSTRIES = [
  'retail',
  'hospitality',
  'services',
  'crafts',
  'manufacturing',
  'technology',
  'health',
  'culture',
  'nonprofit',
  'other',
] as const;
export const MARKETS = ['no', 'se', 'other'] as const;
export const AGE_BANDS = ['13-17', '18-29', '30-44', '45-59', '60+'] as const;
export const GOALS = ['awareness', 'sales', 'customerService', 'community', 'recruitment', 'traffic'] as const;
export const CHANNELS = [
  'facebook',
  'instagram',
  'snapchat',
  'tiktok',
  'linkedin',
  'youtube',
  'x',
  'pinterest',
  'website',
  'newsletter',
] as const;
/** Channels the company owns itself ("pull"), as opposed to social platforms ("push"). */
export const OWNED_CHANNELS: ReadonlyArray<Channel> = ['website', 'newsletter'];
export const AD_BUDGETS = ['none', 'occasional', 'monthly', 'campaigns'] as const;

export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export type CompanySize = (typeof COMPANY_SIZES)[number];
export type Industry = (typeof INDUSTRIES)[number];
export type Market = (typeof MARKETS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Goal = (typeof GOALS)[number];
export type Channel = (typeof CHANNELS)[number];
export type AdBudget = (typeof AD_BUDGETS)[number];

/** The company profile: not scored, drives the profile rules. Empty values mean "not filled in yet". */
export interface Profile {
  companyName: string;
  respondent: string;
  industry: Industry | null;
  customerType: CustomerType | null;
  size: CompanySize | null;
  markets: Market[];
  ageBands: AgeBand[];
  goals: Goal[];
  /** Hours per week available for social media; null when not given. */
  hoursPerWeek: number | null;
  channels: Channel[];
  adBudget: AdBudget | null;
}

export const ACTION_STATUSES = ['notStarted', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What the user wrote on an action. Kept by action id, so it survives regeneration of the plan. */
export interface ActionEdit {
  owner: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  due: string;
  status: ActionStatus;
  note: string;
}

/** One assessment of one company, as stored. */
export interface Assessment {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Language the plan is generated in; independent of the UI language. */
  planLanguage: Language;
  profile: Profile;
  answers: Record<string, Answer>;
  /** Optional free-text note per question id. */
  notes: Record<string, string>;
  planEdits: Record<string, ActionEdit>;
}
