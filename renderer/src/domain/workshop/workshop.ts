/**
 * Workshops (issue 9, first part): several respondents answer the same question; the team sees the spread before
 * agreeing on one answer. Pure aggregation of one question's answers: how many answered, the distribution, min /
 * median / max in points, whether the team disagrees (answers two or more levels apart, 50 points or more), and
 * the default consensus answer (the median).
 */
import type { Answer, Assessment, Language, ModuleId, QuestionDef, Workshop } from '../model/types';
import { MODULE_IDS } from '../model/types';
import { pointsFor, scoreAssessment } from '../scoring/scoring';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../bank';
import { createAssessment } from '../model/assessment';
import { LIMITS } from '../model/limits';
import { cleanName } from '../model/names';

/** Two levels of a five-level scale apart: the point where a team should talk before it agrees. */
export const DISAGREEMENT_POINTS = 50;

export interface QuestionSpread {
  /** Respondents who gave any answer ("don't know" and "not applicable" included), and how many there are. */
  answered: number;
  respondents: number;
  dontKnow: number;
  notApplicable: number;
  /** How many gave each answer, by a key that names it (`level:2`, `option:x`, `number:4`, `dontKnow`, ...). */
  distribution: Record<string, number>;
  /** Over the answers that score (not "don't know" or "not applicable"); null when none does. */
  min: number | null;
  median: number | null;
  max: number | null;
  /** max - min, in points. */
  spread: number;
  disagreement: boolean;
  /** The team's answer until the facilitator sets one: the median answer; undefined when nobody answered. */
  consensus: Answer | undefined;
}

/** A key that names an answer, for counting equal answers. */
export function answerKey(answer: Answer): string {
  switch (answer.kind) {
    case 'scale':
      return `level:${answer.level}`;
    case 'choice':
      return `option:${answer.option}`;
    case 'multi':
      return `options:${[...answer.options].sort().join('+')}`;
    case 'number':
      return `number:${answer.value}`;
    case 'dontKnow':
    case 'notApplicable':
      return answer.kind;
  }
}

/** The lower median of sorted numbers (a real answer someone gave, never an average of two). */
const lowerMedian = (sorted: ReadonlyArray<number>): number | null =>
  sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null);

/** The median answer of the scored answers, in the question's own terms. */
function medianAnswer(q: QuestionDef, scored: ReadonlyArray<Answer>): Answer | undefined {
  if (scored.length === 0) return undefined;
  const spec = q.answer;
  switch (spec.kind) {
    case 'scale': {
      const levels = scored.flatMap((a) => (a.kind === 'scale' ? [a.level] : [])).sort((a, b) => a - b);
      const level = lowerMedian(levels);
      return level === null ? undefined : { kind: 'scale', level: level as 0 | 1 | 2 | 3 | 4 };
    }
    case 'number': {
      const value = lowerMedian(scored.flatMap((a) => (a.kind === 'number' ? [a.value] : [])).sort((a, b) => a - b));
      return value === null ? undefined : { kind: 'number', value };
    }
    case 'choice': {
      // The option at the median of the points given, among the options chosen.
      const chosen = scored
        .flatMap((a) => (a.kind === 'choice' ? [a] : []))
        .sort((a, b) => (pointsFor(spec, a) ?? 0) - (pointsFor(spec, b) ?? 0));
      return chosen[Math.floor((chosen.length - 1) / 2)];
    }
    case 'multi': {
      // Every option at least half the team chose.
      const lists = scored.flatMap((a) => (a.kind === 'multi' ? [a.options] : []));
      const options = spec.options.map((o) => o.id).filter((id) => lists.filter((l) => l.includes(id)).length * 2 >= lists.length);
      return { kind: 'multi', options };
    }
  }
}

