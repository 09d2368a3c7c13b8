/**
 * The action plan: what an experienced consultant would hand the company. Short and sized to the hours it has,
 * in the order to do it, and true to its profile (docs/scoring-and-plan.md). Pure and deterministic: the same
 * assessment always gives the same plan; the user's edits and moves are looked up by action id, so they survive
 * any regeneration.
 */
import type { ActionDef, ActionEdit, Assessment, Goal, ModuleId, Profile } from '../model/types';
import { BAND_TOP } from '../rounds/rounds';
import { MODULE_IDS } from '../model/types';
import { ACTIONS, ACTIONS_BY_ID, QUESTIONS_BY_ID, familyOf } from '../bank';
import { scoreAssessment, type AssessmentResult } from '../scoring/scoring';
import {
  FEW_HOURS,
  firedProfileRules,
  hasYoungAudience,
  profileMatches,
  socialChannelsOf,
  type ProfileRuleId,
} from '../model/profileRules';
import { breaksSectorRules, sectorGroupOf, withSectorSteps, type SectorIndustry } from '../model/sectors';
import { channelFactsFor, type AudienceFigures, type ChannelAdvice } from './channelFit';
import { GOAL_ACTIONS, goalsServed, isFoundation } from './goals';
import { OUTCOME_MET_WEIGHT, processWithOutcomeMet } from './outcomes';
import {
  ASSUMED_HOURS_PER_WEEK,
  FIND_OUT_WORK,
  fitsThrough,
  sumWork,
  weeklyHoursOf,
  workOf,
  type PlanHorizon,
  type WeeklyHours,
} from './hours';

export const HORIZONS = ['first30', 'days30to90', 'months3to6'] as const;
export type Horizon = (typeof HORIZONS)[number];
/** Where an action stands: in one of the horizons of the active plan, or on the "Later" list. */
export type PlanSlot = Horizon | 'later';

/**
 * The most cards a plan shows, whatever the hours: in the first 30 days, and in the active plan as a whole. The hours
 * decide the size (plan/hours.ts); these keep a plan with many hours a plan, not a to-do list.
 */
export interface PlanCapacity {
  first30: number;
  active: number;
}

/**
 * The most cards by the hours a week (docs/scoring-and-plan.md): under 3 h: 4 and 8; 3-9 h: 5 and 10; 10 h or more: 5 and
 * 12; not given: as for the hours the plan assumes (plan/hours.ts).
 */
export function capacityFor(hoursPerWeek: number | null): PlanCapacity {
  const hours = hoursPerWeek ?? ASSUMED_HOURS_PER_WEEK;
  if (hours >= 10) return { first30: 5, active: 12 };
  if (hours >= FEW_HOURS) return { first30: 5, active: 10 };
  return { first30: 4, active: 8 };
}

/** Profile rules carry the weight of an important question with the whole gap open. */
export const PROFILE_RULE_WEIGHT = 2;
/** A module this many points below every other module is the weakest area, and leads the first 30 days. */
export const WEAKEST_AREA_MARGIN = 15;
/** How many first-30-days actions the weakest area gets at least. */
export const WEAKEST_AREA_FIRST_30 = 2;
/** The most of the active plan one area takes while other areas have actions waiting: a plan, not a to-do list. */
export const MAX_SHARE_PER_AREA = 0.5;
/** Upkeep actions for a company that is strong everywhere: one to three. */
export const MAX_MAINTENANCE = 3;
/** A "find out" action: quick to do, and the plan is better for it. */
const FIND_OUT = { impact: 2, effort: 1 } as const;
const FIND_OUT_PREFIX = 'findOut-';
/** Maintenance actions rank below every action that closes a gap. */
const MAINTENANCE_PRIORITY = 0.5;

/** Why an action is in the plan. */
export type PlanReason =
  | { kind: 'question'; questionId: string; points: number }
  | { kind: 'dontKnow'; questionId: string }
  | { kind: 'rule'; ruleId: ProfileRuleId };

/** What makes an action belong where it stands now, beside its reasons; shown as one line. */
export type WhyNowTag =
  /** Its area is the weakest by a clear margin. */
  | 'weakestArea'
  /** High impact for little work. */
  | 'quickWin'
  /** A quick win that leads whenever its area is weak (an auto-reply when responsiveness is weak). */
  | 'leadsWhenWeak'
  /** Another planned action builds on it. */
  | 'prerequisite'
  /** Upkeep for a company that is strong everywhere. */
  | 'maintenance'
  /** The user moved it into the plan. */
  | 'movedByUser'
  /** The user moved it to the "Later" list. */
  | 'movedLaterByUser'
  /** A quick win placed in a later horizon so the company is not given too much at once. */
  | 'paced'
  /** What a one-person business does instead of a team action (a deputy, a rota). */
  | 'forOnePerson'
  /** A small firm's one decision in place of several cards (an owner, a reply-time target, monthly figures). */
  | 'forSmallFirm'
  /** A sector rule (model/sectors.ts): leads the first 30 days, since it applies from the first post and reply. */
  | 'sectorRule'
  /** The steps are the sector's own (model/sectors.ts): confidentiality, or a public body's records. */
  | 'forSector'
  /** A foundation the rest stands on (plan/goals.ts): safe accounts, a profile that leads somewhere, the map. */
  | 'foundation'
  /** It serves one or more of the goals the company ticked (`PlannedAction.goals`). */
  | 'servesGoal';

