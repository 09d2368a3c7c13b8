/**
 * Texts that explain an assessment: answers in words, why a question scored what it did, the texts of a
 * planned action and why it is in the plan. Shared by the screens and every export (PDF, Word, CSV), so
 * they all say the same thing.
 */
import type { PlannedAction, PlanReason } from './plan';
import type { QuestionResult } from './scoring';
import { QUESTIONS_BY_ID, actionNamespace } from './bank';

/**
 * The part of i18next's `t` the domain uses; the domain may not import i18next.
 * Two call forms rather than one optional `options`: i18next 27's `TFunction` takes its arguments as a union of
 * tuples, and TypeScript only accepts it for `Translate` when each form is a signature of its own.
 * With `{ returnObjects: true }` it returns the array stored under the key, which is why `actionTexts` checks
 * what comes back instead of trusting the declared `string`.
 */
export interface Translate {
  (key: string): string;
  (key: string, options: Record<string, unknown>): string;
}

/** Questions at or above this many points are strengths. */
export const STRENGTH_FROM = 75;
/** Questions at or below this many points, and every "don't know", are gaps. */
export const GAP_AT = 25;

/** The answer in words, as the user chose it. */
export function answerText(r: QuestionResult, t: Translate): string {
  const q = r.question;
  const a = r.answer;
  if (!a) return t('common:results.unanswered');
  switch (a.kind) {
    case 'dontKnow':
      return t('common:answer.dontKnow');
    case 'notApplicable':
      return t('common:answer.notApplicable');
    case 'scale':
      return t(`${q.module}:q.${q.id}.levels.${a.level}`);
    case 'choice':
      return t(`${q.module}:q.${q.id}.options.${a.option}`);
    case 'multi':
      return a.options.length === 0 ? t('common:answer.none') : a.options.map((o) => t(`${q.module}:q.${q.id}.options.${o}`)).join('; ');
    case 'number':
      return `${a.value} ${t(`${q.module}:q.${q.id}.unit`)}`;
  }
}

/** Why the question scored what it did, in one or two sentences. */
export function whyThisScore(r: QuestionResult, t: Translate): string {
  const q = r.question;
  const points = Math.round(r.points ?? 0);
  const weight = t('common:results.weight', { weight: q.weight });
  if (r.status === 'unanswered') return t('common:results.why.unanswered');
  if (r.status === 'dontKnow') return `${t('common:results.why.dontKnow')} ${weight}`;
  if (r.status === 'notApplicable') return t('common:results.why.notApplicable');
  const a = r.answer;
  switch (q.answer.kind) {
    case 'scale':
      return `${t('common:results.why.scale', { level: a?.kind === 'scale' ? a.level + 1 : 0, points })} ${weight}`;
    case 'choice':
      return `${t('common:results.why.choice', { points })} ${weight}`;
    case 'multi': {
      const chosen = a?.kind === 'multi' ? a.options.length : 0;
      return `${t('common:results.why.multi', { chosen, total: q.answer.options.length, points })} ${weight}`;
    }
    case 'number': {
      const { better, steps, otherwise } = q.answer.scoring;
      const unit = t(`${q.module}:q.${q.id}.unit`);
      const sorted = [...steps].sort((x, y) => (better === 'higher' ? y.limit - x.limit : x.limit - y.limit));
      const thresholds = sorted
        .map((s) => t(better === 'higher' ? 'common:results.why.atLeast' : 'common:results.why.atMost', { limit: s.limit, unit, points: s.points }))
        .join(', ');
      return `${t('common:results.why.number', { points, thresholds, otherwise })} ${weight}`;
    }
  }
}

/** Answered questions with at least `STRENGTH_FROM` points; highest first, then the weightier question. */
export function strengthsOf(results: ReadonlyArray<QuestionResult>): QuestionResult[] {
  return results
    .filter((r) => r.status === 'answered' && r.points !== null && r.points >= STRENGTH_FROM)
    .sort((a, b) => (b.points ?? 0) - (a.points ?? 0) || b.question.weight - a.question.weight);
}

/** Answered questions with at most `GAP_AT` points and every "don't know"; lowest first, then the weightier question. */
export function gapsOf(results: ReadonlyArray<QuestionResult>): QuestionResult[] {
  const counted = results.filter((r) => r.status === 'answered' && r.points !== null);
  const dontKnow = results.filter((r) => r.status === 'dontKnow');
  return [...counted, ...dontKnow]
    .filter((r) => (r.points ?? 0) <= GAP_AT)
    .sort((a, b) => (a.points ?? 0) - (b.points ?? 0) || b.question.weight - a.question.weight);
}

/** The texts of a planned action, in the language `t` is fixed to. */
export interface ActionTexts {
  title: string;
  why: string;
  steps: string[];
  kpi: string;
}

/** What `t` returned for an array key; anything else (a missing key comes back as the key) gives no steps. */
function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

export function actionTexts(p: PlannedAction, t: Translate): ActionTexts {
  if (p.kind === 'findOut' && p.questionId) {
    const topic = t(`${p.action.module}:q.${p.questionId}.short`);
    return {
      title: t('common:plan.findOut.title', { topic }),
      why: t('common:plan.findOut.why', { question: t(`${p.action.module}:q.${p.questionId}.text`) }),
      steps: stringList(t('common:plan.findOut.steps', { returnObjects: true })),
      kpi: t('common:plan.findOut.kpi'),
    };
  }
  const key = `${actionNamespace(p.action)}:a.${p.action.id}`;
  return {
    title: t(`${key}.title`),
    why: t(`${key}.why`),
    steps: stringList(t(`${key}.steps`, { returnObjects: true })),
    kpi: t(`${key}.kpi`),
  };
}

/** One sentence on why an action is in the plan. */
export function reasonText(r: PlanReason, t: Translate): string {
  if (r.kind === 'rule') return t(`profile:rules.${r.ruleId}`);
  const topic = t(`${QUESTIONS_BY_ID.get(r.questionId)?.module ?? 'common'}:q.${r.questionId}.short`);
  return r.kind === 'dontKnow' ? t('common:plan.reason.dontKnow', { topic }) : t('common:plan.reason.question', { topic, points: Math.round(r.points) });
}