/** Aggregates one question over the respondents' answers (`undefined` for a respondent who has not answered yet). */
export function spreadOf(q: QuestionDef, answers: ReadonlyArray<Answer | undefined>): QuestionSpread {
  const given = answers.filter((a): a is Answer => a !== undefined);
  const distribution: Record<string, number> = {};
  for (const a of given) distribution[answerKey(a)] = (distribution[answerKey(a)] ?? 0) + 1;
  const scored = given.filter((a) => a.kind !== 'dontKnow' && a.kind !== 'notApplicable' && pointsFor(q.answer, a) !== null);
  const points = scored.map((a) => pointsFor(q.answer, a) ?? 0).sort((a, b) => a - b);
  const min = points.length > 0 ? (points[0] ?? null) : null;
  const max = points.length > 0 ? (points.at(-1) ?? null) : null;
  const spread = min === null || max === null ? 0 : max - min;
  const dontKnow = given.filter((a) => a.kind === 'dontKnow').length;
  const notApplicable = given.filter((a) => a.kind === 'notApplicable').length;
  // Nobody with a scored answer: the team's answer is what most said ("don't know" over "not applicable" on a tie).
  const fallback: Answer | undefined =
    dontKnow > 0 && dontKnow >= notApplicable ? { kind: 'dontKnow' } : notApplicable > 0 ? { kind: 'notApplicable' } : undefined;
  return {
    answered: given.length,
    respondents: answers.length,
    dontKnow,
    notApplicable,
    distribution,
    min,
    median: lowerMedian(points),
    max,
    spread,
    disagreement: spread >= DISAGREEMENT_POINTS,
    consensus: medianAnswer(q, scored) ?? fallback,
  };
}

/** The questions to discuss: those where the team disagrees, widest spread first (ties in the bank's order). */
export function toDiscuss(
  spreads: ReadonlyArray<{ question: QuestionDef; spread: QuestionSpread }>,
): Array<{ question: QuestionDef; spread: QuestionSpread }> {
  return spreads
    .map((s, index) => ({ ...s, index }))
    .filter((s) => s.spread.disagreement)
    .sort((a, b) => b.spread.spread - a.spread.spread || a.index - b.index)
    .map(({ question, spread }) => ({ question, spread }));
}

// ---------------------------------------------------------------------------------------------------------------
// The workshop as a whole: respondents, reveals, the team's answers, and what may be shown of each person.

/** With anonymity, no one's scores are broken out for fewer people than this (two people could tell who is who). */
export const MIN_ANONYMOUS_BREAKDOWN = 3;

export function createWorkshop(anonymous: boolean): Workshop {
  return { anonymous, respondents: [], revealed: [], consensus: {}, includeIndividualAnswers: false };
}

/** A workshop assessment: a new assessment with no respondents yet. */
export function createWorkshopAssessment(id: string, now: string, planLanguage: Language, anonymous: boolean): Assessment {
  return { ...createAssessment(id, now, planLanguage), workshop: createWorkshop(anonymous) };
}

export const hasAnyAnswer = (w: Workshop): boolean => w.respondents.some((r) => Object.keys(r.answers).length > 0);

/** Anonymity is chosen up front: it may change only while nobody has answered (names must never come back). */
export const canChangeAnonymity = (w: Workshop): boolean => !hasAnyAnswer(w);

export function setAnonymous(w: Workshop, anonymous: boolean): Workshop {
  if (!canChangeAnonymity(w) || w.anonymous === anonymous) return w;
  return {
    ...w,
    anonymous,
    respondents: anonymous ? w.respondents.map((r) => ({ ...r, name: '' })) : w.respondents,
    includeIndividualAnswers: false,
  };
}

/** How a respondent is shown: their name in a named workshop (when given), else their number ("Deltaker 3"). */
export type RespondentLabel = { kind: 'name'; name: string } | { kind: 'number'; number: number };
export function respondentLabel(w: Workshop, respondentId: string): RespondentLabel {
  const index = w.respondents.findIndex((r) => r.id === respondentId);
  const name = w.respondents[index]?.name.trim() ?? '';
  return !w.anonymous && name ? { kind: 'name', name } : { kind: 'number', number: index + 1 };
}

/** A respondent's name as kept: cleaned (no hidden characters, see model/names.ts), and none at all when anonymous. */
const keptName = (w: Workshop, name: string): string => (w.anonymous ? '' : cleanName(name).slice(0, LIMITS.name));

export function addRespondent(w: Workshop, id: string, name: string): Workshop {
  if (w.respondents.length >= LIMITS.respondents || w.respondents.some((r) => r.id === id)) return w;
  return { ...w, respondents: [...w.respondents, { id, name: keptName(w, name), answers: {} }] };
}