export interface WhyNow {
  /** The reason that weighs most (the biggest gap, or the profile rule); null for maintenance. */
  lead: PlanReason | null;
  tags: WhyNowTag[];
  /** For `prerequisite`: the planned action that builds on this one. */
  prerequisiteFor?: string;
}

export interface PlannedAction {
  action: ActionDef;
  /** `findOut` actions have generic texts about the questions the user answered "don't know" to. */
  kind: 'improve' | 'findOut' | 'maintenance';
  /** For findOut: the questions to find out about, most important first. */
  questionIds?: string[];
  /** weight x gap x impact / effort, the highest over its reasons (and over its family's members). */
  priority: number;
  horizon: PlanSlot;
  /** Every reason, from every member of its family. */
  reasons: PlanReason[];
  whyNow: WhyNow;
  edit: ActionEdit;
  /** For a one-person business: the team action (id) this one stands in for. */
  insteadOf?: string;
  /** For "fewer channels": which channels to keep, and why. */
  channelAdvice?: ChannelAdvice;
  /** For actions that say where the audience is: the platform figures of the company's markets (channelFit.ts). */
  audience?: AudienceFigures;
  /** The company is one person: texts with a one-person version of their steps use it. */
  onePerson?: boolean;
  /** The goals of the company's profile this action serves (plan/goals.ts), in the order they were ticked. */
  goals?: Goal[];
  /** The steps are the sector's own (`a.<id>.sector.<group>`), and the sector's rules are among the sources. */
  sector?: SectorIndustry;
  /** The company the texts speak to (plan/explain.ts): "du" to one person, its own channels, its market's rules. */
  company?: PlanCompany;
}

/** What the plan's texts need to know of the company (plan/explain.ts). */
/** What the plan's texts read of the company (plan/companyText.ts): who it is, where, its channels, goals and sector. */
export type PlanCompany = Pick<Profile, 'size' | 'channels' | 'markets' | 'goals' | 'customerType' | 'industry'>;

/** Why an action was left out: it contradicts the profile. Kept for tests and for reading a plan's logic. */
export interface ExcludedAction {
  actionId: string;
  reason: keyof NonNullable<ActionDef['fits']>;
}

/** The plan's hours (plan/hours.ts): the company's week, and per horizon the one-off work and new routines it holds. */
export interface PlanHours extends WeeklyHours {
  byHorizon: Record<Horizon, { oneOffHours: number; weeklyMinutes: number }>;
}

export interface Plan {
  /** The active plan, by horizon, in the order to do it. */
  active: PlannedAction[];
  /** The rest, most important first: collapsed by default; the user can move each into the plan. */
  later: PlannedAction[];
  capacity: PlanCapacity;
  hours: PlanHours;
  /** The area at least 15 points below every other, if there is one. */
  weakestModule: ModuleId | null;
  /** Every area advanced: the plan holds upkeep rather than fixes. */
  allAdvanced: boolean;
  excluded: ExcludedAction[];
  /**
   * Goals the company ticked that no action in the active plan serves: `later` when an action for it waits on the
   * "Later" list (no room), `alreadyDone` when the answers show the company already does what the plan would suggest,
   * `noFit` when no action for it fits the profile (a one-person business does not recruit).
   */
  unservedGoals: Array<{ goal: Goal; why: 'later' | 'alreadyDone' | 'noFit' }>;
  /** The company the plan's notes speak to (plan/planNotes.ts). */
  company?: PlanCompany;
}

export const DEFAULT_EDIT: ActionEdit = { owner: '', due: '', status: 'notStarted', note: '' };

/** One "find out" action per area, citing every question in it that was answered "don't know". */
function findOutAction(module: ModuleId, questionIds: ReadonlyArray<string>): ActionDef {
  return {
    id: `${FIND_OUT_PREFIX}${module}`,
    module,
    ...FIND_OUT,
    work: FIND_OUT_WORK,
    sources: [...new Set(questionIds.flatMap((id) => QUESTIONS_BY_ID.get(id)?.sources ?? []))],
    triggers: { questions: questionIds.map((id) => ({ id, below: 1 })) },
  };
}

/** The first fit condition the profile contradicts, or null when the action fits. Empty fields never contradict. */
export function misfit(action: ActionDef, p: Profile): ExcludedAction['reason'] | null {
  const fits = action.fits;
  if (!fits) return null;
  const social = socialChannelsOf(p).length;
  if (fits.minSocialChannels !== undefined && p.channels.length > 0 && social < fits.minSocialChannels) return 'minSocialChannels';
  if (fits.needsTeam && profileMatches(p, 'onePerson')) return 'needsTeam';
  // One person or a small firm does it inside one reply routine, unless the card has the company's own sector steps
  // (a law firm's "no case details in messages" keeps its card).
  const sectorSteps = sectorGroupOf(p) !== null && (action.sectorVariants ?? []).includes(sectorGroupOf(p)!);
  if (fits.notForSmallFirms && (p.size === 'small' || p.size === 'solo') && !sectorSteps) return 'notForSmallFirms';
  // In a small firm the owner or manager filling in is the management: no one above to anchor goals with.
  if (fits.notWhenOwnerFillsIn && p.size === 'small' && p.filledInBy === 'ownerOrManager') return 'notWhenOwnerFillsIn';
  if (fits.minHoursPerWeek !== undefined && p.hoursPerWeek !== null && p.hoursPerWeek < fits.minHoursPerWeek) return 'minHoursPerWeek';
  if (fits.needsOwnedChannel && p.channels.length > 0 && !p.channels.includes('website') && !p.channels.includes('newsletter'))
    return 'needsOwnedChannel';
  if (fits.youngPlatform && p.customerType === 'b2b' && !hasYoungAudience(p)) return 'youngPlatform';
  if (breaksSectorRules(action, p)) return 'notForSectors';
  return null;
}

