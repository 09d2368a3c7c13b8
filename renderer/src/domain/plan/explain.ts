/**
 * Texts that explain an assessment: answers in words, why a question scored what it did, the texts of a
 * planned action and why it is in the plan. Shared by the screens and every export (PDF, Word, CSV), so
 * they all say the same thing.
 */
import type { PlannedAction, PlanReason, WhyNowTag } from './plan';
import type { QuestionResult } from '../scoring/scoring';
import { figuresIn, type AudienceFigures, type ChannelAdvice, type ChannelFit, type MarketFigure, type MarketFigures } from './channelFit';
import type { SurveyBand, SurveyPeriod } from './platformFigures';
import type { AgeBand, Answer, Channel, QuestionDef } from '../model/types';
import { AGE_BANDS } from '../model/types';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../bank';
import { groupOfSector } from '../model/sectors';

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
const sourceName = (m: MarketFigures, t: Translate): string => t(`sources:name.${m.table.source}`);
const countryName = (m: MarketFigures, t: Translate): string => t(`common:plan.audience.countries.${m.country}`);

/** When the survey was made, with its preposition: "i 2026", "i 3. kvartal 2022" / "under 2026", "under tredje kvartalet 2022". */
function periodText(p: SurveyPeriod, t: Translate): string {
  return p.quarter
    ? t('common:plan.audience.periodQuarter', { year: p.year, quarter: t(`common:plan.audience.quarters.${p.quarter}`) })
    : t('common:plan.audience.periodYear', { year: p.year });
}

/** "16–25 år", "76 år og eldre" / "76 år och äldre". */
function yearsText(from: number, to: number | null, t: Translate): string {
  return to === null ? t('common:plan.audience.agesOpen', { from }) : t('common:plan.audience.ages', { from, to });
}

/** The group a share is of: "16–25-åringene", "dem som er 76 år eller eldre", "alle voksne", "funksjonærene". */
function groupText(band: SurveyBand, t: Translate): string {
  if (band.kind === 'age' || band.kind === 'ageExtra')
    return band.to === null
      ? t('common:plan.audience.groupOpen', { from: band.from })
      : t('common:plan.audience.group', { from: band.from, to: band.to });
  return t(`common:plan.audience.groups.${band.id}`);
}

/** The profile's age bands as ranges: "13–29 år", "45 år og eldre", "13–17 år og 45–59 år". */
function audienceText(bands: ReadonlyArray<AgeBand>, t: Translate): string {
  const bounds = (b: AgeBand): [number, number | null] => {
    const [from, to] = b.split(/[-+]/);
    return [Number(from), to ? Number(to) : null];
  };
  const runs: Array<[number, number | null]> = [];
  for (const band of AGE_BANDS.filter((b) => bands.includes(b))) {
    const [from, to] = bounds(band);
    const last = runs.at(-1);
    if (last && last[1] !== null && last[1] + 1 === from) last[1] = to;
    else runs.push([from, to]);
  }
  return joinList(
    runs.map(([from, to]) => yearsText(from, to, t)),
    t,
  );
}

/** "Sverige: målgruppen deres er 13–29 år, og de nærmeste aldersgruppene i … er 12–15 år, 16–25 år og 26–35 år." */
function mappingLine(m: MarketFigures, ages: ReadonlyArray<AgeBand>, t: Translate): string {
  const params = { country: countryName(m, t), source: sourceName(m, t), audience: audienceText(ages, t) };
  if (!m.byAge) {
    const group = groupText(m.bands[0] as SurveyBand, t);
    return t(ages.length === 0 ? 'common:plan.audience.wholePopulationNoAges' : 'common:plan.audience.wholePopulation', {
      ...params,
      group,
    });
  }
  const bands = joinList(
    m.bands.map((b) => yearsText(b.from, b.to, t)),
    t,
  );
  const uncovered = m.uncovered.length > 0 ? ` ${t('common:plan.audience.uncovered', { audience: audienceText(m.uncovered, t) })}` : '';
  return `${t('common:plan.audience.mapping', { ...params, bands, count: m.bands.length })}${uncovered}`;
}

/** "Daglig bruk i Sverige i 2026: blant 16–25-åringene Snapchat 66 %, Instagram 63 % …; blant 26–35-åringene …." */
function figuresLine(m: MarketFigures, t: Translate): string {
  const perBand = m.bands.map((band) => {
    const platforms = Object.entries(m.table.percent)
      .flatMap(([c, byBand]) => (byBand[band.id] === undefined ? [] : [{ channel: c as Channel, percent: byBand[band.id] as number }]))
      .sort((a, b) => b.percent - a.percent);
    const list = platforms.map((x) =>
      t('common:plan.audience.platformPercent', { platform: channelName(x.channel, t), percent: x.percent }),
    );
    return t('common:plan.audience.amongGroup', { group: groupText(band, t), list: list.join(', ') });
  });
  return t('common:plan.audience.figures', {
    country: countryName(m, t),
    period: periodText(m.table.period, t),
    bands: perBand.join('; '),
  });
}

/**
 * Where the audience is, market by market: how its ages map to the survey's bands, then the survey's figures for
 * those bands, with country, period and source. Outside Norway and Sweden, one line that says there are none.
 */
export function audienceLines(audience: AudienceFigures, t: Translate): string[] {
  if (audience.markets.length === 0) return [t('common:plan.audience.noMarket')];
  return audience.markets.flatMap((m) => {
    const missing = audience.channels.filter((c) => figuresIn(m, c) === null);
    const names = joinList(
      missing.map((c) => channelName(c, t)),
      t,
    );
    return [
      mappingLine(m, audience.ages, t),
      figuresLine(m, t),
      ...(missing.length > 0 ? [t('common:plan.audience.missing', { source: sourceName(m, t), channels: names })] : []),
    ];
  });
}

