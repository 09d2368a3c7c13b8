import type { Answer, AnswerSpec, Assessment, ModuleId, Profile, QuestionDef } from '../model/types';
import { MODULE_IDS } from '../model/types';
import { QUESTIONS_BY_MODULE } from '../bank';
import { profileMatches } from '../model/profileRules';

/** Points for each level of a five-level practice scale (docs/scoring-and-plan.md). */
export const SCALE_POINTS = [0, 25, 50, 75, 100] as const;

/** A module with fewer than this share of its questions answered is preliminary (docs/scoring-and-plan.md). */
export const PRELIMINARY_BELOW = 0.6;
/** A module where more than this share of the answers are "don't know" is preliminary too: it claims no band. */
export const DONT_KNOW_ABOVE = 0.4;

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
      // Negative weights are practices that cost points; full marks are every practice that earns them.
      const total = spec.options.reduce((sum, o) => sum + Math.max(0, o.weight), 0);
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
  /** For "not applicable": the profile made it so (the question was not asked), rather than the user's answer. */
  notApplicableByProfile: boolean;
}

export interface ModuleResult {
  module: ModuleId;
  /** Weighted mean of the counted questions, 0-100; null when nothing counts yet. */
  score: number | null;
  band: Band | null;
  /** Questions with any answer, "don't know" included (shown next to `dontKnowCount`, never as knowledge). */
  answered: number;
  total: number;
  /** Fewer than 60 % of the questions answered, or more than 40 % of the answers "don't know": no band. */
  preliminary: boolean;
  /** Why it is preliminary, when it is. */
  preliminaryReason: 'fewAnswers' | 'manyDontKnow' | null;
  dontKnowCount: number;
  questions: QuestionResult[];
}

export interface AssessmentResult {
  modules: ModuleResult[];
  /** Mean of the module scores that exist; null when none does. */
  overall: number | null;
  /** Null while the overall score is preliminary: a preliminary score claims no band. */
  band: Band | null;
  /** True when any module is preliminary or has no score. */
  preliminary: boolean;
  answered: number;
  total: number;
}

/** Whether the profile makes a question not applicable, so it is not asked. */
export function notApplicableByProfile(question: QuestionDef, profile: Profile | undefined): boolean {
  return profile !== undefined && question.notApplicableFor !== undefined && profileMatches(profile, question.notApplicableFor);
}

function resultOf(question: QuestionDef, answer: Answer | undefined, profile: Profile | undefined): QuestionResult {
  const base = { question, notApplicableByProfile: false };
  if (notApplicableByProfile(question, profile))
    return { ...base, answer: { kind: 'notApplicable' }, points: null, status: 'notApplicable', notApplicableByProfile: true };
  if (!answer) return { ...base, answer, points: null, status: 'unanswered' };
  const points = pointsFor(question.answer, answer);
  if (answer.kind === 'dontKnow') return { ...base, answer, points: 0, status: 'dontKnow' };
  if (answer.kind === 'notApplicable' && question.allowNotApplicable) return { ...base, answer, points: null, status: 'notApplicable' };
  // An answer that does not fit the question counts as not given.
  if (points === null) return { ...base, answer: undefined, points: null, status: 'unanswered' };
  return { ...base, answer, points, status: 'answered' };
}

/** What scoring needs of an assessment: the answers, and the profile that decides which questions apply. */
export type Scorable = Pick<Assessment, 'answers'> & { profile?: Profile };

/** Scores one module: weighted mean over answered questions, "not applicable" left out of the denominator. */
export function scoreModule(module: ModuleId, { answers, profile }: Scorable): ModuleResult {
  const questions = QUESTIONS_BY_MODULE[module].map((q) => resultOf(q, answers[q.id], profile));
  let weighted = 0;
  let weights = 0;
  for (const r of questions) {
    if (r.points === null) continue;
    weighted += r.points * r.question.weight;
    weights += r.question.weight;
  }
  // Questions the profile rules out are not asked, so they count neither as answered nor in the total.
  const asked = questions.filter((r) => !r.notApplicableByProfile);
  const answered = asked.filter((r) => r.status !== 'unanswered').length;
  const total = asked.length;
  const score = weights > 0 ? weighted / weights : null;
  const dontKnowCount = questions.filter((r) => r.status === 'dontKnow').length;
  const preliminaryReason =
    answered < total * PRELIMINARY_BELOW ? 'fewAnswers' : dontKnowCount > answered * DONT_KNOW_ABOVE ? 'manyDontKnow' : null;
  return {
    module,
    score,
    band: score === null || preliminaryReason !== null ? null : bandOf(score),
    answered,
    total,
    preliminary: preliminaryReason !== null,
    preliminaryReason,
    dontKnowCount,
    questions,
  };
}

/** Scores a whole assessment: each module, then the mean of the modules. */
export function scoreAssessment(assessment: Scorable): AssessmentResult {
  const modules = MODULE_IDS.map((m) => scoreModule(m, assessment));
  const scored = modules.filter((m) => m.score !== null);
  const overall = scored.length > 0 ? scored.reduce((s, m) => s + (m.score ?? 0), 0) / scored.length : null;
  const preliminary = modules.some((m) => m.preliminary || m.score === null);
  return {
    modules,
    overall,
    band: overall === null || preliminary ? null : bandOf(overall),
    preliminary,
    answered: modules.reduce((s, m) => s + m.answered, 0),
    total: modules.reduce((s, m) => s + m.total, 0),
  };
}
