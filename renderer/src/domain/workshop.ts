/**
 * Workshops (issue 9, first part): several respondents answer the same question; the team sees the spread before
 * agreeing on one answer. Pure aggregation of one question's answers: how many answered, the distribution, min /
 * median / max in points, whether the team disagrees (answers two or more levels apart, 50 points or more), and
 * the default consensus answer (the median).
 */
import type { Answer, QuestionDef } from './types';
import { pointsFor } from './scoring';

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
const lowerMedian = (sorted: ReadonlyArray<number>): number | null => (sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null));

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
      const chosen = scored.flatMap((a) => (a.kind === 'choice' ? [a] : [])).sort((a, b) => (pointsFor(spec, a) ?? 0) - (pointsFor(spec, b) ?? 0));
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
  const fallback: Answer | undefined = dontKnow > 0 && dontKnow >= notApplicable ? { kind: 'dontKnow' } : notApplicable > 0 ? { kind: 'notApplicable' } : undefined;
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
export function toDiscuss(spreads: ReadonlyArray<{ question: QuestionDef; spread: QuestionSpread }>): Array<{ question: QuestionDef; spread: QuestionSpread }> {
  return spreads
    .map((s, index) => ({ ...s, index }))
    .filter((s) => s.spread.disagreement)
    .sort((a, b) => b.spread.spread - a.spread.spread || a.index - b.index)
    .map(({ question, spread }) => ({ question, spread }));
}
