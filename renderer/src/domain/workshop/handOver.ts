import type { Respondent, Workshop } from '../model/types';
import { LIMITS } from '../model/limits';
import { cleanName, nameKey } from '../model/names';
import { addRespondent } from './workshop';

// Passing the laptop: once a person has answered and hidden their answers, the next person starts their own turn,
// and nobody gets back into anyone's answers from there. Only the facilitator opens a finished person's answers
// again, from the participant list, after a confirmation that names whose answers will show.

/** Someone who has given any answer has had their turn: their answers open again only through the facilitator. */
export const hasAnswers = (r: Respondent): boolean => Object.keys(r.answers).length > 0;

/** Who may start from the hand-over screen: added on this laptop (not from a file) and with no answer yet. */
export const waitingToAnswer = (w: Workshop): Respondent[] => w.respondents.filter((r) => !r.fileFingerprint && !hasAnswers(r));

/** The next turn: who answers (maybe just added), or why nobody can start from here. */
export type NextTurn = { kind: 'start'; workshop: Workshop; respondentId: string } | { kind: 'alreadyAnswered' } | { kind: 'full' };

const start = (workshop: Workshop, respondentId: string): NextTurn => ({ kind: 'start', workshop, respondentId });

/**
 * The next person's turn. In a named workshop, by the name they type: a waiting participant of that name answers,
 * a name that has already answered is refused (to change your answers you ask the facilitator), and a new name
 * is added. With no name (or in an anonymous workshop), the first waiting participant without a name answers, or a
 * new one is added. `newId` is the id a newly added participant gets.
 */
export function nextTurn(w: Workshop, typedName: string, newId: string): NextTurn {
  const name = w.anonymous ? '' : cleanName(typedName);
  const waiting = waitingToAnswer(w);
  if (name) {
    const sameName = w.respondents.filter((r) => nameKey(r.name) === nameKey(name));
    const waitingOne = sameName.find((r) => waiting.includes(r));
    if (waitingOne) return start(w, waitingOne.id);
    if (sameName.length > 0) return { kind: 'alreadyAnswered' };
  } else {
    const unnamed = waiting.find((r) => w.anonymous || !r.name.trim());
    if (unnamed) return start(w, unnamed.id);
  }
  if (w.respondents.length >= LIMITS.respondents) return { kind: 'full' };
  return start(addRespondent(w, newId, name), newId);
}
