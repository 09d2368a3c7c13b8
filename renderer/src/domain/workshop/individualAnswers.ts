/**
 * What of each person may leave the app, and in what order (issue 16): the one rule every export follows (the PDF
 * report, the answers CSV, and the Word plan should it ever list people).
 *
 * The rule: a person's own answers (and, in a named workshop, their own scores) leave the app only when the
 * facilitator ticked "include each participant's answers" (`includeIndividualAnswers`); in an anonymous workshop only
 * from three people, as on screen. Anonymous columns are never the numbers the workshop screen uses to pass the
 * laptop ("Deltaker 3" is the third person who sat down): they are letters, "Person A", "Person B", in an order that
 * carries nothing about who answered when (`neutralOrder`).
 */
import type { Answer, Assessment, Respondent, Workshop } from '../model/types';
import { hash53 } from '../model/hash';
import { MIN_ANONYMOUS_BREAKDOWN, respondentBreakdown, respondentLabel, type RespondentBreakdown, type RespondentLabel } from './workshop';

/** How an exported column names its person: by name (or number) in a named workshop, by a letter in an anonymous one. */
export type ExportLabel = RespondentLabel | { kind: 'letter'; letter: string };

/** One person's column in an export. */
export interface ExportedPerson {
  label: ExportLabel;
  answers: Record<string, Answer>;
}

/**
 * The respondents in an order that says nothing about when each joined: by a hash of their id. The id is random and
 * made by the app for this workshop (see `Respondent.id`), never shown and never exported, so the order is a shuffle
 * made once per workshop that needs nothing stored beside it: it is the same on every screen and in every export,
 * after a restart, and when someone joins later (the newcomer takes a place somewhere, the others keep theirs).
 */
export function neutralOrder(w: Workshop): Respondent[] {
  const key = new Map(w.respondents.map((r) => [r.id, hash53(`some-kompass/order/${r.id}`)]));
  return [...w.respondents].sort((a, b) => key.get(a.id)! - key.get(b.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "A" to "Z", then "AA", "AB" … (a workshop holds at most `LIMITS.respondents` people). */
export function personLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : personLetter(Math.floor(index / 26) - 1) + letter;
}

/** The facilitator chose to let each person's answers leave the app, and there are enough people to allow it. */
export function individualAnswersLeave(w: Workshop): boolean {
  return w.includeIndividualAnswers && (!w.anonymous || w.respondents.length >= MIN_ANONYMOUS_BREAKDOWN);
}

/**
 * Each person's answers as every export carries them, or nothing at all. Named: in the order they were added, by
 * name. Anonymous: in the neutral order, by letter.
 */
export function exportedPeople(w: Workshop): ExportedPerson[] {
  if (!individualAnswersLeave(w)) return [];
  if (!w.anonymous) return w.respondents.map((r) => ({ label: respondentLabel(w, r.id), answers: r.answers }));
  return neutralOrder(w).map((r, i) => ({ label: { kind: 'letter', letter: personLetter(i) }, answers: r.answers }));
}

/**
 * Each person's area scores as the exports may carry them. Anonymous: each area's scores from lowest to highest with
 * no label (as on screen: no order at all, and no one can be followed from area to area). Named: one column per
 * person, and only when the facilitator chose to include each person's answers (a score sums up one's answers).
 */
export function exportedBreakdown(a: Assessment): RespondentBreakdown {
  const breakdown = respondentBreakdown(a);
  return breakdown.kind === 'named' && !a.workshop?.includeIndividualAnswers ? { kind: 'hidden' } : breakdown;
}