const moduleOrder = (m: ModuleId): number => MODULE_IDS.indexOf(m);
const isQuickWin = (a: ActionDef): boolean => a.effort === 1 && a.impact >= 2;

/** Highest priority first; ties broken by module order, then by id so the order is stable. */
function byRank(a: PlannedAction, b: PlannedAction): number {
  return b.priority - a.priority || moduleOrder(a.action.module) - moduleOrder(b.action.module) || a.action.id.localeCompare(b.action.id);
}

/** Within a horizon: quick wins first, then by rank. */
function byQuickWinThenRank(a: PlannedAction, b: PlannedAction): number {
  return Number(isQuickWin(b.action)) - Number(isQuickWin(a.action)) || byRank(a, b);
}

/**
 * The reason to lead with: a profile rule, else the action's own question (its first trigger that fired), else
 * the lowest score. A family member's reasons come after its own, so an action opens with what it is about.
 */
function leadReason(action: ActionDef, reasons: ReadonlyArray<PlanReason>): PlanReason | null {
  const rule = reasons.find((r) => r.kind === 'rule');
  if (rule) return rule;
  for (const trigger of action.triggers.questions ?? []) {
    const own = reasons.find((r) => r.kind !== 'rule' && r.questionId === trigger.id);
    if (own) return own;
  }
  const gap = (r: PlanReason): number => (r.kind === 'question' ? 100 - r.points : r.kind === 'dontKnow' ? 100 : 200);
  return reasons.reduce<PlanReason | null>((best, r) => (best === null || gap(r) > gap(best) ? r : best), null);
}

const sameReason = (a: PlanReason, b: PlanReason): boolean =>
  a.kind === b.kind &&
  (a.kind === 'rule' ? a.ruleId === (b as typeof a).ruleId : a.questionId === (b as { questionId: string }).questionId);

/**
 * Whether the company already does what the action asks: every question that triggers it is answered at or above
 * its threshold. Such an action is never added just to serve a goal (a hotel answering within the hour is not told to
 * publish its hours).
 */
export function alreadyDone(action: ActionDef, result: AssessmentResult): boolean {
  const triggers = action.triggers.questions ?? [];
  if (triggers.length === 0) return false;
  const points = new Map(result.modules.flatMap((m) => m.questions.map((q) => [q.question.id, q.points] as const)));
  return triggers.every((t) => (points.get(t.id) ?? -1) >= t.below);
}

/**
 * Whether the action is about something this company does at all: none of its questions was left out as not
 * applicable (no video advice for a company on LinkedIn alone, whatever its goals).
 */
export function appliesTo(action: ActionDef, result: AssessmentResult): boolean {
  const status = new Map(result.modules.flatMap((m) => m.questions.map((q) => [q.question.id, q.status] as const)));
  return (action.triggers.questions ?? []).every((t) => status.get(t.id) !== 'notApplicable');
}

/** The module that scores at least `WEAKEST_AREA_MARGIN` points below every other scored module. */
export function weakestModuleOf(result: AssessmentResult): ModuleId | null {
  const scored = result.modules.filter((m) => m.score !== null);
  if (scored.length < 2) return null;
  const lowest = [...scored].sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
  if (!lowest) return null;
  const clear = scored.every((m) => m === lowest || (m.score ?? 0) - (lowest.score ?? 0) >= WEAKEST_AREA_MARGIN);
  return clear ? lowest.module : null;
}

type Candidate = Omit<PlannedAction, 'horizon' | 'whyNow' | 'edit'>;

/** Every action the answers and the profile call for, before families, fit and capacity. */
function collectCandidates(assessment: Assessment, result: AssessmentResult): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const add = (action: ActionDef, priority: number, reason: PlanReason, extra: Partial<Candidate> = {}): void => {
    const existing = candidates.get(action.id);
    if (existing) {
      existing.priority = Math.max(existing.priority, priority);
      if (!existing.reasons.some((r) => sameReason(r, reason))) existing.reasons.push(reason);
    } else candidates.set(action.id, { action, kind: 'improve', priority, reasons: [reason], ...extra });
  };

  const pointsById = new Map<string, number>();
  for (const m of result.modules) {
    const dontKnow = m.questions.filter((r) => r.status === 'dontKnow').sort((a, b) => b.question.weight - a.question.weight);
    if (dontKnow.length > 0) {
      const questionIds = dontKnow.map((r) => r.question.id);
      const action = findOutAction(m.module, questionIds);
      const priority = ((dontKnow[0]?.question.weight ?? 1) * action.impact) / action.effort;
      candidates.set(action.id, {
        action,
        kind: 'findOut',
        questionIds,
        priority,
        reasons: questionIds.map((questionId) => ({ kind: 'dontKnow', questionId })),
      });
    }
    for (const r of m.questions) if (r.status === 'answered' && r.points !== null) pointsById.set(r.question.id, r.points);
  }

  const rules = new Set(firedProfileRules(assessment.profile));
  for (const action of ACTIONS) {
    for (const trigger of action.triggers.questions ?? []) {
      const points = pointsById.get(trigger.id);
      const question = QUESTIONS_BY_ID.get(trigger.id);
      if (points === undefined || !question || points >= trigger.below) continue;
      // Gap to the area's target where the user set one (issue 10): an area already at its target asks for
      // nothing more; without a target, the whole way to full marks counts (today's default, one band up, would
      // rank a weak area's basics below a strong area's details).
      const target = assessment.targets?.[question.module];
      const gap = Math.max(0, (target ? BAND_TOP[target] : 100) - points) / 100;
      if (gap === 0) continue;
      add(action, (question.weight * gap * action.impact) / action.effort, { kind: 'question', questionId: trigger.id, points });
    }
    for (const ruleId of action.triggers.rules ?? [])
      if (rules.has(ruleId)) add(action, (PROFILE_RULE_WEIGHT * action.impact) / action.effort, { kind: 'rule', ruleId });
  }
  return candidates;
}

