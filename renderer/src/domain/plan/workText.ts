/**
 * The work an action takes, in one line a reader can plan by: "Engangsarbeid: 1–2 timer · Ny rutine: i snitt 15
 * minutter i uka" (an average: a monthly or yearly routine is spread over the weeks). The one text of it, shared by
 * the plan screen and every export (PDF, Word, CSV), so they all say the same.
 * Numbers as the language writes them ("0,5"), an en dash in ranges, and the unit's singular or plural chosen by
 * the language's plural rules for the upper end ("1 time", "1–2 timer"; "1 timme", "1–2 timmar").
 */
import type { ActionWork, HoursRange, Language } from '../model/types';
import { LOCALE_TAG } from '../model/types';
import type { Translate } from './translate';
import type { PlannedAction } from './plan';
import { workOf } from './hours';

/** Between the one-off part and the routine, as the card's other meta line joins its parts. */
const PARTS_JOINED_BY = ' · ';
/** Between the ends of a range: an en dash, no spaces (Språkrådet, Språkrådet i Sverige). */
const RANGE_DASH = '–';
const MINUTES_PER_HOUR = 60;
/** The longest one-off work still given in minutes, when it starts under the hour. */
const MINUTES_UP_TO_HOURS = 1.5;

function numberText(value: number, lng: Language): string {
  return new Intl.NumberFormat(LOCALE_TAG[lng], { maximumFractionDigits: 2 }).format(value);
}

/** "30–45 minutter", "1 time", "1,5–3 timer": `low` and `high` in the unit already, plural by the upper end. */
function amountText(unit: 'hours' | 'minutes', low: number, high: number, t: Translate, lng: Language): string {
  const value = low === high ? numberText(high, lng) : `${numberText(low, lng)}${RANGE_DASH}${numberText(high, lng)}`;
  return t(`common:planWork.${unit}`, { count: high, value });
}

/**
 * One-off work as a range: in minutes when it starts under the hour and ends by an hour and a half ("30–45
 * minutter", "45–90 minutter"), which reads better than "0,75–1,5 timer"; in hours otherwise ("1–2 timer").
 */
export function oneOffAmountText([low, high]: HoursRange, t: Translate, lng: Language): string {
  if (low < 1 && high <= MINUTES_UP_TO_HOURS)
    return amountText('minutes', Math.round(low * MINUTES_PER_HOUR), Math.round(high * MINUTES_PER_HOUR), t, lng);
  return amountText('hours', low, high, t, lng);
}

/** Minutes a week: whole and half hours from an hour up ("1 time", "1,5 timer"), minutes otherwise ("45 minutter"). */
export function weeklyAmountText(minutes: number, t: Translate, lng: Language): string {
  const inHours = minutes >= MINUTES_PER_HOUR && minutes % (MINUTES_PER_HOUR / 2) === 0;
  return inHours
    ? amountText('hours', minutes / MINUTES_PER_HOUR, minutes / MINUTES_PER_HOUR, t, lng)
    : amountText('minutes', minutes, minutes, t, lng);
}

/**
 * The parts of the line: the one-off work, then the routine it adds; none when there is neither. The exports' narrow
 * table cells give each part a line of its own, so a cell never breaks at the "·".
 */
export function workParts(work: ActionWork, t: Translate, lng: Language): string[] {
  const parts: string[] = [];
  if (work.oneOffHours[1] > 0) parts.push(t('common:planWork.oneOff', { amount: oneOffAmountText(work.oneOffHours, t, lng) }));
  if (work.weeklyMinutes > 0) parts.push(t('common:planWork.routine', { amount: weeklyAmountText(work.weeklyMinutes, t, lng) }));
  return parts;
}

/** The line for a given amount of work; empty when there is neither one-off work nor a routine. */
export function workText(work: ActionWork, t: Translate, lng: Language): string {
  return workParts(work, t, lng).join(PARTS_JOINED_BY);
}

/** The work of a planned action, with the one-person figures when the company is one person (plan/hours.ts). */
const plannedWork = (planned: PlannedAction): ActionWork => workOf(planned.action, planned.onePerson ?? false);

export function plannedWorkText(planned: PlannedAction, t: Translate, lng: Language): string {
  return workText(plannedWork(planned), t, lng);
}

export function plannedWorkParts(planned: PlannedAction, t: Translate, lng: Language): string[] {
  return workParts(plannedWork(planned), t, lng);
}
