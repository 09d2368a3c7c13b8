/**
 * The projector view of a workshop (issue 9), as pure data: what is on the screen and what each key does. The
 * renderer draws it and main only carries it between windows, so both the facilitator's window and the presentation
 * window follow exactly these rules.
 */
import type { Answer, Assessment, QuestionDef } from '../model/types';
import { QUESTIONS } from '../bank';
import { notApplicableByProfile } from '../scoring/scoring';
import { changeWorkshop, isRevealed, reveal, setConsensus, teamAnswer } from './workshop';

/** One screen of the presentation: a question, the "to discuss" list, or the team's scores. */
export type Slide = { kind: 'question'; question: QuestionDef } | { kind: 'discuss' } | { kind: 'scores' };

/** Every question asked of this company, then "to discuss", then the scores: the arrow keys walk through them. */
export function presentationSlides(a: Pick<Assessment, 'profile'>): Slide[] {
  return [
    ...QUESTIONS.filter((q) => !notApplicableByProfile(q, a.profile)).map((question): Slide => ({ kind: 'question', question })),
    { kind: 'discuss' },
    { kind: 'scores' },
  ];
}

/** What a key press asks for. Anything else is ignored. */
export type PresentationCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'reveal' }
  /** A number key: the n-th answer (1-9) as the team's answer; 0 goes back to the median. */
  | { kind: 'answer'; number: number }
  | { kind: 'leave' };

/** The command of a key (`KeyboardEvent.key`): arrows, R, digits, Escape. */
export function commandOfKey(key: string): PresentationCommand | null {
  if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown' || key === ' ') return { kind: 'next' };
  if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp') return { kind: 'previous' };
  if (key === 'r' || key === 'R') return { kind: 'reveal' };
  if (key === 'Escape') return { kind: 'leave' };
  if (/^[0-9]$/.test(key)) return { kind: 'answer', number: Number(key) };
  return null;
}

/**
 * The answer the n-th number key stands for: on a five-level scale 1-5 are the levels from the lowest; on a
 * choice, the options in the order shown; on multi-choice, the n-th option is switched in or out of the team's
 * answer. Numbers (hours, percent) cannot be typed with one key: null.
 */
export function answerForNumber(q: QuestionDef, n: number, current: Answer | undefined): Answer | null {
  const spec = q.answer;
  if (spec.kind === 'scale') return n >= 1 && n <= 5 ? { kind: 'scale', level: (n - 1) as 0 | 1 | 2 | 3 | 4 } : null;
  if (spec.kind === 'choice') {
    const option = spec.options[n - 1];
    return option ? { kind: 'choice', option: option.id } : null;
  }
  if (spec.kind === 'multi') {
    const option = spec.options[n - 1];
    if (!option) return null;
    const chosen = current?.kind === 'multi' ? current.options : [];
    const options = chosen.includes(option.id) ? chosen.filter((o) => o !== option.id) : [...chosen, option.id];
    return { kind: 'multi', options: spec.options.map((o) => o.id).filter((id) => options.includes(id)) };
  }
  return null;
}

export interface PresentationPosition {
  slide: number;
}

/**
 * Applies one command: moves between slides, reveals the current question, or sets the team's answer (only once
 * the question is revealed: the room must see the spread before the facilitator settles it). `leave` is the
 * caller's to handle; here it changes nothing.
 */
export function applyCommand(
  a: Assessment,
  position: PresentationPosition,
  command: PresentationCommand,
): { assessment: Assessment; position: PresentationPosition } {
  const slides = presentationSlides(a);
  const slide = Math.min(Math.max(0, position.slide), slides.length - 1);
  const current = slides[slide];
  const same = { assessment: a, position: { slide } };
  switch (command.kind) {
    case 'next':
      return { assessment: a, position: { slide: Math.min(slide + 1, slides.length - 1) } };
    case 'previous':
      return { assessment: a, position: { slide: Math.max(slide - 1, 0) } };
    case 'reveal':
      if (current?.kind !== 'question') return same;
      return { assessment: changeWorkshop(a, (w) => reveal(w, [current.question.id])), position: { slide } };
    case 'answer': {
      if (current?.kind !== 'question' || !a.workshop || !isRevealed(a.workshop, current.question.id)) return same;
      const q = current.question;
      if (command.number === 0) return { assessment: changeWorkshop(a, (w) => setConsensus(w, q.id, null)), position: { slide } };
      const answer = answerForNumber(q, command.number, teamAnswer(a.workshop, q).answer);
      return answer ? { assessment: changeWorkshop(a, (w) => setConsensus(w, q.id, answer)), position: { slide } } : same;
    }
    case 'leave':
      return same;
  }
}

/** Where a presentation starts: the first question of an area, or the "to discuss" list. */
export function slideOf(a: Pick<Assessment, 'profile'>, start: { questionId?: string; discuss?: boolean }): number {
  const slides = presentationSlides(a);
  const index = slides.findIndex((s) =>
    start.discuss ? s.kind === 'discuss' : s.kind === 'question' && s.question.id === start.questionId,
  );
  return Math.max(0, index);
}
