/**
 * The plan's hours (docs/scoring-and-plan.md, "Hours"): what the company has in a week, what its channels take
 * before the plan gets any of it, and what each horizon can hold of one-off work once the plan's new routines are
 * counted. Pure; the plan asks it whether an action still fits.
 */
import type { ActionDef, ActionWork, Channel, Profile } from '../model/types';
import { OWNED_CHANNELS } from '../model/types';

/** The hours a week the plan assumes when the company did not give them, said on the plan page. */
export const ASSUMED_HOURS_PER_WEEK = 3;
/**
 * What keeping a channel going takes at the least, in minutes a week: a post or two and the replies on a social
 * channel, a look at the website, a monthly newsletter. Estimates for a small business, not measurements.
 */
export const CHANNEL_MINUTES_PER_WEEK: Readonly<Record<'social' | 'website' | 'newsletter', number>> = {
  social: 45,
  website: 10,
  newsletter: 20,
};
/**
 * However busy the channels keep it, the plan gets at least half the week: for a small business the hours it gave are
 * mostly its posting and replies, and putting the foundations right is worth posting a little less for a while.
 */
export const MIN_PLAN_SHARE = 0.5;
/** In the first 30 days, three quarters: the foundations first, while posting runs at its lowest. */
export const MIN_PLAN_SHARE_FIRST_MONTH = 0.75;
/** The weeks in each horizon of the active plan: the first 30 days, 30-90 days, 3-6 months. */
export const HORIZON_WEEKS = { first30: 30 / 7, days30to90: 60 / 7, months3to6: 90 / 7 } as const;
/** What a "find out" action takes: ask the right person, look up the numbers, write them down. */
export const FIND_OUT_WORK: ActionWork = { oneOffHours: [0.5, 1], weeklyMinutes: 0 };

/** The company's week as the plan sees it. */
export interface WeeklyHours {
  /** The hours a week the company gave, or the assumed hours when it gave none. */
  hoursPerWeek: number;
  assumed: boolean;
  /** What its channels take before the plan: see `CHANNEL_MINUTES_PER_WEEK`. */
  channelMinutes: number;
  /** What is left for the plan after the first month, new routines and one-off work together. */
  planMinutes: number;
  /** What is left for the plan in the first 30 days: a bigger share while the foundations are laid. */
  planMinutesFirstMonth: number;
}

function channelMinutes(channels: ReadonlyArray<Channel>): number {
  return channels.reduce((sum, c) => {
    if (c === 'website' || c === 'newsletter') return sum + CHANNEL_MINUTES_PER_WEEK[c];
    return OWNED_CHANNELS.includes(c) ? sum : sum + CHANNEL_MINUTES_PER_WEEK.social;
  }, 0);
}

export function weeklyHoursOf(profile: Profile): WeeklyHours {
  const assumed = profile.hoursPerWeek === null;
  const hoursPerWeek = profile.hoursPerWeek ?? ASSUMED_HOURS_PER_WEEK;
  const week = hoursPerWeek * 60;
  const channels = channelMinutes(profile.channels);
  return {
    hoursPerWeek,
    assumed,
    channelMinutes: channels,
    planMinutes: Math.max(week - channels, week * MIN_PLAN_SHARE),
    planMinutesFirstMonth: Math.max(week - channels, week * MIN_PLAN_SHARE_FIRST_MONTH),
  };
}

/** The work an action takes for this company: the one-person figures where the action has them. */
export function workOf(action: ActionDef, onePerson: boolean): ActionWork {
  const work = action.work;
  return onePerson && work.onePerson ? { ...work, ...work.onePerson } : work;
}

/** The middle of the one-off range: what the budget counts, and what the plan page sums. */
export const oneOffHours = (work: ActionWork): number => (work.oneOffHours[0] + work.oneOffHours[1]) / 2;

export type PlanHorizon = keyof typeof HORIZON_WEEKS;
const HORIZON_ORDER: ReadonlyArray<PlanHorizon> = ['first30', 'days30to90', 'months3to6'];

/**
 * Whether a set of actions fits the plan from its start to the end of `through`: their one-off work within the minutes
 * left after their routines (counted as running all along), time not used in one horizon carrying into the next, and
 * the routines themselves within the plan's week.
 */
export function fitsThrough(week: WeeklyHours, works: ReadonlyArray<ActionWork>, through: PlanHorizon): boolean {
  const routineMinutes = works.reduce((sum, w) => sum + (w.fromChannelTime ? 0 : w.weeklyMinutes), 0);
  if (routineMinutes > week.planMinutes) return false;
  const horizons = HORIZON_ORDER.slice(0, HORIZON_ORDER.indexOf(through) + 1);
  const minutesLeft = horizons.reduce(
    (sum, h) => sum + ((h === 'first30' ? week.planMinutesFirstMonth : week.planMinutes) - routineMinutes) * HORIZON_WEEKS[h],
    0,
  );
  const oneOff = works.reduce((sum, w) => sum + oneOffHours(w), 0);
  return oneOff * 60 <= minutesLeft + 1e-9;
}

/** The one-off hours and weekly minutes of a set of actions, for the plan page's hours line. */
export function sumWork(works: ReadonlyArray<ActionWork>): { oneOffHours: number; weeklyMinutes: number } {
  return {
    oneOffHours: works.reduce((sum, w) => sum + oneOffHours(w), 0),
    weeklyMinutes: works.reduce((sum, w) => sum + w.weeklyMinutes, 0),
  };
}
