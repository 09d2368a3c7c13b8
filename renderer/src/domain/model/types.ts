/**
 * The domain model of SoMe-kompass: question bank, answers, actions and assessments.
 * Pure data types: nothing here may import React, the DOM or Electron (a lint rule enforces it).
 * All user-facing text lives in `locales/<lng>/<namespace>.json` under keys derived from the ids below.
 */
import type { Brand } from '../brand/brand';

/**
 * Profile rules: facts about the company that call for a tailored action (`profileRules.ts` holds the predicates,
 * `bank/profileActions.ts` the actions). The ids live here so that the model needs nothing from the rules.
 */
export const PROFILE_RULE_IDS = [
  'youngAudienceOnlyFacebook',
  'b2bWithoutLinkedIn',
  'manyChannelsFewHours',
  'salesGoalWithoutAdBudget',
  'noOwnedChannel',
  'matureAudienceWithoutFacebook',
  'noGoalsSet',
  'awarenessGoalWithoutLongForm',
  'customerServiceGoalWithoutMeta',
  'tikTokWithoutYoungAudience',
  'trafficGoalWithoutWebsite',
  'newsletterWithoutWebsite',
  'salesGoalWithoutNewsletter',
  'swedishYoungAudienceWithoutYouTube',
  'recruitmentGoal',
  'customerServiceGoalFewHours',
  'manyChannelsOnePerson',
  // Sector rules (model/sectors.ts): health, legal and finance keep clients' secrets; public bodies keep records;
  // marketing to an audience that includes 13-17-year-olds follows the rules for children.
  'patientConfidentiality',
  'lawyerConfidentiality',
  'financeConfidentiality',
  'publicBody',
  'childrenInAudience',
  // Foundations (plan/foundations.ts): accounts a company can lose, and a local company not on the map.
  'socialAccountsInUse',
  'localCustomersWithoutMapListing',
  // Customers abroad (market "other"): which language to post and answer in.
  'foreignCustomers',
] as const;
export type ProfileRuleId = (typeof PROFILE_RULE_IDS)[number];

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
 * (`sources:line.<key>`; running text names it as `sources:name.<key>`). The first five are the seed articles; the
 * rest are published benchmarks and platform figures.
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
  'IPSOS22',
  'IPSOS22Q3',
  'IPSOS23',
  'IIS22',
  'SOI26',
  'KANTAR25',
  'IPSOS22Q4',
  // Sector rules (model/sectors.ts): the Norwegian and the Swedish rule for each sector.
  'HPL21',
  'PSL',
  'RGA',
  'ADVSED',
  'REVL',
  'REGNFL',
  'LBF',
  'OFFARK',
  'SKRSOME',
  'UUTIL',
  'DIGGDOS',
  'FTBARN',
  'KOVBARN',
  'DSA',
  'METATEEN',
  // Meta's removal of detailed targeting on sensitive topics (health, ethnicity, politics, religion, sexual orientation).
  'METASENS',
  // Foundations (plan/goals.ts): who holds a company's accounts, and its listing on the map.
  'META25',
  'GBP',
  // Official shares of enterprises that use social media (domain/comparison/official.ts).
  'SSBIKT19',
  'ESTAT21',
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
  /** Any number of options; score = sum of chosen weights / sum of the positive weights x 100, kept within 0-100.
   *  A negative weight is a practice that costs points (e.g. engagement bait). Text as for choice. */
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
  /** Profiles for which the question does not apply: it is then "not applicable" without being asked. */
  notApplicableFor?: ProfileCondition;
}

/**
 * Facts about a company's profile that decide whether a question applies or an action fits. Empty profile fields
 * never match, so a blank profile is never told that something does not fit it.
 */
export type ProfileCondition =
  /** Runs the business alone (size "solo"). */
  | 'onePerson'
  /** Its only social channels are text-first ones (LinkedIn, X). */
  | 'textFirstChannelsOnly';

/**
 * The profiles an action fits. An action that contradicts the profile is never planned (docs/scoring-and-plan.md).
 * Every field is optional; unknown profile facts (empty fields) never rule an action out.
 */
export interface ActionFit {
  /** At least this many social channels (not website or newsletter): e.g. "give each channel a job" needs two. */
  minSocialChannels?: number;
  /** Needs more than one person (a deputy, a rota): not for a one-person business. */
  needsTeam?: boolean;
  /** Heavy production that needs at least this many hours a week (not given counts as enough). */
  minHoursPerWeek?: number;
  /** Needs a website or newsletter to lead people to. */
  needsOwnedChannel?: boolean;
  /** A platform for young people (TikTok, Snapchat): B2B only when the audience includes 13-29. */
  youngPlatform?: boolean;
  /** Sector groups whose rules the action breaks (model/sectors.ts): e.g. customer service in direct messages. */
  notForSectors?: ReadonlyArray<SectorGroup>;
  /**
   * Part of one decision in a small firm (2-9) or a one-person business: its `smallFirmVariant` (or `soloVariant`)
   * takes it in with the others, so the owner gets one reply routine with its steps rather than three or four cards
   * that each add a daily check. A card with the company's own sector steps keeps its place.
   */
  notForSmallFirms?: true;
  /**
   * Asks the person filling in to go to "the management" (anchor the goals, hand over a mandate): not for a small firm
   * (2-9) whose owner or manager fills in, since that person is the management. A consultant or an employee filling in
   * still gets it: they do need the owner's backing.
   */
  notWhenOwnerFillsIn?: true;
}

