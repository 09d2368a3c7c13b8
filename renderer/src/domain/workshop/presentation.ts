/**
 * The projector view of a workshop (issue 9), as pure data: which slides there are, what one slide shows, and what
 * each key does. The facilitator's window builds the slide (`projectorSlide`) and main only carries it to the
 * projector's window, which draws it: names, notes and anything the slide does not show never leave the window
 * that holds the workshop.
 */
import type { Answer, Assessment, ModuleId, QuestionDef } from '../model/types';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../bank';
import { notApplicableByProfile, scoreAssessment, type AssessmentResult, type Band } from '../scoring/scoring';
import {
  answerKey,
  answersTo,
  changeWorkshop,
  distributionRows,
  isRevealed,
  questionSpread,
  reveal,
  setConsensus,
  teamAnswer,
  workshopToDiscuss,
} from './workshop';

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

/** How many questions the "to discuss" slide lists: what fits on a projector in large type. */
export const DISCUSS_ON_SLIDE = 10;

/** One bar of a revealed question: an answer (for multi-choice, one option), how many gave it, never who. */
export interface SlideBar {
  answer: Answer;
  count: number;
  /** The number key that picks this answer as the team's (levels and options); null for the others. */
  key: number | null;
  /** Part of the team's answer. */
  team: boolean;
}

/** What a revealed question adds: the spread in whole points, the bars, and the team's answer. */
export interface RevealedQuestion {
  bars: SlideBar[];
  min: number | null;
  median: number | null;
  max: number | null;
  spread: number;
  disagreement: boolean;
  team: { answer: Answer; changed: boolean } | null;
}

/** The body of a slide: one question (its texts are looked up by id), the "to discuss" list, or the team's scores. */
export type SlideBody =
  | {
      kind: 'question';
      questionId: string;
      module: ModuleId;
      /** Its number within its area, as the questionnaire numbers it. */
      number: number;
      answered: number;
      respondents: number;
      /** Null until the facilitator reveals it: nothing of the answers travels before. */
      revealed: RevealedQuestion | null;
    }
  | { kind: 'discuss'; items: Array<{ questionId: string; module: ModuleId; spread: number; min: number; max: number }> }
  | { kind: 'scores'; modules: Array<{ module: ModuleId; score: number | null; band: Band | null }>; overall: number | null };

/**
 * What the projector shows of one slide, and nothing more: no respondent's name, answers or id, no notes, no
 * profile beyond the company's name in the heading, no question that is not revealed. Scores are whole numbers, as
 * they are shown.
 */
export interface ProjectorSlide {
  company: string;
  /** This slide's place (from 0) and how many question slides there are, for "Question 3 of 40". */
  index: number;
  questionCount: number;
  body: SlideBody;
}

const whole = (n: number | null): number | null => (n === null ? null : Math.round(n));

/**
 * The bars of one question's distribution: every level or option in the question's order with its count, the
 * number key that picks it as the team's answer, and whether it is (part of) the team's answer.
 */
export function distributionBars(q: QuestionDef, answers: ReadonlyArray<Answer | undefined>, team: Answer | undefined): SlideBar[] {
  // Multi-choice: each option of the team's answer is marked on its own bar ("none" when it chose nothing).
  const teamKeys = new Set(
    !team
      ? []
      : team.kind === 'multi' && team.options.length > 0
        ? team.options.map((o) => answerKey({ kind: 'multi', options: [o] }))
        : [answerKey(team)],
  );
  const keyed = (answer: Answer): boolean =>
    q.answer.kind !== 'number' &&
    answer.kind !== 'dontKnow' &&
    answer.kind !== 'notApplicable' &&
    !(answer.kind === 'multi' && answer.options.length === 0);
  return distributionRows(q, answers).map((row, i) => ({
    answer: row.answer,
    count: row.count,
    key: keyed(row.answer) ? i + 1 : null,
    team: teamKeys.has(answerKey(row.answer)),
  }));
}

function revealedQuestion(a: Assessment, q: QuestionDef): RevealedQuestion | null {
  const w = a.workshop;
  if (!w || !isRevealed(w, q.id)) return null;
  const spread = questionSpread(w, q);
  const team = teamAnswer(w, q, spread);
  return {
    bars: distributionBars(q, answersTo(w, q.id), team.answer),
    min: whole(spread.min),
    median: whole(spread.median),
    max: whole(spread.max),
    spread: Math.round(spread.spread),
    disagreement: spread.disagreement,
    team: team.answer ? { answer: team.answer, changed: team.changed } : null,
  };
}

/**
 * Builds what one slide of a workshop's presentation shows. `result` is the team's scores as the facilitator's
 * window already has them (they are not computed again for the projector).
 */
export function projectorSlide(a: Assessment, slide: number, result: AssessmentResult = scoreAssessment(a)): ProjectorSlide {
  const slides = presentationSlides(a);
  const index = Math.min(Math.max(0, slide), slides.length - 1);
  const current = slides[index];
  const w = a.workshop;
  const head = { company: a.profile.companyName.trim(), index, questionCount: slides.filter((s) => s.kind === 'question').length };
  if (current?.kind === 'question' && w) {
    const q = current.question;
    const { answered, respondents } = questionSpread(w, q);
    return {
      ...head,
      body: {
        kind: 'question',
        questionId: q.id,
        module: q.module,
        number: QUESTIONS_BY_MODULE[q.module].indexOf(q) + 1,
        answered,
        respondents,
        revealed: revealedQuestion(a, q),
      },
    };
  }
  if (current?.kind === 'discuss' && w) {
    const items = workshopToDiscuss(w)
      .filter((d) => isRevealed(w, d.question.id))
      .slice(0, DISCUSS_ON_SLIDE)
      .map(({ question, spread }) => ({
        questionId: question.id,
        module: question.module,
        spread: Math.round(spread.spread),
        min: Math.round(spread.min ?? 0),
        max: Math.round(spread.max ?? 0),
      }));
    return { ...head, body: { kind: 'discuss', items } };
  }
  return {
    ...head,
    body: {
      kind: 'scores',
      modules: result.modules.map((m) => ({ module: m.module, score: whole(m.score), band: m.band })),
      overall: whole(result.overall),
    },
  };
}
