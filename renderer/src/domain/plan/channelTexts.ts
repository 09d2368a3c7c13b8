/**
 * The texts of the channel actions' figures (channelFit.ts): how the audience maps to a survey's bands, the survey's
 * figures with country, period and source, each channel kept, paused or left to the company with why, and which
 * variant of an action's texts fits (no figures, nothing paused). Composed here so the figure rules and their words
 * sit together; `actionTexts` (explain.ts) puts them on the card.
 */
import {
  SHORT_VIDEO_MAKERS,
  figuresIn,
  isYoungAudienceOf,
  type AudienceFigures,
  type ChannelAdvice,
  type ChannelFit,
  type MarketFigure,
  type MarketFigures,
} from './channelFit';
import type { SurveyBand, SurveyPeriod } from './platformFigures';
import { joinList, type Translate } from './translate';
import type { AgeBand, Channel } from '../model/types';
import { AGE_BANDS } from '../model/types';

/** What a planned action carries about channels (`ChannelFacts` in channelFit.ts, without the action). */
export interface ChannelTextFacts {
  action: { id: string };
  audience?: AudienceFigures;
  channelAdvice?: ChannelAdvice;
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
function mappingLine(m: MarketFigures, audience: AudienceFigures, t: Translate): string {
  const ages = audience.ages;
  const params = { country: countryName(m, t), source: sourceName(m, t), audience: audienceText(ages, t) };
  const background = backgroundNote(m, audience, t);
  if (!m.byAge) {
    const group = groupText(m.bands[0] as SurveyBand, t);
    const key = ages.length === 0 ? 'common:plan.audience.wholePopulationNoAges' : 'common:plan.audience.wholePopulation';
    return [t(key, { ...params, group }), background].filter(Boolean).join(' ');
  }
  const bands = joinList(
    m.bands.map((b) => yearsText(b.from, b.to, t)),
    t,
  );
  const uncovered = m.uncovered.length > 0 ? t('common:plan.audience.uncovered', { audience: audienceText(m.uncovered, t) }) : '';
  return [t('common:plan.audience.mapping', { ...params, bands, count: m.bands.length }), uncovered, background].filter(Boolean).join(' ');
}

/**
 * Why a market's figures are background only, or nothing when they describe the audience: a company selling to
 * businesses is told they are the public's, an audience with ages that they are for the whole population.
 */
function backgroundNote(m: MarketFigures, audience: AudienceFigures, t: Translate): string {
  if (m.rankable) return '';
  if (audience.buyers === 'businesses')
    return t('common:plan.audience.publicOnly', { people: t(`common:plan.audience.people.${m.country}`) });
  return t('common:plan.audience.notForAges');
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
  // Figures that do not describe the audience say so where they start.
  return t(m.rankable ? 'common:plan.audience.figures' : 'common:plan.audience.figuresBackground', {
    country: countryName(m, t),
    period: periodText(m.table.period, t),
    bands: perBand.join('; '),
  });
}

/** Whether the company's buyers include businesses it would reach on LinkedIn. */
const sellsToBusinessesOnLinkedIn = (a: AudienceFigures): boolean =>
  a.buyers === 'businesses' || (a.buyers === 'both' && a.channels.includes('linkedin'));

/**
 * "Blant funksjonærene i Sverige brukte 13 % LinkedIn daglig i 2026 …": for a company selling to businesses, the
 * figure for white-collar workers where the market's table has it, on a line of its own: a different group from
 * the age bands, never set against them.
 */
function occupationLines(audience: AudienceFigures, t: Translate): string[] {
  if (!sellsToBusinessesOnLinkedIn(audience)) return [];
  return audience.markets.flatMap((m) => {
    const band = m.table.bands.find((b) => b.id === 'whiteCollar');
    const percent = band ? m.table.percent.linkedin?.[band.id] : undefined;
    if (percent === undefined) return [];
    const period = periodText(m.table.period, t);
    return [t('common:plan.audience.whiteCollarLinkedIn', { country: countryName(m, t), percent, period, source: sourceName(m, t) })];
  });
}

/**
 * Where the audience is, market by market: how its ages map to the survey's bands, then the survey's figures for
 * those bands, with country, period and source (background only where they do not describe the audience). Outside
 * Norway and Sweden, one line that says there are none.
 */
export function audienceLines(audience: AudienceFigures, t: Translate): string[] {
  if (audience.markets.length === 0) return [t('common:plan.audience.noMarket')];
  const perMarket = audience.markets.flatMap((m) => {
    const missing = audience.channels.filter((c) => figuresIn(m, c) === null);
    const names = joinList(
      missing.map((c) => channelName(c, t)),
      t,
    );
    return [
      mappingLine(m, audience, t),
      figuresLine(m, t),
      ...(missing.length > 0 ? [t('common:plan.audience.missing', { source: sourceName(m, t), channels: names })] : []),
    ];
  });
  return [...perMarket, ...occupationLines(audience, t)];
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

/** Why the figures leave a channel to the company: they hardly separate it from a kept one, or they are background. */
function openWhy(fit: ChannelFit, audience: AudienceFigures, t: Translate): string[] {
  if (fit.tiedWith)
    return [t(`common:plan.channelAdvice.${fit.tiedAbove ? 'notBelow' : 'nearTie'}`, { other: channelName(fit.tiedWith, t) })];
  if (fit.figures.length === 0 || fit.figures.every((f) => f.market.rankable)) return [];
  if (audience.buyers === 'businesses') return [t('common:plan.channelAdvice.notBuyers')];
  const whole = fit.figures.find((f) => !f.market.rankable);
  return whole ? [t('common:plan.channelAdvice.notAudienceAges', { group: groupText(whole.values[0]!.band, t) })] : [];
}

/**
 * Why a channel is kept, paused or left to the company: its reasons, its figures, and the figures it lacks. LinkedIn
 * kept for B2B stands on its role and the white-collar figure, never on the public's figures by age. `figuresOnly`
 * for a channel that gets no hours of its own: its reasons would argue for hours it does not get.
 */
function channelWhy(fit: ChannelFit, audience: AudienceFigures, t: Translate, figuresOnly = false): string {
  const noMarket = audience.markets.length === 0;
  const occupation = fit.occupation.map((o) => figurePhrase({ market: o.market, values: [{ band: o.band, percent: o.percent }] }, t));
  return [
    ...(noMarket ? [t('common:plan.channelAdvice.noMarketFigures')] : []),
    ...(figuresOnly ? [] : fit.reasons.map((r) => t(`common:plan.channelAdvice.reasons.${r}`))),
    ...occupation,
    ...(fit.mustKeep ? [] : [...openWhy(fit, audience, t), ...fit.figures.map((f) => figurePhrase(f, t))]),
    ...fit.missingIn.map((m) => t('common:plan.channelAdvice.noFigureIn', { source: sourceName(m, t) })),
  ].join('; ');
}

/** For an audience within 13-29: the young platforms go first, and what happens when there are more than the hours. */
function youngFirstLine(advice: ChannelAdvice, t: Translate): string[] {
  if (advice.youngFirst.length === 0) return [];
  const young = joinList(
    advice.youngFirst.map((c) => channelName(c, t)),
    t,
  );
  const key = advice.tooManyYoung ? 'common:plan.channelAdvice.youngFirstTooMany' : 'common:plan.channelAdvice.youngFirst';
  return [t(key, { audience: audienceText(advice.audience.ages, t), young })];
}

/** The kept platforms whose short videos a channel kept without hours takes ("TikTok og Instagram"). */
const makersFor = (fit: ChannelFit, advice: ChannelAdvice): ChannelFit[] =>
  advice.keep.filter((k) => SHORT_VIDEO_MAKERS.includes(k.channel) && k.channel !== fit.channel);

/** "Behåll YouTube utan egna timmar: lägg upp de korta, stående videorna från TikTok och Instagram som Shorts …". */
function reuseLine(fit: ChannelFit, advice: ChannelAdvice, t: Translate): string {
  return t('common:plan.channelAdvice.reuse', {
    channel: channelName(fit.channel, t),
    makers: namesOf(makersFor(fit, advice), t),
    asFormat: t(`common:plan.channelAdvice.asFormat.${fit.channel}`),
    why: channelWhy(fit, advice.audience, t, true),
  });
}

/**
 * A young audience's Facebook at a minimum: for whom (parents where the audience has teens, the older of the audience
 * where it reaches 18-29, local clubs), what little to do there, and its figures.
 */
function minimumLine(fit: ChannelFit, advice: ChannelAdvice, t: Translate): string {
  const ages = advice.audience.ages;
  const forWhom = [...(ages.includes('13-17') ? ['parents'] : []), ...(ages.includes('18-29') ? ['older'] : []), 'clubs'];
  const instagramKept = advice.keep.some((k) => k.channel === 'instagram');
  const tasks = ['events', ...(instagramKept ? ['fromInstagram'] : []), 'messages'];
  return t('common:plan.channelAdvice.minimum', {
    channel: channelName(fit.channel, t),
    forWhom: joinList(
      forWhom.map((w) => t(`common:plan.channelAdvice.minimumFor.${w}`)),
      t,
    ),
    tasks: joinList(
      tasks.map((task) => t(`common:plan.channelAdvice.minimumTasks.${task}`)),
      t,
    ),
    why: channelWhy(fit, advice.audience, t, true),
  });
}

/** A paused channel's line; a young audience's Facebook also says what the page is still good for. */
function pauseLine(fit: ChannelFit, advice: ChannelAdvice, t: Translate): string {
  const key = fit.channel === 'facebook' && isYoungAudienceOf(advice.audience) ? 'pauseFacebookYoung' : 'pauseOne';
  return t(`common:plan.channelAdvice.${key}`, { channel: channelName(fit.channel, t), why: channelWhy(fit, advice.audience, t, true) });
}

/**
 * The lines under "fewer channels": the mapping to the survey, then each channel kept, kept without hours of its own,
 * kept at a minimum, paused or left open.
 */
function adviceLines(advice: ChannelAdvice, t: Translate): string[] {
  const line = (key: 'keep' | 'unrated') => (fit: ChannelFit) =>
    t(`common:plan.channelAdvice.${key}`, { channel: channelName(fit.channel, t), why: channelWhy(fit, advice.audience, t) });
  return [
    ...advice.audience.markets.map((m) => mappingLine(m, advice.audience, t)),
    ...youngFirstLine(advice, t),
    ...advice.keep.map(line('keep')),
    ...advice.reuse.map((fit) => reuseLine(fit, advice, t)),
    ...advice.minimum.map((fit) => minimumLine(fit, advice, t)),
    ...advice.pause.map((fit) => pauseLine(fit, advice, t)),
    ...advice.unrated.map(line('unrated')),
  ];
}

/** The audience actions whose texts have a variant for a company selling only to businesses (`_b2b`). */
const B2B_VARIANTS: ReadonlySet<string> = new Set(['checkWhereAudienceIs', 'reviewChannelMixTwiceAYear', 'yearlyAudienceAndChannelCheck']);

/**
 * Which variant of an action's texts fits the figures; i18next falls back to the plain text where an action has
 * no such variant. "Fewer channels": `b2b` when LinkedIn is kept for a company selling only to businesses (the
 * others are left to its statistics), `noFigures` outside Norway and Sweden, `open` when the figures keep nothing,
 * `undecided` when they pause nothing. The other actions: `b2b` for a company selling only to businesses (where the
 * action has it; "where the audience is" has it also without figures), `noFigures` outside Norway and Sweden,
 * `background` when no market's figures describe the audience, and `withLinkedIn` for a company selling to both
 * that keeps LinkedIn for its business customers.
 */
function figureContext(f: ChannelTextFacts): string | undefined {
  const advice = f.channelAdvice;
  if (advice) {
    if (advice.audience.buyers === 'businesses' && advice.keep.length > 0) return 'b2b';
    if (advice.audience.markets.length === 0) return 'noFigures';
    if (advice.keep.length === 0) return 'open';
    if (advice.pause.length > 0) return undefined;
    return advice.unrated.length > 0 ? 'undecided' : 'allKept';
  }
  const audience = f.audience;
  if (!audience) return undefined;
  const b2b = audience.buyers === 'businesses' && B2B_VARIANTS.has(f.action.id);
  if (b2b && (audience.markets.length > 0 || f.action.id === 'checkWhereAudienceIs')) return 'b2b';
  if (audience.markets.length === 0) return 'noFigures';
  if (audience.markets.every((m) => !m.rankable)) return 'background';
  return audience.buyers === 'both' && audience.channels.includes('linkedin') ? 'withLinkedIn' : undefined;
}

/** "TikTok og Instagram": the channels' names as a list. */
const namesOf = (fits: ReadonlyArray<ChannelFit>, t: Translate): string =>
  joinList(
    fits.map((c) => channelName(c.channel, t)),
    t,
  );

/**
 * The channel names an action's texts compose in: what to keep, pause and decide on, which to look in once a week
 * (paused or kept without hours), and `light`: the sentences on the channels kept without hours of their own, added
 * after the step that puts the hours on the kept ones (with its leading space; empty when there are none).
 */
function adviceParams(advice: ChannelAdvice | undefined, t: Translate): Record<string, string> {
  if (!advice) return {};
  const light = [
    ...(advice.reuse.length > 0 ? [t('common:plan.channelAdvice.reuseStep', { channels: namesOf(advice.reuse, t) })] : []),
    ...(advice.minimum.length > 0 ? [t('common:plan.channelAdvice.minimumStep', { channels: namesOf(advice.minimum, t) })] : []),
  ];
  return {
    keep: namesOf(advice.keep, t),
    pause: namesOf(advice.pause, t),
    unrated: namesOf(advice.unrated, t),
    lookIn: namesOf([...advice.pause, ...advice.reuse, ...advice.minimum], t),
    light: light.map((sentence) => ` ${sentence}`).join(''),
  };
}

/**
 * The lines under a channel action and the parameters its texts compose in (the channel names, and the `context`
 * that picks the text variant); nothing for an action without figures.
 */
export function channelTexts(facts: ChannelTextFacts, t: Translate): { params: Record<string, string>; details: string[] } {
  const context = figureContext(facts);
  const params = { ...adviceParams(facts.channelAdvice, t), ...(context ? { context } : {}) };
  const details = facts.channelAdvice ? adviceLines(facts.channelAdvice, t) : facts.audience ? audienceLines(facts.audience, t) : [];
  return { params, details };
}
