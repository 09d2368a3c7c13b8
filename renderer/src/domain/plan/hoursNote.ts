/**
 * The plan page's hours line (docs/scoring-and-plan.md, "Hours"): what the first 30 days ask in one-off work and new
 * routines, then the week it rests on (the hours given or assumed, what the channels take, what the plan uses).
 */
import type { Plan } from './plan';
import { fitsThrough, workOf } from './hours';
import type { Translate } from './translate';
import { LOCALE_TAG, type Language } from '../model/types';
import { oneOffAmountText, weeklyAmountText } from './workText';

/** Minutes as the line says them: whole or half hours from an hour up, five-minute steps below. */
function roundedMinutes(minutes: number): number {
  return minutes >= 60 ? Math.round(minutes / 30) * 30 : Math.max(5, Math.round(minutes / 5) * 5);
}

export function hoursNotes(plan: Plan, t: Translate, lng: Language): string[] {
  const { hoursPerWeek, assumed, channelMinutes, planMinutes, planMinutesFirstMonth, byHorizon } = plan.hours;
  const minutes = (m: number): string => weeklyAmountText(roundedMinutes(m), t, lng);
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
  // The channels and the plan together over the week: posting gives way for a while, and the line says so.
  const tight = channelMinutes + planMinutes > hoursPerWeek * 60;
  const split =
    channelMinutes === 0
      ? t('common:plan.hours.splitAll')
      : tight
        ? t('common:plan.hours.splitTight', {
            channels: minutes(channelMinutes),
            planFirst: minutes(planMinutesFirstMonth),
            plan: minutes(planMinutes),
          })
        : roundedMinutes(planMinutesFirstMonth) === roundedMinutes(planMinutes)
          ? t('common:plan.hours.splitSame', { channels: minutes(channelMinutes), plan: minutes(planMinutes) })
          : t('common:plan.hours.split', {
              channels: minutes(channelMinutes),
              planFirst: minutes(planMinutesFirstMonth),
              plan: minutes(planMinutes),
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
