import type { Answer, AnswerSpec, Assessment, ModuleId, QuestionDef } from './types';
import { MODULE_IDS } from './types';
import { QUESTIONS_BY_MODULE } from './bank';

/** Points for each level of a five-level practice scale (PRODUCT.md). */
export const SCALE_POINTS = [0, 25, 50, 75, 100] as const;

/** A module with fewer than this share of its questions answered is shown as preliminary. */
export const PRELIMINARY_BELOW = 0.6;

/** Maturity bands, after the EU Digital Maturity Assessment's four bands (EUDMA). */
export const BANDS = ['start', 'developing', 'established', 'advanced'] as const;
export type Band = (typeof BANDS)[number];

/** Band of a 0-100 score: 0-25 start, 26-50 developing, 51-75 established, 76-100 advanced. Rounds first. */
export function bandOf(score: number): Band {
  const s = Math.round(score);
  if (s <= 25) return 'start';
  if (s <= 50) return 'developing';
  if (s <= 75) return 'established';
  return 'advanced';
}

/**
 * Points (0-100) an answer earns, or `null` when it does not count:
 * not applicable, or an answer that does not fit the question (e.g. left over from an older bank).
 * "Don't know" earns 0.
 */
export function pointsFor(spec: AnswerSpec, answer: Answer): number | null {
  if (answer.kind === 'dontKnow') return 0;
  if (answer.kind === 'notApplicable') return null;
  switch (spec.kind) {
    case 'scale':
      return answer.kind === 'scale' ? (SCALE_POINTS[answer.level] ?? null) : null;
    case 'choice': {
      if (answer.kind !== 'choice') return null;
      return spec.options.find((o) => o.id === answer.option)?.points ?? null;
    }
    case 'multi': {
      if (answer.kind !== 'multi') return null;
      const total = spec.options.reduce((sum, o) => sum + o.weight, 0);
      const chosen = spec.options.filter((o) => answer.options.includes(o.id)).reduce((sum, o) => sum + o.weight, 0);
      return total > 0 ? Math.max(0, Math.min(100, (chosen / total) * 100)) : null;
    }
    case 'number': {
      if (answer.kind !== 'number' || !Number.isFinite(answer.value)) return null;
      const { better, steps, otherwise } = spec.scoring;
      const hit =
        better === 'higher'
          ? [...steps].sort((a, b) => b.limit - a.limit).find((s) => answer.value >= s.limit)
          : [...steps].sort((a, b) => a.limit - b.limit).find((s) => answer.value <= s.limit);
      return hit ? hit.points : otherwise;
    }
  }
}

/** Why a question scored what it did: the facts the results screen explains. */
export interface QuestionResult {
  question: QuestionDef;
  answer: Answer | undefined;
  /** 0-100, or null when unanswered or not applicable. */
  points: number | null;
  status: 'unanswered' | 'answered' | 'dontKnow' | 'notApplicable';
}

export interface ModuleResult {
  module: ModuleId;
  /** Weighted mean of the counted questions, 0-100; null when nothing counts yet. */
  score: number | null;
  band: Band | null;
  answered: number;
  total: number;
  /** Fewer than 60 % of the questions answered. */
  preliminary: boolean;
  dontKnowCount: number;
  questions: QuestionResult[];
}

export interface AssessmentResult {
  modules: ModuleResult[];
  /** Mean of the module scores that exist; null when none does. */
  overall: number | null;
  band: Band | null;
  /** True when any module is preliminary or has no score. */
  preliminary: boolean;
  answered: number;
  total: number;
}

function resultOf(question: QuestionDef, answer: Answer | undefined): QuestionResult {
  if (!answer) return { question, answer, points: null, status: 'unanswered' };
  const points = pointsFor(question.answer, answer);
  if (answer.kind === 'dontKnow') return { question, answer, points: 0, status: 'dontKnow' };
  if (answer.kind === 'notApplicable' && question.allowNotApplicable)
    return { question, answer, points: null, status: 'notApplicable' };
  // An answer that does not fit the question counts as not given.
  if (points === null) return { question, answer: undefined, points: null, status: 'unanswered' };
  return { question, answer, points, status: 'answered' };
}

/** Scores one module: weighted mean over answered questions, "not applicable" left out of the denominator. */
export function scoreModule(module: ModuleId, answers: Assessment['answers']): ModuleResult {
  const questions = QUESTIONS_BY_MODULE[module].map((q) => resultOf(q, answers[q.id]));
  let weighted = 0;
  let weights = 0;
  for (const r of questions) {
    if (r.points === null) continue;
    weighted += r.points * r.question.weight;
    weights += r.question.weight;
  }
  const answered = questions.filter((r) => r.status !== 'unanswered').length;
  const total = questions.length;
  const score = weights > 0 ? weighted / weights : null;
  return {
    module,
    score,
    band: score === null ? null : bandOf(score),
    answered,
    total,
    preliminary: answered < total * PRELIMINARY_BELOW,
    dontKnowCount: questions.filter((r) => r.status === 'dontKnow').length,
    questions,
  };
}

/** Scores a whole assessment: each module, then the mean of the modules. */
export function scoreAssessment(answers: Assessment['answers']): AssessmentResult {
  const modules = MODULE_IDS.map((m) => scoreModule(m, answers));
  const scored = modules.filter((m) => m.score !== null);
  const overall = scored.length > 0 ? scored.reduce((s, m) => s + (m.score ?? 0), 0) / scored.length : null;
  return {
    modules,
    overall,
    band: overall === null ? null : bandOf(overall),
    preliminary: modules.some((m) => m.preliminary || m.score === null),
    answered: modules.reduce((s, m) => s + m.answered, 0),
    total: modules.reduce((s, m) => s + m.total, 0),
  };
}