/**
 * Drops what contradicts the profile (a one-person business gets the solo variant instead), then keeps one member
 * per family: the one a profile rule asked for if any, else the most urgent; it carries every member's reasons.
 */
function fitAndMerge(candidates: Map<string, Candidate>, profile: Profile, excluded: ExcludedAction[]): Candidate[] {
  const fitting = new Map<string, Candidate>();
  for (const c of candidates.values()) {
    const reason = misfit(c.action, profile);
    if (reason === null) {
      const existing = fitting.get(c.action.id);
      if (existing) existing.reasons.push(...c.reasons.filter((r) => !existing.reasons.some((e) => sameReason(e, r))));
      else fitting.set(c.action.id, { ...c, reasons: [...c.reasons] });
      continue;
    }
    excluded.push({ actionId: c.action.id, reason });
    // A one-person business does the solo variant; a small firm the one decision the action is part of there.
    const variantId =
      reason === 'needsTeam' || (reason === 'notForSmallFirms' && profile.size === 'solo')
        ? c.action.soloVariant
        : reason === 'notForSmallFirms'
          ? c.action.smallFirmVariant
          : undefined;
    const variant = variantId ? ACTIONS_BY_ID.get(variantId) : undefined;
    if (variant && misfit(variant, profile) === null) {
      const existing = fitting.get(variant.id);
      if (existing) {
        existing.priority = Math.max(existing.priority, (c.priority * variant.impact) / c.action.impact);
        existing.reasons.push(...c.reasons.filter((r) => !existing.reasons.some((e) => sameReason(e, r))));
      } else
        fitting.set(variant.id, {
          action: variant,
          kind: 'improve',
          priority: (c.priority * variant.impact * c.action.effort) / (c.action.impact * variant.effort),
          reasons: [...c.reasons],
          insteadOf: c.action.id,
        });
    }
  }

  const families = new Map<string, Candidate[]>();
  for (const c of fitting.values()) families.set(familyOf(c.action), [...(families.get(familyOf(c.action)) ?? []), c]);
  // The member tailored to the company wins: one a profile rule asked for, or the one-person variant.
  const hasRule = (c: Candidate): number => Number(c.insteadOf !== undefined || c.reasons.some((r) => r.kind === 'rule'));
  return [...families.values()].map((members) => {
    // Then the one that serves more of the company's own goals: a website, not "whichever is easiest", for traffic.
    const goalCount = (c: Candidate): number => goalsServed(c.action.id, profile).length;
    const [best, ...rest] = [...members].sort(
      (a, b) => hasRule(b) - hasRule(a) || goalCount(b) - goalCount(a) || b.priority - a.priority || a.action.id.localeCompare(b.action.id),
    ) as [Candidate, ...Candidate[]];
    const reasons = [...best.reasons];
    for (const m of rest) for (const r of m.reasons) if (!reasons.some((e) => sameReason(e, r))) reasons.push(r);
    return { ...best, priority: Math.max(...members.map((m) => m.priority)), reasons };
  });
}

/** The user's edit of an action, or of another member of its family (the member shown can change with the answers). */
function editFor(
  action: ActionDef,
  kind: Candidate['kind'],
  questionIds: ReadonlyArray<string>,
  edits: Assessment['planEdits'],
): ActionEdit {
  const own = edits[action.id];
  if (own) return { ...DEFAULT_EDIT, ...own };
  const family = familyOf(action);
  const related =
    kind === 'findOut'
      ? questionIds.map((id) => `${FIND_OUT_PREFIX}${id}`) // find-out actions were per question before bank 2
      : ACTIONS.filter((a) => a.id !== action.id && familyOf(a) === family).map((a) => a.id);
  const found = related.map((id) => edits[id]).find((e) => e !== undefined);
  return { ...DEFAULT_EDIT, ...found };
}

/**
 * Builds the plan from an assessment: candidates from the answers and the profile, those that fit the profile, one
 * per family; then the active plan within the company's capacity (the user's moves first, then quick wins that lead
 * when their area is weak, then two for the weakest area, then by priority, never before what they build on), and
 * the rest on the "Later" list.
 */
