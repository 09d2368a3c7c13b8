/**
 * Texts that explain an assessment: answers in words, why a question scored what it did, the texts of a
 * planned action and why it is in the plan. Shared by the screens and every export (PDF, Word, CSV), so
 * they all say the same thing.
 */
import type { PlannedAction, PlanReason, WhyNowTag } from './plan';
import type { QuestionResult } from '../scoring/scoring';
import type { ChannelFit, FitReason } from './channelFit';
import type { Answer, Channel, QuestionDef } from '../model/types';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../bank';

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
  if (r.notApplicableByProfile) return t('common:answer.notApplicableByProfile');
  if (!r.answer) return t('common:results.unanswered');
  return answerOfText(r.question, r.answer, t);
}

/** One answer to a question in words: the level or option as the question puts it, a number with its unit. */
export function answerOfText(q: QuestionDef, a: Answer, t: Translate): string {
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
      // Options are sentences; joined in one line, their own full stops would give ".;".
      return a.options.length === 0
        ? t('common:answer.none')
        : a.options.map((o) => t(`${q.module}:q.${q.id}.options.${o}`).replace(/\.$/, '')).join('; ');
    case 'number':
      return numberWithUnit(q, a.value, t);
  }
}

/**
 * "1 time", "0,5 timer", "12,5 prosent": the number as the language writes it (decimal comma; `{{value, number}}`
 * is i18next's Intl formatting in the language `t` is fixed to) and the unit's singular or plural (`unit_one`,
 * `unit_other`, chosen by i18next's plural rules for that language).
 */
function numberWithUnit(q: QuestionDef, value: number, t: Translate): string {
  // Not `unit`: i18next hands every option to Intl.NumberFormat, where `unit` means something else and throws.
  return t('common:answer.numberWithUnit', { value, unitWord: t(`${q.module}:q.${q.id}.unit`, { count: value }) });
}