/** The name as typed is cleaned on the way in; the input keeps what is being typed (a space before the surname). */
export function renameRespondent(w: Workshop, id: string, name: string): Workshop {
  if (w.anonymous) return w;
  return { ...w, respondents: w.respondents.map((r) => (r.id === id ? { ...r, name: keptName(w, name) } : r)) };
}

/** Removes a respondent and their answers (the facilitator added one too many, or someone left the room). */
export function removeRespondent(w: Workshop, id: string): Workshop {
  return { ...w, respondents: w.respondents.filter((r) => r.id !== id) };
}

export function setRespondentAnswers(w: Workshop, id: string, answers: Record<string, Answer>): Workshop {
  return { ...w, respondents: w.respondents.map((r) => (r.id === id ? { ...r, answers } : r)) };
}

/** Reveals the spread of these questions to the room (one question, a module, or all). */
export function reveal(w: Workshop, questionIds: ReadonlyArray<string>): Workshop {
  const revealed = new Set(w.revealed);
  const before = revealed.size;
  for (const id of questionIds) revealed.add(id);
  return revealed.size === before ? w : { ...w, revealed: QUESTIONS.map((q) => q.id).filter((id) => revealed.has(id)) };
}

export const isRevealed = (w: Workshop, questionId: string): boolean => w.revealed.includes(questionId);

/** How many respondents have answered a question ("5 of 7 have answered"), without saying who. */
export function answeredCount(w: Workshop, questionId: string): { answered: number; respondents: number } {
  return { answered: w.respondents.filter((r) => r.answers[questionId] !== undefined).length, respondents: w.respondents.length };
}

export function questionSpread(w: Workshop, q: QuestionDef): QuestionSpread {
  return spreadOf(
    q,
    w.respondents.map((r) => r.answers[q.id]),
  );
}

/** Every question's spread, in the bank's order. */
export function workshopSpreads(
  w: Workshop,
  questions: ReadonlyArray<QuestionDef> = QUESTIONS,
): Array<{ question: QuestionDef; spread: QuestionSpread }> {
  return questions.map((question) => ({ question, spread: questionSpread(w, question) }));
}

/** Sets the team's answer to a question; `null` goes back to the default (the median). */
export function setConsensus(w: Workshop, questionId: string, answer: Answer | null): Workshop {
  const consensus = { ...w.consensus };
  if (answer === null) delete consensus[questionId];
  else consensus[questionId] = answer;
  return { ...w, consensus };
}

/** The team's answer to a question: the facilitator's, else the median; and whether the facilitator changed it. */
export function teamAnswer(
  w: Workshop,
  q: QuestionDef,
  spread: QuestionSpread = questionSpread(w, q),
): { answer: Answer | undefined; changed: boolean } {
  const set = w.consensus[q.id];
  if (set === undefined) return { answer: spread.consensus, changed: false };
  return { answer: set, changed: spread.consensus === undefined || answerKey(set) !== answerKey(spread.consensus) };
}

/** The team's answers to every question anyone answered (or the facilitator set): what scores and the plan use. */
export function teamAnswers(w: Workshop): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const q of QUESTIONS) {
    const { answer } = teamAnswer(w, q);
    if (answer !== undefined) answers[q.id] = answer;
  }
  return answers;
}

/** Applies a change to the workshop and brings the assessment's answers (the team's) up to date with it. */
export function changeWorkshop(a: Assessment, change: (w: Workshop) => Workshop): Assessment {
  if (!a.workshop) return a;
  const workshop = change(a.workshop);
  return workshop === a.workshop ? a : { ...a, workshop, answers: teamAnswers(workshop) };
}

/** The questions to discuss in a workshop: widest spread first. */
export const workshopToDiscuss = (w: Workshop): Array<{ question: QuestionDef; spread: QuestionSpread }> => toDiscuss(workshopSpreads(w));

/** The spread of one module: the widest question spread in it and how many of its questions the team disagrees on. */
export function moduleSpread(w: Workshop, module: ModuleId): { widest: number; disagreements: number; questions: number } {
  const spreads = workshopSpreads(w, QUESTIONS_BY_MODULE[module]).map((s) => s.spread);
  return {
    widest: Math.max(0, ...spreads.map((s) => s.spread)),
    disagreements: spreads.filter((s) => s.disagreement).length,
    questions: spreads.length,
  };
}