/** "i Sverige brukte 66 % av 16–25-åringene og 32 % av 26–35-åringene den daglig i 2026": the source is on the mapping line. */
function figurePhrase(f: MarketFigure, t: Translate): string {
  const shares = joinList(
    f.values.map((v) => t('common:plan.audience.share', { percent: v.percent, group: groupText(v.band, t) })),
    t,
  );
  return t('common:plan.channelAdvice.figure', {
    country: countryName(f.market, t),
    shares,
    period: periodText(f.market.table.period, t),
  });
}

/** Why a channel is kept, paused or left to the company: its reasons, its figures, and the figures it lacks. */
function channelWhy(fit: ChannelFit, noMarket: boolean, t: Translate): string {
  const occupation = fit.occupation.map((o) => figurePhrase({ market: o.market, values: [{ band: o.band, percent: o.percent }] }, t));
  return [
    ...(noMarket ? [t('common:plan.channelAdvice.noMarketFigures')] : []),
    ...fit.reasons.map((r) => t(`common:plan.channelAdvice.reasons.${r}`)),
    ...occupation,
    ...fit.figures.map((f) => figurePhrase(f, t)),
    ...fit.missingIn.map((m) => t('common:plan.channelAdvice.noFigureIn', { source: sourceName(m, t) })),
  ].join('; ');
}

/** The lines under "fewer channels": the mapping to the survey, then each channel kept, paused or left open. */
function adviceLines(advice: ChannelAdvice, t: Translate): string[] {
  const noMarket = advice.audience.markets.length === 0;
  const line = (key: 'keep' | 'pauseOne' | 'unrated') => (fit: ChannelFit) =>
    t(`common:plan.channelAdvice.${key}`, { channel: channelName(fit.channel, t), why: channelWhy(fit, noMarket, t) });
  return [
    ...advice.audience.markets.map((m) => mappingLine(m, advice.audience.ages, t)),
    ...advice.keep.map(line('keep')),
    ...advice.pause.map(line('pauseOne')),
    ...advice.unrated.map(line('unrated')),
  ];
}

/**
 * Which variant of an action's texts fits the figures: `noFigures` when the company sells in neither Norway nor
 * Sweden, `undecided` when "fewer channels" can pause nothing on the figures; i18next falls back to the plain text.
 */
function figureContext(p: PlannedAction): string | undefined {
  if (p.audience && p.audience.markets.length === 0) return 'noFigures';
  if (p.channelAdvice && p.channelAdvice.pause.length === 0) return 'undecided';
  return undefined;
}

/** The channel names an action's texts compose in: what to keep, pause and decide on. */
function adviceParams(advice: ChannelAdvice | undefined, t: Translate): Record<string, string> {
  if (!advice) return {};
  const names = (fits: ReadonlyArray<ChannelFit>): string =>
    joinList(
      fits.map((c) => channelName(c.channel, t)),
      t,
    );
  return { keep: names(advice.keep), pause: names(advice.pause), unrated: names(advice.unrated) };
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
  // A one-person business gets the steps written for one person, where the action has them.
  const onePersonSteps = p.onePerson ? stringList(t(`${key}.stepsOnePerson`, { returnObjects: true })) : [];
  const context = figureContext(p);
  const params = { ...adviceParams(p.channelAdvice, t), ...(context ? { context } : {}) };
  const details = p.channelAdvice ? adviceLines(p.channelAdvice, t) : p.audience ? audienceLines(p.audience, t) : [];
  return withSectorTexts(p, key, t, {
    title: t(`${key}.title`, params),
    why: t(`${key}.why`, params),
    steps: onePersonSteps.length > 0 ? onePersonSteps : stringList(t(`${key}.steps`, { ...params, returnObjects: true })),
    kpi: t(`${key}.kpi`, params),
    details,
  });
}

/**
 * An action shown with its sector's own steps (model/sectors.ts): the steps (one person's where written) and KPI
 * under `a.<id>.sector.<group>`, with `{{client}}` and `{{clients}}` in the sector's words ("pasient", "klienter"),
 * and the sector's rule after the "why". What the variant does not rewrite stays as it was.
 */
function withSectorTexts(p: PlannedAction, key: string, t: Translate, texts: ActionTexts): ActionTexts {
  if (!p.sector) return texts;
  const nouns = { client: t(`profile:sectors.client.${p.sector}`), clients: t(`profile:sectors.clients.${p.sector}`) };
  const found: unknown = t(`${key}.sector.${groupOfSector(p.sector)}`, { ...nouns, returnObjects: true });
  const variant = typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : {};
  const onePersonSteps = p.onePerson ? stringList(variant.stepsOnePerson) : [];
  const steps = stringList(variant.steps);
  return {
    ...texts,
    why: `${texts.why} ${t(`profile:sectors.note.${p.sector}`)}`,
    steps: onePersonSteps.length > 0 ? onePersonSteps : steps.length > 0 ? steps : texts.steps,
    kpi: typeof variant.kpi === 'string' ? variant.kpi : texts.kpi,
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
      return p.sector ? t(`profile:sectors.whyNow.${groupOfSector(p.sector)}`) : '';
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
const ALWAYS_TAGS: ReadonlyArray<WhyNowTag> = ['servesGoal', 'forOnePerson', 'forSector', 'movedByUser', 'movedLaterByUser'];

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