export function generatePlan(assessment: Assessment, result: AssessmentResult = scoreAssessment(assessment)): Plan {
  const profile = assessment.profile;
  const capacity = capacityFor(profile.hoursPerWeek);
  const week = weeklyHoursOf(profile);
  const onePerson = profileMatches(profile, 'onePerson');
  /** Whether a set of planned actions fits the plan's hours through a horizon (docs/scoring-and-plan.md, "Hours"). */
  const fitsHours = (set: Iterable<PlannedAction>, through: PlanHorizon): boolean =>
    fitsThrough(
      week,
      [...set].map((p) => workOf(p.action, onePerson)),
      through,
    );
  const excluded: ExcludedAction[] = [];
  const candidates = fitAndMerge(collectCandidates(assessment, result), profile, excluded);
  // Outcomes before process (plan/outcomes.ts): good results make their routines wait behind what still needs fixing.
  const outcomeMet = processWithOutcomeMet(result);
  for (const c of candidates) if (outcomeMet.has(c.action.id)) c.priority *= OUTCOME_MET_WEIGHT;

  const allAdvanced = result.modules.every((m) => m.band === 'advanced');
  if (allAdvanced || (candidates.length === 0 && !result.preliminary)) {
    const present = new Set(candidates.map((c) => familyOf(c.action)));
    const upkeep = ACTIONS.filter((a) => a.maintenance && !present.has(familyOf(a)) && misfit(a, profile) === null);
    const count = Math.min(MAX_MAINTENANCE, profile.hoursPerWeek !== null && profile.hoursPerWeek < FEW_HOURS ? 2 : MAX_MAINTENANCE);
    for (const action of upkeep.slice(0, count))
      candidates.push({ action, kind: 'maintenance', priority: MAINTENANCE_PRIORITY, reasons: [] });
  }

  const toPlanned = (candidate: Candidate): PlannedAction => {
    // The sector's own steps first (model/sectors.ts), so what follows builds on the sector's version of the action.
    const c = { ...candidate, ...withSectorSteps(candidate.action, profile) };
    const goals = goalsServed(c.action.id, profile);
    return {
      ...c,
      horizon: 'later',
      whyNow: { lead: leadReason(c.action, c.reasons), tags: [] },
      edit: editFor(c.action, c.kind, c.questionIds ?? [], assessment.planEdits),
      // Channel actions carry the market's platform figures, and cite that market's sources (channelFit.ts).
      ...channelFactsFor(c.action, profile),
      ...(profileMatches(profile, 'onePerson') ? { onePerson: true } : {}),
      ...(goals.length > 0 ? { goals } : {}),
      company: profile,
    };
  };
  const all: PlannedAction[] = candidates.map(toPlanned).sort(byRank);

  const byFamily = new Map(all.map((p) => [familyOf(p.action), p]));
  const scoreOf = new Map(result.modules.map((m) => [m.module, m.score]));
  const weakestModule = weakestModuleOf(result);
  const movedOut = (p: PlannedAction): boolean => p.edit.placement === 'later';
  /** The planned actions `p` builds on (its `after` families that are candidates), not counting moved-out ones. */
  const depsOf = (p: PlannedAction): PlannedAction[] =>
    (p.action.after ?? []).map((f) => byFamily.get(f)).filter((d): d is PlannedAction => d !== undefined && d !== p && !movedOut(d));
  /** `p` and everything it builds on, transitively, deepest first. */
  const withDeps = (p: PlannedAction, seen = new Set<PlannedAction>()): PlannedAction[] => {
    if (seen.has(p)) return [];
    seen.add(p);
    return [...depsOf(p).flatMap((d) => withDeps(d, seen)), p];
  };

  // 1. The active plan: which actions, within the capacity.
  const active = new Set<PlannedAction>();
  /** Room in the active plan for `needed`: within the most cards and within the six months' hours. */
  const roomIn = (set: ReadonlySet<PlannedAction>, needed: ReadonlyArray<PlannedAction>, limit = capacity.active): boolean =>
    set.size + needed.length <= limit && fitsHours([...set, ...needed], 'months3to6');
  const roomFor = (needed: ReadonlyArray<PlannedAction>, limit = capacity.active): boolean => roomIn(active, needed, limit);
  /** Adds `p` and what it builds on; the user's own moves and sector rules come in whatever the hours. */
  const tryAdd = (p: PlannedAction, limit: number, checkHours = Number.isFinite(limit)): boolean => {
    const needed = withDeps(p).filter((x) => !active.has(x));
    if (needed.length === 0) return true;
    if (checkHours ? !roomFor(needed, limit) : active.size + needed.length > limit) return false;
    needed.forEach((x) => active.add(x));
    return true;
  };
  const serves = (p: PlannedAction, goal: Goal): boolean => goalsServed(p.action.id, profile).includes(goal);
  /**
   * Every goal the company ticked is served in the active plan: the best candidate serving it comes in (or, when no
   * answer called for one, the most direct action for that goal that fits the company), and when the plan is full,
   * the lowest-ranked action that nothing builds on and that serves no goal of the company's makes room.
   */
  function coverGoals(): void {
    for (const goal of profile.goals) {
      if ([...active].some((p) => serves(p, goal))) continue;
      // The best-ranked candidate that finds room; else the goal's own default, when no answer called for one.
      // First one that fits as the plan stands; only then one that takes something out.
      const options = all.filter((p) => !movedOut(p) && !active.has(p) && serves(p, goal));
      if (options.some((p) => tryAdd(p, capacity.active)) || options.some(makeRoomFor)) continue;
      const fallback = options.length === 0 ? goalFallback(goal) : undefined;
      if (fallback) makeRoomFor(fallback);
    }
  }
  /**
   * Brings `candidate` and what it builds on into the active plan, taking out what serves no goal (or only goals another
   * planned action serves too) when the plan is full; takes nothing out when that would still not make room.
   */
  function makeRoomFor(candidate: PlannedAction): boolean {
    const chain = withDeps(candidate);
    const needed = chain.filter((x) => !active.has(x));
    const removable = [...all].reverse().filter(
      (x) =>
        active.has(x) &&
        !chain.includes(x) &&
        x.edit.placement !== 'plan' &&
        x.action.guardrail !== true &&
        x.kind !== 'maintenance' &&
        !leading.includes(x) &&
        !foundations.includes(x) &&
        // The weakest area and what the company must find out first keep their place.
        x.action.module !== weakestModule &&
        x.kind !== 'findOut' &&
        ![...active].some((y) => depsOf(y).includes(x)),
    );
    const order = [...removable.filter((x) => goalsServed(x.action.id, profile).length === 0), ...removable];
    const kept = new Set(active);
    for (const x of order) {
      if (roomIn(kept, needed)) break;
      if (kept.has(x) && goalsServed(x.action.id, profile).every((g) => [...kept].some((y) => y !== x && serves(y, g)))) kept.delete(x);
    }
    if (!roomIn(kept, needed)) return false;
    [...active].filter((x) => !kept.has(x)).forEach((x) => active.delete(x));
    needed.forEach((x) => active.add(x));
    return true;
  }
  /** The most direct action for a goal that fits the company and is not in the plan's candidates at all. */
  function goalFallback(goal: Goal): PlannedAction | undefined {
    const action = GOAL_ACTIONS[goal]
      .map((id) => ACTIONS_BY_ID.get(id))
      .find(
        (a): a is ActionDef =>
          a !== undefined &&
          !a.maintenance &&
          // An action for a profile rule comes only with its rule; a goal's default is an action the answers can call for.
          (a.triggers.questions?.length ?? 0) > 0 &&
          !byFamily.has(familyOf(a)) &&
          // A family an active action builds on would come in after it, or wait under it in "Later".
          ![...active].some((x) => x.action.after?.includes(familyOf(a))) &&
          misfit(a, profile) === null &&
          appliesTo(a, result) &&
          !alreadyDone(a, result),
      );
    if (!action) return undefined;
    const planned = toPlanned({ action, kind: 'improve', priority: MAINTENANCE_PRIORITY, reasons: [] });
    all.push(planned);
    byFamily.set(familyOf(action), planned);
    // The user moved it to "Later" before: it stays there, and the goal waits for the user.
    return movedOut(planned) ? undefined : planned;
  }
  /** The company's first goal gets an action in the first 30 days, in place of the lowest-ranked one there. */
  function firstGoalInFirstMonth(): void {
    const goal = profile.goals[0];
    if (!goal || [...first].some((p) => serves(p, goal))) return;
    // Only a small action the answers or the profile called for: a goal's default never pushes out a real gap, and a new
    // channel is no first-month task for a company with an hour a week.
    const candidate = all.find((p) => active.has(p) && !first.has(p) && serves(p, goal) && p.action.effort === 1 && p.reasons.length > 0);
    if (!candidate || tryFirst(candidate)) return;
    const out = [...all]
      .reverse()
      .find(
        (x) =>
          first.has(x) &&
          x.edit.placement !== 'plan' &&
          x.action.guardrail !== true &&
          !foundations.includes(x) &&
          x.action.module !== weakestModule &&
          ![...first].some((y) => depsOf(y).includes(x)),
      );
    if (!out) return;
    first.delete(out);
    if (!tryFirst(candidate)) first.add(out);
  }
  /** Why a goal the company ticked has no card in the active plan (see `Plan.unservedGoals`). */
  function unservedBecause(goal: Goal): 'later' | 'alreadyDone' | 'noFit' {
    if (all.some((p) => !active.has(p) && serves(p, goal))) return 'later';
    const fitting = GOAL_ACTIONS[goal]
      .map((id) => ACTIONS_BY_ID.get(id))
      .filter((a): a is ActionDef => a !== undefined && misfit(a, profile) === null);
    return fitting.some((a) => appliesTo(a, result) && alreadyDone(a, result)) ? 'alreadyDone' : 'noFit';
  }
  // An action the user moved into the plan stays there, even when today's answers no longer call for it (a goal's
  // default from an earlier plan): nothing the user chose is dropped.
  for (const [id, edit] of Object.entries(assessment.planEdits)) {
    const action = ACTIONS_BY_ID.get(id);
    if (edit.placement !== 'plan' || !action || byFamily.has(familyOf(action)) || misfit(action, profile) !== null) continue;
    const planned = toPlanned({
      action,
      kind: action.maintenance ? 'maintenance' : 'improve',
      priority: MAINTENANCE_PRIORITY,
      reasons: [],
    });
    all.push(planned);
    byFamily.set(familyOf(action), planned);
  }
  const movedIn = all.filter((p) => p.edit.placement === 'plan');
  movedIn.forEach((p) => tryAdd(p, Number.POSITIVE_INFINITY));
  const leading = all.filter(
    (p) =>
      !movedOut(p) && p.action.leadsWhenModuleBelow !== undefined && (scoreOf.get(p.action.module) ?? 100) < p.action.leadsWhenModuleBelow,
  );
  // Sector rules (model/sectors.ts) lead whenever they are planned: they apply from the first post and reply.
  leading.unshift(...all.filter((p) => !movedOut(p) && p.action.guardrail === true));
  leading.forEach((p) => tryAdd(p, capacity.active, p.action.guardrail !== true));
  // Foundations the rest stands on (plan/goals.ts) come in before any improvement.
  const foundations = all.filter((p) => !movedOut(p) && isFoundation(p.action, profile));
  foundations.forEach((p) => tryAdd(p, capacity.active));
  // A plan holds something even when the channels take every hour: its first foundation, whatever the hours.
  if (active.size === 0) foundations.find((p) => p.action.effort < 3 && tryAdd(p, capacity.active, false));
  // A company strong everywhere keeps at least one upkeep routine, whatever its profile adds and whatever the hours.
  all
    .filter((p) => p.kind === 'maintenance' && !movedOut(p))
    .slice(0, 1)
    .forEach((p) => tryAdd(p, capacity.active, false));
  const weakest = weakestModule
    ? all.filter((p) => p.action.module === weakestModule && !movedOut(p) && p.action.effort < 3 && !outcomeMet.has(p.action.id))
    : [];
  weakest.slice(0, WEAKEST_AREA_FIRST_30).forEach((p) => tryAdd(p, capacity.active));
  // Balance: no area takes more than half the plan while other areas have actions waiting; then fill what is left.
  const perModule = Math.ceil(capacity.active * MAX_SHARE_PER_AREA);
  const inModule = (m: ModuleId): number => [...active].filter((x) => x.action.module === m).length;
  for (const p of all) if (!movedOut(p) && inModule(p.action.module) < perModule) tryAdd(p, capacity.active);
  all.filter((p) => !movedOut(p)).forEach((p) => tryAdd(p, capacity.active));
  coverGoals();
  // A plan holds something even when the channels take every hour: the top small action, whatever the hours.
  if (active.size === 0) all.find((p) => !movedOut(p) && p.action.effort < 3 && tryAdd(p, capacity.active, false));

  // 2. The first 30 days: leading quick wins, two for the weakest area, then quick wins, then other small actions.
  const first = new Set<PlannedAction>();
  // Upkeep is spread over the horizons: the first in the first month, the next later (a rhythm, not a rush).
  const upkeepIndex = new Map(all.filter((p) => p.kind === 'maintenance').map((p, i) => [p, i]));
  /** Adds `p` and what it builds on to the first month, within its cards and its hours (sector rules whatever the hours). */
  const tryFirst = (p: PlannedAction, checkHours = true): boolean => {
    if (first.has(p)) return true;
    if ((upkeepIndex.get(p) ?? 0) > 0) return false;
    const needed = withDeps(p).filter((x) => active.has(x) && !first.has(x));
    // One sector rule comes on top of the month's cards (a rule to follow, not a task that crowds out the company's
    // own); a public body's second and third rule count as cards, so its first month stays a month's work.
    const month = [...first, ...needed];
    const rules = month.filter((x) => x.action.guardrail === true).length;
    const cards = month.length - Math.min(1, rules);
    if (needed.some((x) => x.action.effort === 3) || cards > capacity.first30) return false;
    if (checkHours && !fitsHours([...first, ...needed], 'first30')) return false;
    // Nothing in the first month pushes a small foundation that did not fit it beyond 90 days (a builder's map listing).
    const waiting = foundations.filter(
      (f) =>
        active.has(f) &&
        !first.has(f) &&
        !needed.includes(f) &&
        f.action.effort === 1 &&
        fitsHours([...first, ...withDeps(f)], 'days30to90'),
    );
    if (checkHours && waiting.length > 0 && !needed.every((x) => foundations.includes(x)))
      if (!fitsHours([...first, ...needed, ...waiting], 'days30to90')) return false;
    needed.forEach((x) => first.add(x));
    return true;
  };
  const activeRanked = all.filter((p) => active.has(p));
  // Sector rules, then foundations, lead the month.
  leading.filter((p) => active.has(p) && p.action.guardrail === true).forEach((p) => tryFirst(p, false));
  // Foundations before anything else (a local bakery's map listing is its biggest lever); one place kept for the
  // company's biggest gap or its weakest area.
  const foundationRoom = Math.max(1, capacity.first30 - 1);
  // The hours too: a foundation beyond the first comes only if the gap's first small action still fits beside it.
  const gapFirst = [...leading, ...weakest, ...activeRanked].find(
    (p) => active.has(p) && !foundations.includes(p) && p.action.guardrail !== true && p.action.effort < 3 && depsOf(p).length === 0,
  );
  foundations
    .filter((p) => active.has(p) && p.action.effort < 3)
    .slice(0, foundationRoom)
    .forEach((p, index) => {
      if (index === 0 || !gapFirst || fitsHours([...first, ...withDeps(p), gapFirst], 'first30')) tryFirst(p);
    });
  leading.filter((p) => active.has(p)).forEach((p) => tryFirst(p));
  let reserved = 0;
  for (const p of weakest) if (reserved < WEAKEST_AREA_FIRST_30 && active.has(p) && tryFirst(p)) reserved++;
  activeRanked.filter((p) => isQuickWin(p.action)).forEach((p) => tryFirst(p));
  firstGoalInFirstMonth();
  activeRanked.forEach((p) => tryFirst(p));
  // The first month always holds one thing to do, even when its hours are spoken for: the top small action.
  if (first.size === 0)
    [...foundations, ...activeRanked].find((p) => active.has(p) && p.action.effort < 3 && depsOf(p).length === 0 && tryFirst(p, false));

  // 3. The rest of the active plan: 30-90 days for as many as the first month holds, then 3-6 months; big projects
  // (effort 3) in 3-6 months; never before an action they build on.
  const horizonOf = new Map<PlannedAction, Horizon>([...first].map((p) => [p, 'first30']));
  let middle = 0;
  /** Room in 30-90 days: its cards, and the first three months' hours together (time left in the first month carries on). */
  const middleFits = (p: PlannedAction, soon: boolean): boolean =>
    (soon || middle < capacity.first30) &&
    fitsHours(
      [...horizonOf]
        .filter(([, h]) => h !== 'months3to6')
        .map(([x]) => x)
        .concat(p),
      'days30to90',
    );
  const place = (p: PlannedAction): void => {
    if (horizonOf.has(p)) return;
    depsOf(p)
      .filter((d) => active.has(d))
      .forEach(place);
    const floor = Math.max(
      0,
      ...depsOf(p)
        .filter((d) => active.has(d))
        .map((d) => HORIZONS.indexOf(horizonOf.get(d) ?? 'first30')),
    );
    const upkeep = upkeepIndex.get(p);
    // Not in the first month by now (it is full): the first upkeep action too goes to 30-90 days.
    // A foundation that did not fit the first month comes straight after it.
    const soon = isFoundation(p.action, profile) && p.action.effort < 3;
    const natural = upkeep !== undefined ? Math.min(2, Math.max(1, upkeep)) : p.action.effort === 3 || !middleFits(p, soon) ? 2 : 1;
    const horizon = HORIZONS[Math.max(floor, natural)] ?? 'months3to6';
    if (horizon === 'days30to90') middle++;
    horizonOf.set(p, horizon);
  };
  // Sector rules, foundations and quick wins that lead take 30-90 days' hours first, then the weakest area, then by rank.
  const placeFirst = (p: PlannedAction): number =>
    p.action.guardrail === true || foundations.includes(p) || leading.includes(p) ? 0 : p.action.module === weakestModule ? 1 : 2;
  [...activeRanked].sort((a, b) => placeFirst(a) - placeFirst(b)).forEach(place);

  // 4. Order within each horizon: leading quick wins, other quick wins, then by rank; always after what it builds on.
  const ordered: PlannedAction[] = [];
  const leadsFirst = (a: PlannedAction, b: PlannedAction): number =>
    Number(b.action.guardrail === true) - Number(a.action.guardrail === true) ||
    Number(foundations.includes(b)) - Number(foundations.includes(a)) ||
    Number(leading.includes(b)) - Number(leading.includes(a)) ||
    byQuickWinThenRank(a, b);
  for (const h of HORIZONS) {
    const pending = activeRanked.filter((p) => horizonOf.get(p) === h).sort(leadsFirst);
    while (pending.length > 0) {
      const index = pending.findIndex((p) => depsOf(p).every((d) => !pending.includes(d)));
      const [next] = pending.splice(Math.max(0, index), 1);
      if (next) ordered.push({ ...next, horizon: h });
    }
  }

  // 5. One line on why each action is where it is.
  // Tagged copies are new objects: compare by id.
  const leadingIds = new Set(leading.map((p) => p.action.id));
  const foundationIds = new Set(foundations.map((p) => p.action.id));
  const dependents = (p: PlannedAction): PlannedAction[] => activeRanked.filter((x) => depsOf(x).some((d) => d.action.id === p.action.id));
  const tagged = (p: PlannedAction, inPlan: boolean): PlannedAction => {
    const tags: WhyNowTag[] = [];
    if (p.kind === 'maintenance') tags.push('maintenance');
    if (inPlan && p.edit.placement === 'plan') tags.push('movedByUser');
    if (!inPlan && p.edit.placement === 'later') tags.push('movedLaterByUser');
    // "Done first" only where it is: a leading quick win the month's hours could not hold says why it matters instead.
    if (inPlan && leadingIds.has(p.action.id) && (p.action.guardrail || p.horizon === 'first30'))
      tags.push(p.action.guardrail ? 'sectorRule' : 'leadsWhenWeak');
    if (inPlan && foundationIds.has(p.action.id)) tags.push('foundation');
    if (p.goals && p.goals.length > 0) tags.push('servesGoal');
    if (p.action.module === weakestModule && p.kind !== 'maintenance') tags.push('weakestArea');
    if (inPlan && isQuickWin(p.action) && p.kind === 'improve') tags.push('quickWin');
    if (inPlan && p.horizon === 'months3to6' && p.action.effort === 1 && p.kind === 'improve' && p.edit.placement !== 'plan')
      tags.push('paced');
    if (p.insteadOf) tags.push(onePerson ? 'forOnePerson' : 'forSmallFirm');
    if (p.sector) tags.push('forSector');
    const builtOn = inPlan ? dependents(p)[0] : undefined;
    if (builtOn) tags.push('prerequisite');
    return { ...p, whyNow: { ...p.whyNow, tags, ...(builtOn ? { prerequisiteFor: builtOn.action.id } : {}) } };
  };

  const inHorizon = (h: Horizon): ReturnType<typeof sumWork> =>
    sumWork(ordered.filter((p) => p.horizon === h).map((p) => workOf(p.action, onePerson)));
  const hours: PlanHours = {
    ...week,
    byHorizon: { first30: inHorizon('first30'), days30to90: inHorizon('days30to90'), months3to6: inHorizon('months3to6') },
  };

  return {
    active: ordered.map((p) => tagged(p, true)),
    later: all.filter((p) => !active.has(p)).map((p) => tagged({ ...p, horizon: 'later' }, false)),
    capacity,
    hours,
    weakestModule,
    allAdvanced,
    excluded,
    unservedGoals: profile.goals.filter((g) => !ordered.some((p) => serves(p, g))).map((goal) => ({ goal, why: unservedBecause(goal) })),
    company: profile,
  };
}