/** Hours of one-off work as a range: the low and the high end of what it takes (a quarter of an hour at least). */
export type HoursRange = readonly [low: number, high: number];

/**
 * The work an action asks for, as a small business does it (docs/scoring-and-plan.md, "Hours"): one-off work to put
 * it in place, and the weekly routine it adds from then on. The plan is sized by these, not by a count of cards.
 */
export interface ActionWork {
  /** One-off work, in hours. */
  oneOffHours: HoursRange;
  /** The routine it adds, in minutes a week; 0 when it is done once. */
  weeklyMinutes: number;
  /** The figures for a one-person business, where they differ (no one to brief, no rota to agree). */
  onePerson?: { oneOffHours: HoursRange; weeklyMinutes: number };
  /**
   * The routine comes out of the time a channel already takes (a test of a new platform posts less on the old one for
   * as long as it runs; its steps say so): the plan does not count it again.
   */
  fromChannelTime?: true;
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
  /** Near-duplicates share a family; the plan shows one member per family (the best fit). Defaults to the id. */
  family?: string;
  /** Families (or action ids) that must come first: this action is never planned in an earlier horizon. */
  after?: ReadonlyArray<string>;
  /** The profiles it fits; the plan leaves it out where it contradicts the profile. */
  fits?: ActionFit;
  /** What a one-person business does instead (an action id), when this one needs a team. */
  soloVariant?: string;
  /** What a small firm (2-9) does instead (an action id): the one decision this action is part of there. */
  smallFirmVariant?: string;
  /** A quick win that leads the first 30 days whenever its module scores below this (e.g. an auto-reply). */
  leadsWhenModuleBelow?: number;
  /** Only planned as upkeep for a company that is strong everywhere, never triggered by a gap. */
  maintenance?: boolean;
  /**
   * A foundation the rest stands on (safe accounts, a profile that leads somewhere, being on the map, a channel of
   * its own): when planned, it leads the first 30 days, before any improvement.
   */
  foundation?: boolean;
  /** The one-off hours and the weekly minutes it takes (docs/scoring-and-plan.md, "Hours per action"). */
  work: ActionWork;
  /**
   * Sector groups that get their own steps (model/sectors.ts): texts under `a.<id>.sector.<group>` (`steps`, and
   * `steps_solo` or `kpi` where they differ), with the sector's rule added to the "why" and its sources.
   */
  sectorVariants?: ReadonlyArray<SectorGroup>;
  /** A sector rule the company must follow from its first post and reply: leads the first 30 days when planned. */
  guardrail?: boolean;
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
  // Added with the sector rules (file format 6); 'health' now means health care, and gyms and salons are 'wellness'.
  'wellness',
  'legal',
  'finance',
  'publicSector',
  'education',
  'other',
] as const;
/**
 * Industries whose rules change what a company may say in public (model/sectors.ts): health, legal and finance keep
 * their clients' secrets ('confidential'); public bodies and publicly owned companies keep records ('publicSector').
 */
export const SECTOR_GROUPS = ['confidential', 'publicSector'] as const;
export type SectorGroup = (typeof SECTOR_GROUPS)[number];
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
/**
 * Who fills in the assessment for a company of two or more (file format 7): the owner or the general manager, an
 * employee who has social media as their job, or a consultant working for the company. It decides whom the plan can
 * ask to anchor goals with "the management": in a small firm the owner filling in *is* the management. A one-person
 * business is not asked; its owner fills in by definition.
 */
export const FILLED_IN_BY = ['ownerOrManager', 'employee', 'consultant'] as const;

export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export type CompanySize = (typeof COMPANY_SIZES)[number];
export type Industry = (typeof INDUSTRIES)[number];
export type Market = (typeof MARKETS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Goal = (typeof GOALS)[number];
export type Channel = (typeof CHANNELS)[number];
export type AdBudget = (typeof AD_BUDGETS)[number];
export type FilledInBy = (typeof FILLED_IN_BY)[number];

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
  /**
   * Customers come to the company, or it serves a local area (a salon, a shop, a plumber): people find it by searching
   * on a map. Null or absent until answered (files written before it was asked have no such field).
   */
  localCustomers?: boolean | null;
  /**
   * Who fills in (`FILLED_IN_BY`); asked of every size but a one-person business. Null or absent until answered
   * (files before version 7 have no such field).
   */
  filledInBy?: FilledInBy | null;
  channels: Channel[];
  adBudget: AdBudget | null;
}