/** Why the question scored what it did, in one or two sentences. */
export function whyThisScore(r: QuestionResult, t: Translate): string {
  const q = r.question;
  const points = Math.round(r.points ?? 0);
  const weight = t('common:results.weight', { weight: q.weight });
  if (r.status === 'unanswered') return t('common:results.why.unanswered');
  if (r.status === 'dontKnow') return `${t('common:results.why.dontKnow')} ${weight}`;
  if (r.notApplicableByProfile) return t(`common:results.why.notApplicableFor.${q.notApplicableFor ?? 'onePerson'}`);
  if (r.status === 'notApplicable') return t('common:results.why.notApplicable');
  const a = r.answer;
  switch (q.answer.kind) {
    case 'scale':
      return `${t('common:results.why.scale', { level: a?.kind === 'scale' ? a.level + 1 : 0, points })} ${weight}`;
    case 'choice':
      return `${t('common:results.why.choice', { points })} ${weight}`;
    case 'multi': {
      const spec = q.answer;
      const picked = a?.kind === 'multi' ? spec.options.filter((o) => a.options.includes(o.id)) : [];
      const good = spec.options.filter((o) => o.weight > 0).length;
      const chosen = picked.filter((o) => o.weight > 0).length;
      const costly = picked.filter((o) => o.weight < 0).length;
      const text = t('common:results.why.multi', { chosen, total: good, points });
      return `${text}${costly > 0 ? ` ${t('common:results.why.multiCostly', { count: costly })}` : ''} ${weight}`;
    }
    case 'number': {
      const { better, steps, otherwise } = q.answer.scoring;
      const sorted = [...steps].sort((x, y) => (better === 'higher' ? y.limit - x.limit : x.limit - y.limit));
      const thresholds = sorted
        .map((s) =>
          t(better === 'higher' ? 'common:results.why.atLeast' : 'common:results.why.atMost', {
            limit: numberWithUnit(q, s.limit, t),
            points: s.points,
          }),
        )
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
  /** Extra lines under the action: for "fewer channels", each channel to keep with why, and those to pause. */
  details: string[];
}

/** What `t` returned for an array key; anything else (a missing key comes back as the key) gives no steps. */
function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** "A, B og C" / "A, B och C". */
export function joinList(items: ReadonlyArray<string>, t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t('common:plan.and')} ${items.at(-1) ?? ''}`;
}

const channelName = (c: Channel, t: Translate): string => t(`profile:options.channels.${c}`);

/** "Facebook: 76 % of 40–49-year-olds use it daily (Ipsos …); customer service works best there." */
function channelKeepLine(fit: ChannelFit, t: Translate): string {
  const parts: string[] = [];
  if (fit.figure)
    parts.push(
      t('common:plan.channelAdvice.figure', {
        percent: fit.figure.percent,
        group: t(`common:plan.channelAdvice.surveyBands.${fit.figure.surveyBand}`),
        source: t(`sources:name.${fit.figure.source}`),
      }),
    );
  parts.push(...fit.reasons.map((r: FitReason) => t(`common:plan.channelAdvice.reasons.${r}`)));
  if (parts.length === 0) parts.push(t('common:plan.channelAdvice.noFigure'));
  return t('common:plan.channelAdvice.keep', { channel: channelName(fit.channel, t), why: parts.join('; ') });
}

export function actionTexts(p: PlannedAction, t: Translate): ActionTexts {
  if (p.kind === 'findOut' && p.questionIds && p.questionIds.length > 0) {
    const module = p.action.module;
    const topics = p.questionIds.map((id) => t('common:plan.quote', { text: t(`${module}:q.${id}.short`) }));
    return {
      title: t('common:plan.findOut.title', { count: topics.length, topic: topics[0], area: t(`common:plan.areaPhrase.${module}`) }),
      why: t('common:plan.findOut.why', { count: topics.length, topics: joinList(topics, t) }),
      steps: stringList(t('common:plan.findOut.steps', { returnObjects: true })),
      kpi: t('common:plan.findOut.kpi', { count: topics.length }),
      details: [],
    };
  }
  const key = `${actionNamespace(p.action)}:a.${p.action.id}`;
  const advice = p.channelAdvice;
  // A one-person business gets the steps written for one person, where the action has them.
  const onePersonSteps = p.onePerson ? stringList(t(`${key}.stepsOnePerson`, { returnObjects: true })) : [];
  const params = advice
    ? {
        keep: joinList(
          advice.keep.map((c) => channelName(c.channel, t)),
          t,
        ),
        pause: joinList(
          advice.pause.map((c) => channelName(c, t)),
          t,
        ),
      }
    : {};
  const details = advice
    ? [
        ...advice.keep.map((fit) => channelKeepLine(fit, t)),
        t('common:plan.channelAdvice.pause', { channels: params.pause, count: advice.pause.length }),
      ]
    : [];
  return {
    title: t(`${key}.title`, params),
    why: t(`${key}.why`, params),
    steps: onePersonSteps.length > 0 ? onePersonSteps : stringList(t(`${key}.steps`, { ...params, returnObjects: true })),
    kpi: t(`${key}.kpi`, params),
    details,
  };
}

/** The title of any action by id, for naming it in another action's line ("must be in place before …"). */
function titleOf(actionId: string, t: Translate): string {
  const action = ACTIONS_BY_ID.get(actionId);
  return action ? t(`${actionNamespace(action)}:a.${actionId}.title`) : actionId;
}

/** One sentence on why an action is in the plan. */
export function reasonText(r: PlanReason, t: Translate): string {
  if (r.kind === 'rule') return t(`profile:rules.${r.ruleId}`);
  const topic = t(`${QUESTIONS_BY_ID.get(r.questionId)?.module ?? 'common'}:q.${r.questionId}.short`);
  return r.kind === 'dontKnow'
    ? t('common:plan.reason.dontKnow', { topic })
    : t('common:plan.reason.question', { topic, points: Math.round(r.points) });
}

/** One sentence per tag on why the action stands where it does. */
function tagText(tag: WhyNowTag, p: PlannedAction, t: Translate): string {
  switch (tag) {
    case 'leadsWhenWeak':
      return t('common:plan.whyNow.leadsWhenWeak', { area: t(`common:plan.areaPhrase.${p.action.module}`) });
    case 'prerequisite':
      return t('common:plan.whyNow.prerequisite', { title: p.whyNow.prerequisiteFor ? titleOf(p.whyNow.prerequisiteFor, t) : '' });
    default:
      return t(`common:plan.whyNow.${tag}`);
  }
}

/** What places an action, most telling first; the line shows the first of these, so it stays one line. */
const PLACING_TAGS: ReadonlyArray<WhyNowTag> = ['maintenance', 'leadsWhenWeak', 'prerequisite', 'paced', 'weakestArea', 'quickWin'];
/** Said whenever they apply: what makes this action the company's own. */
const ALWAYS_TAGS: ReadonlyArray<WhyNowTag> = ['forOnePerson', 'movedByUser', 'movedLaterByUser'];

/** The topics of the other questions behind an action ("also «A» and «B»"), and whether the profile is among them. */
function otherReasons(p: PlannedAction, t: Translate): string {
  const others = p.reasons.filter((r) => r !== p.whyNow.lead);
  const topics = [
    ...new Set(
      others.flatMap((r) =>
        r.kind === 'rule'
          ? []
          : [t('common:plan.quote', { text: t(`${QUESTIONS_BY_ID.get(r.questionId)?.module ?? 'common'}:q.${r.questionId}.short`) })],
      ),
    ),
  ];
  if (topics.length > 0) return t('common:plan.whyNow.alsoFor', { topics: joinList(topics, t) });
  return others.some((r) => r.kind === 'rule') ? t('common:plan.whyNow.alsoForProfile') : '';
}

/**
 * Why the action is here now, in a line: the reason that weighs most and the other questions behind it, then the
 * one thing that places it (upkeep, leads when its area is weak, another action builds on it, weakest area, quick
 * win) and whatever makes it the company's own (one-person variant, the user's move). On the "Later" list the
 * reasons and the user's move only.
 */
export function whyNowText(p: PlannedAction, t: Translate): string {
  const lead =
    p.kind === 'findOut'
      ? t('common:plan.whyNow.findOut', { count: p.reasons.length })
      : [p.whyNow.lead ? reasonText(p.whyNow.lead, t) : '', otherReasons(p, t)].filter(Boolean).join(' ');
  const placing = PLACING_TAGS.find((tag) => p.whyNow.tags.includes(tag));
  const own = ALWAYS_TAGS.filter((tag) => p.whyNow.tags.includes(tag));
  return [lead, ...(placing ? [placing] : []), ...own]
    .map((part) => (part === lead ? part : tagText(part as WhyNowTag, p, t)))
    .filter(Boolean)
    .join(' ');
}