/** Each person's module scores beside the team's, as far as anonymity allows. */
export type RespondentBreakdown =
  /** Anonymous with fewer than three respondents: nothing is broken out. */
  | { kind: 'hidden' }
  /** Anonymous: each module's scores from lowest to highest, with no label, so no one can be followed across modules. */
  | { kind: 'anonymous'; modules: Array<{ module: ModuleId; scores: Array<number | null> }> }
  /** Named: one row per person. */
  | {
      kind: 'named';
      respondents: Array<{ id: string; label: RespondentLabel; modules: Array<{ module: ModuleId; score: number | null }> }>;
    };

export function respondentBreakdown(a: Assessment): RespondentBreakdown {
  const w = a.workshop;
  if (!w || w.respondents.length === 0) return { kind: 'hidden' };
  const scored = w.respondents.map((r) => ({ r, result: scoreAssessment({ answers: r.answers, profile: a.profile }) }));
  if (w.anonymous) {
    if (w.respondents.length < MIN_ANONYMOUS_BREAKDOWN) return { kind: 'hidden' };
    return {
      kind: 'anonymous',
      modules: MODULE_IDS.map((module) => ({
        module,
        scores: scored
          .map(({ result }) => result.modules.find((m) => m.module === module)?.score ?? null)
          .sort((x, y) => (x ?? -1) - (y ?? -1)),
      })),
    };
  }
  return {
    kind: 'named',
    respondents: scored.map(({ r, result }) => ({
      id: r.id,
      label: respondentLabel(w, r.id),
      modules: result.modules.map((m) => ({ module: m.module, score: m.score })),
    })),
  };
}

/** One bar of a question's distribution: an answer (or, for multi-choice, one option) and how many gave it. */
export interface DistributionRow {
  /** What was answered: the answer itself, or for multi-choice the one option counted. */
  answer: Answer;
  count: number;
  /** Points the answer earns; null for "don't know" (scored 0, but shown apart) and "not applicable". */
  points: number | null;
}

/**
 * The bars to draw for a question: every level or option in the question's own order (zeros included, so the
 * shape shows), for multi-choice how many chose each option, numbers from low to high; then "don't know" and
 * "not applicable" when anyone gave them.
 */
export function distributionRows(q: QuestionDef, answers: ReadonlyArray<Answer | undefined>): DistributionRow[] {
  const given = answers.filter((a): a is Answer => a !== undefined);
  const count = (match: (a: Answer) => boolean): number => given.filter(match).length;
  const spec = q.answer;
  let rows: DistributionRow[] = [];
  if (spec.kind === 'scale')
    rows = ([0, 1, 2, 3, 4] as const).map((level) => ({
      answer: { kind: 'scale', level },
      count: count((a) => a.kind === 'scale' && a.level === level),
      points: pointsFor(spec, { kind: 'scale', level }),
    }));
  if (spec.kind === 'choice')
    rows = spec.options.map((o) => ({
      answer: { kind: 'choice', option: o.id },
      count: count((a) => a.kind === 'choice' && a.option === o.id),
      points: o.points,
    }));
  if (spec.kind === 'multi')
    rows = [
      ...spec.options.map((o): DistributionRow => ({
        answer: { kind: 'multi', options: [o.id] },
        count: count((a) => a.kind === 'multi' && a.options.includes(o.id)),
        points: null,
      })),
      { answer: { kind: 'multi', options: [] }, count: count((a) => a.kind === 'multi' && a.options.length === 0), points: null },
    ];
  if (spec.kind === 'number') {
    const values = [...new Set(given.flatMap((a) => (a.kind === 'number' ? [a.value] : [])))].sort((x, y) => x - y);
    rows = values.map((value) => ({
      answer: { kind: 'number', value },
      count: count((a) => a.kind === 'number' && a.value === value),
      points: pointsFor(spec, { kind: 'number', value }),
    }));
  }
  const special = (['dontKnow', 'notApplicable'] as const)
    .map((kind): DistributionRow => ({ answer: { kind }, count: count((a) => a.kind === kind), points: null }))
    .filter((r) => r.count > 0);
  return [...rows, ...special];
}

/** The answers every respondent gave to one question, in respondent order. */
export const answersTo = (w: Workshop, questionId: string): Array<Answer | undefined> => w.respondents.map((r) => r.answers[questionId]);