export const ACTION_STATUSES = ['notStarted', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where the user moved an action: into the active plan, or to the "Later" list. Absent: where the plan puts it. */
export const PLACEMENTS = ['plan', 'later'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** What the user wrote on an action. Kept by action id, so it survives regeneration of the plan. */
export interface ActionEdit {
  owner: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  due: string;
  status: ActionStatus;
  note: string;
  /** The user's move to or from the "Later" list; absent when the plan decides. */
  placement?: Placement;
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
  /** The version of the question bank the answers belong to (`BANK_VERSION` when current). */
  bankVersion: number;
  /**
   * Questions whose earlier answer was to an older, changed version of the question: shown as "needs a new answer"
   * until answered. The old answers are kept in `retiredAnswers`, never reinterpreted.
   */
  needsNewAnswer: string[];
  /** Answers to questions that a newer bank changed or removed, by the old question id; kept, never scored. */
  retiredAnswers: Record<string, Answer>;
  /**
   * Present when several people answer (a workshop): their answers, what the facilitator has revealed and the team's
   * agreed answers. `answers` then holds the team's answers (the consensus), from which scores and the plan come.
   */
  workshop?: Workshop;
  /** A follow-up round of an earlier assessment of the same company (issue 10); absent on a first round. */
  round?: RoundInfo;
  /** The level the company aims for in an area, where the user set one; otherwise one band above today's. */
  targets?: Partial<Record<ModuleId, TargetBand>>;
  /** Homework for a course (issue 10): the student, the course, a reflection per area, and when it was handed in. */
  homework?: Homework;
  /**
   * What was stored in this assessment but cannot be used with this question bank (an answer out of range, an edit
   * for an action that no longer exists, a date that is not a date): taken out so the rest can be used, kept here
   * as it was, never scored. Absent when there is nothing.
   */
  setAside?: SetAsideItem[];
  /** The client's logo (a checked PNG or JPEG data URL, domain/brand/), shown beside the consultant's on exports. */
  clientLogo?: string;
  /**
   * The consultant's brand, only in a .somekompass file they chose to send with it (never taken into the
   * receiver's settings): the receiver's exports of this assessment carry it when they have no brand of their own.
   */
  consultantBrand?: Brand;
}

/** One stored value the question bank cannot use, kept as it was (see `Assessment.setAside`). */
export interface SetAsideItem {
  /** Where it was, e.g. `answers.replyTimeInOpeningHours` or `planEdits.writtenPlan.due`. */
  path: string;
  /** The value as it was stored: an answer, a plan edit, a date, an id. */
  value: unknown;
  /** What was wrong with it, in short technical English (for support; the user sees a count). */
  problem: string;
}

/** An assessment done as homework and handed in to a teacher as a file. */
export interface Homework {
  /** The student's name, as the teacher should see it. */
  student: string;
  /** The course code the teacher gave (e.g. "MARK2100"). */
  course: string;
  /** The fewest words each area's reflection needs (the teacher's setting in the worksheet); 0 for no minimum. */
  minWords: number;
  /** What the student makes of each area's answers, by area. */
  reflections: Partial<Record<ModuleId, string>>;
  /** When it was handed in (the file written), or null while it is not. */
  handedInAt: string | null;
}

/** The maturity bands, as targets (the same ids as the scoring's bands). */
export const TARGET_BANDS = ['start', 'developing', 'established', 'advanced'] as const;
export type TargetBand = (typeof TARGET_BANDS)[number];

/** How a follow-up round hangs together with the rounds before it. */
export interface RoundInfo {
  /** The id of the first round: every round of the same series carries it. */
  series: string;
  /** 2 for the first follow-up, and so on (the first round, without `round`, is 1). */
  number: number;
  /** The round this one followed. */
  previousId: string;
  /** Questions whose answer was copied from the previous round and not yet confirmed or changed. */
  carriedOver: string[];
}

/** One person answering in a workshop. */
export interface Respondent {
  /** Random, made by the app for this workshop; never the id of a person or of their own file. */
  id: string;
  /** Empty in an anonymous workshop (the app shows "Deltaker 3"); may be empty in a named one too. */
  name: string;
  answers: Record<string, Answer>;
  /** This person's answers to questions a newer bank changed or removed, by the old question id; kept, never used. */
  retiredAnswers?: Record<string, Answer>;
  /**
   * For a respondent added from their own file: a fingerprint of the file's answers, so the same file is not
   * added twice. It is made from the answers only, which the workshop holds anyway, so it tells nothing more.
   */
  fileFingerprint?: string;
}

/** Several respondents on one assessment, their answers private until the facilitator reveals them. */
export interface Workshop {
  /** Chosen when the workshop is made; fixed once anyone has answered. Anonymous: no names are kept at all. */
  anonymous: boolean;
  respondents: Respondent[];
  /** Questions whose spread the facilitator has revealed. */
  revealed: string[];
  /** The facilitator's team answer where it differs from the default (the median answer), by question id. */
  consensus: Record<string, Answer>;
  /** The facilitator's team answers to questions a newer bank changed or removed, by the old id; kept, never used. */
  retiredConsensus?: Record<string, Answer>;
  /**
   * Whether each person's answers leave the app: the PDF's table and the CSV's columns, and a named workshop's
   * per-person scores in the PDF (one rule for every export: workshop/individualAnswers.ts). False unless chosen.
   */
  includeIndividualAnswers: boolean;
}
