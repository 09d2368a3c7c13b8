/**
 * The plan page's hours line (docs/scoring-and-plan.md, "Hours"): what the first 30 days ask in one-off work and new
 * routines, then the week it rests on (the hours given or assumed, what the channels take, what the plan uses).
 */
import type { Plan } from './plan';
import { fitsThrough, workOf } from './hours';
import type { Translate } from './translate';
import { LOCALE_TAG, type Language } from '../model/types';
import { oneOffAmountText, weeklyAmountText } from './workText';

const QUARTER = 15;

/**
 * A time in the week as the line says it: "10 minutter", "1,5 timer", "2 timer og 15 minutter".
 * The figures a reader can check (the week, what the channels take, what is left) must add up, so the caller rounds.
 */
function durationText(minutes: number, t: Translate, lng: Language): string {
  // Under the hour in five-minute steps (a routine of 10 minutes stays 10), on quarter hours above.
  const step = minutes < 60 ? 5 : QUARTER;
  const quarters = Math.max(1, Math.round(minutes / step)) * step;
  const rest = quarters % 60;
  if (quarters < 60 || rest === 30 || rest === 0) return weeklyAmountText(quarters, t, lng);
  const hours = (quarters - rest) / 60;
  return t('common:plan.hours.hoursAndMinutes', {
    hours: t('common:planWork.hours', { count: hours, value: new Intl.NumberFormat(LOCALE_TAG[lng]).format(hours) }),
    minutes: t('common:planWork.minutes', { count: rest, value: String(rest) }),
  });
}

export function hoursNotes(plan: Plan, t: Translate, lng: Language): string[] {
  const { hoursPerWeek, assumed, channelMinutes, planMinutes, planMinutesFirstMonth, byHorizon } = plan.hours;
  const minutes = (m: number): string => durationText(m, t, lng);
  const notes: string[] = [];
  const first = byHorizon.first30;
  if (first.oneOffHours > 0 || first.weeklyMinutes > 0) {
    // Half hours: "ca. 5 timer" reads as the estimate it is.
    const half = Math.max(0.5, Math.round(first.oneOffHours * 2) / 2);
    const oneOff = oneOffAmountText([half, half], t, lng);
    notes.push(
      first.weeklyMinutes > 0
        ? t('common:plan.hours.first30', { oneOff, routine: minutes(first.weeklyMinutes) })
        : t('common:plan.hours.first30NoRoutine', { oneOff }),
    );
  }
  // The week in hours, as the company gave it ("0,5 timer", "1 time").
  const week = t('common:planWork.hours', { count: hoursPerWeek, value: new Intl.NumberFormat(LOCALE_TAG[lng]).format(hoursPerWeek) });
  // What the channels take, on quarter hours; what is left is said so that the two add up to the week. When the plan's
  // share is more than what is left (the first month always takes three quarters), posting must give way, and the
  // line says so with the plan's own figures, rounded down so it never promises more than there is.
  const week60 = hoursPerWeek * 60;
  const channels = Math.round(channelMinutes / QUARTER) * QUARTER;
  const down = (m: number): number => Math.max(QUARTER, Math.floor(m / QUARTER) * QUARTER);
  const tightFirstMonth = channelMinutes + planMinutesFirstMonth > week60 + 1e-9;
  const tight = channelMinutes + planMinutes > week60 + 1e-9;
  const left = minutes(Math.max(QUARTER, week60 - channels));
  const split =
    channelMinutes === 0
      ? t('common:plan.hours.splitAll')
      : week60 === 0
        ? t('common:plan.hours.splitNone', { channels: minutes(channels) })
        : !tightFirstMonth
          ? t('common:plan.hours.splitSame', { channels: minutes(channels), plan: left })
          : !tight
            ? t('common:plan.hours.splitFirstMonth', {
                channels: minutes(channels),
                plan: left,
                planFirst: minutes(down(planMinutesFirstMonth)),
              })
            : down(planMinutesFirstMonth) === down(planMinutes)
              ? t('common:plan.hours.splitTightSame', { channels: minutes(channels), plan: minutes(down(planMinutes)) })
              : t('common:plan.hours.splitTight', {
                  channels: minutes(channels),
                  planFirst: minutes(down(planMinutesFirstMonth)),
                  plan: minutes(down(planMinutes)),
                });
  notes.push(`${t(assumed ? 'common:plan.hours.assumed' : 'common:plan.hours.given', { hours: week })} ${split}`);
  // Sector rules and the user's own moves come whatever the hours: say so when they take the plan over them.
  const onePerson = plan.active.some((p) => p.onePerson);
  const works = plan.active.map((p) => workOf(p.action, onePerson));
  const firstWorks = plan.active.filter((p) => p.horizon === 'first30').map((p) => workOf(p.action, onePerson));
  if (
    plan.active.length > 1 &&
    (!fitsThrough(plan.hours, works, 'months3to6') || (firstWorks.length > 1 && !fitsThrough(plan.hours, firstWorks, 'first30')))
  )
    notes.push(t('common:plan.hours.over'));
  return notes;
}
