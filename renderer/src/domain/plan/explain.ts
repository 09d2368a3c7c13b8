/**
 * Texts that explain an assessment: answers in words, why a question scored what it did, the texts of a
 * planned action and why it is in the plan. Shared by the screens and every export (PDF, Word, CSV), so
 * they all say the same thing.
 */
import type { PlanCompany, PlannedAction, PlanReason, WhyNowTag } from './plan';
import type { QuestionResult } from '../scoring/scoring';
import { channelTexts } from './channelTexts';
import { joinList, type Translate } from './translate';
import type { Answer, QuestionDef } from '../model/types';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../bank';
import { SECTOR_SOURCES, groupOfSector } from '../model/sectors';
import { companyTranslate, isOnePerson, marketVariant, variantKeys } from './companyText';

// The `t` the core's texts use, and "A, B og C": in a file of their own, shared with the channel texts.
export { joinList, type Translate } from './translate';

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

/**
 * The texts of a planned action, true to the company (plan/companyText.ts): one person's words for one person, its own
 * channels named, its own country's rules cited. A text's variants are tried most specific first: the figures'
 * variant (`why_noFigures`), the market's (`why_sweden`), the text itself, each in its one-person form first.
 */
export function actionTexts(p: PlannedAction, tAny: Translate): ActionTexts {
  const t = companyTranslate(tAny, p.company);
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
  // The channel actions' figures: the lines under the card, and the channel names and text variant they compose in.
  const {
    params: { context: figures, ...params },
    details,
  } = channelTexts(p, t);
  // The bank's own sources: the market's variant exists where the action cites one country's rule.
  const variants = [figures, marketVariant(p.company, ACTIONS_BY_ID.get(p.action.id)?.sources ?? [])];
  const text = (field: string, options: Record<string, unknown> = {}): unknown =>
    t(variantKeys(`${key}.${field}`, variants), { ...params, ...options });
  return withSectorTexts(p, key, t, {
    title: String(text('title')),
    why: String(text('why')),
    steps: stringList(text('steps', { returnObjects: true })),
    kpi: String(text('kpi')),
    details,
  });
}

/**
 * An action shown with its sector's own steps (model/sectors.ts): the steps and KPI under `a.<id>.sector.<group>`
 * (`steps_solo` and `kpi_solo` for one person, where written), with `{{client}}` and `{{clients}}` in the sector's
 * words ("pasient", "klienter"), and the sector's rule after the "why", its own country's where the company sells in
 * one of the two. What the variant does not rewrite stays as it was.
 */
function withSectorTexts(p: PlannedAction, key: string, t: Translate, texts: ActionTexts): ActionTexts {
  if (!p.sector) return texts;
  const nouns = { client: t(`profile:sectors.client.${p.sector}`), clients: t(`profile:sectors.clients.${p.sector}`) };
  const found: unknown = t(`${key}.sector.${groupOfSector(p.sector)}`, { ...nouns, returnObjects: true });
  const variant = typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : {};
  // The object comes back whole, so its one-person form is picked here rather than by i18next's context.
  const field = (name: string): unknown => (isOnePerson(p.company) ? (variant[`${name}_solo`] ?? variant[name]) : variant[name]);
  const steps = stringList(field('steps'));
  const kpi = field('kpi');
  return {
    ...texts,
    why: `${texts.why} ${t(variantKeys(`profile:sectors.note.${p.sector}`, [marketVariant(p.company, SECTOR_SOURCES[p.sector])]))}`,
    steps: steps.length > 0 ? steps : texts.steps,
    kpi: typeof kpi === 'string' ? kpi : texts.kpi,
  };
}

/** The title of any action by id, for naming it in another action's line ("must be in place before …"). */
function titleOf(actionId: string, t: Translate): string {
  const action = ACTIONS_BY_ID.get(actionId);
  return action ? t(`${actionNamespace(action)}:a.${actionId}.title`) : actionId;
}

/** One sentence on why an action is in the plan, to the company when given ("du" to one person). */
export function reasonText(r: PlanReason, tAny: Translate, company?: PlanCompany): string {
  const t = companyTranslate(tAny, company);
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
    case 'servesGoal':
      return t('common:plan.whyNow.servesGoal', {
        count: p.goals?.length ?? 0,
        goals: joinList(
          (p.goals ?? []).map((g) => t('common:plan.quote', { text: t(`profile:options.goals.${g}`) })),
          t,
        ),
      });
    case 'sectorRule':
      return t('profile:sectors.whyNow.sectorRule');
    case 'forSector':
      // The sector's own words where it has them (an accounting firm owes confidentiality, not always a duty by law).
      return p.sector ? t([`profile:sectors.whyNow.${p.sector}`, `profile:sectors.whyNow.${groupOfSector(p.sector)}`]) : '';
    case 'foundation':
      // A foundation that says what in the profile makes it one, where the action has such a text.
      return t([`common:plan.whyNow.foundationFor.${p.action.id}`, 'common:plan.whyNow.foundation']);
    default:
      return t(`common:plan.whyNow.${tag}`);
  }
}

/** What places an action, most telling first; the line shows the first of these, so it stays one line. */
const PLACING_TAGS: ReadonlyArray<WhyNowTag> = [
  'maintenance',
  'sectorRule',
  'foundation',
  'leadsWhenWeak',
  'prerequisite',
  'paced',
  'weakestArea',
  'quickWin',
];
/** Said whenever they apply: what makes this action the company's own. */
const ALWAYS_TAGS: ReadonlyArray<WhyNowTag> = [
  'servesGoal',
  'forOnePerson',
  'forSmallFirm',
  'forSector',
  'movedByUser',
  'movedLaterByUser',
];

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
export function whyNowText(p: PlannedAction, tAny: Translate): string {
  const t = companyTranslate(tAny, p.company);
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
