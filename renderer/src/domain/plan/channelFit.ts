/**
 * Where the company's audience is, and which social channels to keep when there are too many for the hours: the
 * facts behind the channel actions (PRIO24 #5 for "fewer channels"). The rules for the figures (docs/sources.md,
 * "Platform figures"):
 * - a company gets its own market's figures: Sweden's for `se`, Norway's for `no`, both (each labelled) for both,
 *   and none for a company that sells in neither; never the other country's;
 * - per market one table (one source, measure, population and period), and the audience's age bands mapped openly
 *   to that table's own bands; platforms are ranked only inside that table;
 * - a channel without a figure in that table for the audience's bands is never paused on that ground: it is named
 *   as lacking a comparable figure, and the company decides from its own statistics;
 * - figures that do not describe the audience are shown as background only and decide nothing: a survey of the
 *   whole population when the audience has ages of its own (Norway has no table by age for adults over 24), and any
 *   survey of the public for a company that sells only to businesses;
 * - LinkedIn is kept for B2B on the company's own grounds, with Sweden's figure for white-collar workers beside it;
 * - an audience within 13-29 keeps the young platforms it is on (Snapchat, Instagram, TikTok) before any other
 *   channel, unless the figures for its own ages put another of its channels clearly above one of them;
 * - a near-tie (or a goal's tie-breaker) never pauses a channel: a channel the figures hardly separate from a kept
 *   one takes the kept channels' short videos without hours of its own where it can (YouTube as Shorts), else the
 *   company's statistics decide;
 * - a young audience's Facebook, when the figures would pause it, is kept at a minimum (events, local partners,
 *   messages) where the audience reaches 18-29 or the company wants community; otherwise its pause line says what
 *   the page is still good for.
 */
import type { ActionDef, AgeBand, Channel, CustomerType, Profile, SourceKey } from '../model/types';
import { CHANNELS } from '../model/types';
import {
  FIGURE_SOURCES,
  PLATFORM_TABLES,
  percentIn,
  periodOrder,
  type FigureCountry,
  type PlatformTable,
  type SurveyBand,
} from './platformFigures';
import { MIN_HOURS_PER_SOCIAL_CHANNEL, socialChannelsOf } from '../model/profileRules';

/** The years of age each profile band stands for; "60+" is taken as 60-79 to weigh the survey's bands against it. */
const APP_BAND_YEARS: Readonly<Record<AgeBand, readonly [number, number]>> = {
  '13-17': [13, 17],
  '18-29': [18, 29],
  '30-44': [30, 44],
  '45-59': [45, 59],
  '60+': [60, 79],
};
/** The last year of an open survey band ("76+", "18+"). */
const OPEN_BAND_END = 99;
/** An age table is used only when its bands reach at least half of the audience's years of age. */
const MIN_AGE_COVERAGE = 0.5;
/** A survey band stands for the audience when it shares at least this many years with it (45-59 is not 36-45). */
const MIN_OVERLAP_YEARS = 3;

/** One market's table and how the audience maps to it. */
export interface MarketFigures {
  country: FigureCountry;
  table: PlatformTable;
  /** The table's bands the audience is mapped to: the age bands that overlap it, else the whole population. */
  bands: SurveyBand[];
  /** False when no table in the market has the audience's ages, so the figures are for its whole population. */
  byAge: boolean;
  /** The audience's own bands that none of `bands` reaches (e.g. 30-44 against a 15-24 table). */
  uncovered: AgeBand[];
  /**
   * Whether the figures describe the audience, so they may rank and pause channels: not for a whole-population
   * table when the audience has ages (`byAge` false), nor for a company selling only to businesses. Otherwise they
   * are shown as background.
   */
  rankable: boolean;
}

/** Who buys: the figures are surveys of the public, so they describe consumers, not the buyers in a business. */
export type Buyers = 'consumers' | 'businesses' | 'both';
const buyersOf = (type: CustomerType | null): Buyers => (type === 'b2b' ? 'businesses' : type === 'both' ? 'both' : 'consumers');

/** The figures for the company's markets; empty when it sells in neither Norway nor Sweden. */
export interface AudienceFigures {
  /** The profile's age bands the figures are mapped from (empty: not given). */
  ages: AgeBand[];
  /** The company's social channels, so a text can say which of them a table has no figure for. */
  channels: Channel[];
  /** Who the company sells to: for `businesses` the figures are the public's, shown as background. */
  buyers: Buyers;
  markets: MarketFigures[];
}

const yearsOf = (bands: ReadonlyArray<AgeBand>): number[] =>
  [...new Set(bands.flatMap((b) => range(...APP_BAND_YEARS[b])))].sort((a, b) => a - b);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const inBand = (band: SurveyBand, year: number): boolean => year >= band.from && year <= (band.to ?? OPEN_BAND_END);
/** How many of the audience's years of age a survey band covers. */
export const overlapYears = (band: SurveyBand, years: ReadonlyArray<number>): number => years.filter((y) => inBand(band, y)).length;

/** The table's age bands that reach the audience, and the share of its years they cover. */
function ageMapping(table: PlatformTable, years: ReadonlyArray<number>): { bands: SurveyBand[]; coverage: number } {
  const bands = table.bands.filter((b) => b.kind === 'age' && overlapYears(b, years) >= MIN_OVERLAP_YEARS);
  const covered = years.filter((y) => bands.some((b) => inBand(b, y))).length;
  return { bands, coverage: years.length === 0 ? 0 : covered / years.length };
}

/** The published figures of a platform in each of the bands, or null when any of them has none. */
export function figuresIn(m: MarketFigures, channel: Channel): Array<{ band: SurveyBand; percent: number }> | null {
  const values = m.bands.map((band) => ({ band, percent: percentIn(m.table, channel, band.id) }));
  return values.every((v) => v.percent !== undefined) ? (values as Array<{ band: SurveyBand; percent: number }>) : null;
}

/** How many platforms (of `channels`) the mapping has a comparable figure for. */
const coveredPlatforms = (m: MarketFigures, channels: ReadonlyArray<Channel>): number =>
  channels.filter((c) => figuresIn(m, c) !== null).length;

/**
 * The one table for a market: an age table reaching at least half of the audience's years if there is one, else a
 * table for the whole population; among those, the one with figures for most of the company's channels, then for
 * most platforms, then the newest.
 */
function marketFigures(country: FigureCountry, p: Profile): MarketFigures | null {
  const years = yearsOf(p.ageBands);
  const tables = PLATFORM_TABLES.filter((t) => t.country === country && t.measure === 'daily');
  const byAge = tables.flatMap((table): MarketFigures[] => {
    const { bands, coverage } = ageMapping(table, years);
    return coverage >= MIN_AGE_COVERAGE ? [{ country, table, bands, byAge: true, uncovered: [], rankable: true }] : [];
  });
  const whole = tables.flatMap((table): MarketFigures[] => {
    const all = table.bands.find((b) => b.kind === 'all');
    return all ? [{ country, table, bands: [all], byAge: false, uncovered: [], rankable: true }] : [];
  });
  const own = socialChannelsOf(p);
  const best = [...(byAge.length > 0 ? byAge : whole)].sort(
    (a, b) =>
      coveredPlatforms(b, own) - coveredPlatforms(a, own) ||
      coveredPlatforms(b, CHANNELS) - coveredPlatforms(a, CHANNELS) ||
      periodOrder(b.table.period) - periodOrder(a.table.period),
  )[0];
  if (!best) return null;
  const uncovered = best.byAge ? p.ageBands.filter((band) => !best.bands.some((b) => yearsOf([band]).some((y) => inBand(b, y)))) : [];
  const forTheAudience = best.byAge || p.ageBands.length === 0;
  return { ...best, uncovered, rankable: forTheAudience && buyersOf(p.customerType) !== 'businesses' };
}

/** The figures for the company's own markets, in the order it lists them; none for a market outside the Nordics. */
export function audienceFigures(p: Profile): AudienceFigures {
  const countries = p.markets.filter((m): m is FigureCountry => m === 'no' || m === 'se');
  const markets = [...new Set(countries)].flatMap((c) => marketFigures(c, p) ?? []);
  return { ages: [...p.ageBands], channels: socialChannelsOf(p), buyers: buyersOf(p.customerType), markets };
}

/** Reasons besides the usage figures that make a channel fit a profile. */
export type FitReason =
  /** B2B: LinkedIn is the network for business; never advised to drop. */
  | 'b2bLinkedIn'
  /** Customer service goal: Facebook and Instagram worked best for customer service (IPSOS21). */
  | 'serviceOnMeta'
  /** Recruitment goal: LinkedIn is the professional network. */
  | 'recruitmentLinkedIn'
  /** Awareness or community goal: longer formats are coming back on YouTube (PRIO24 #4). */
  | 'longFormYouTube';

/** A channel's figures in one market's table. */
export interface MarketFigure {
  market: MarketFigures;
  values: Array<{ band: SurveyBand; percent: number }>;
}

export interface ChannelFit {
  channel: Channel;
  /** Its figures for the audience's bands, one per market that has them (background where the market is not rankable). */
  figures: MarketFigure[];
  /** The markets whose table has no figure for it in the audience's bands. */
  missingIn: MarketFigures[];
  reasons: FitReason[];
  /** For LinkedIn kept for B2B: the share of white-collar workers using it daily, where a table has it. */
  occupation: Array<{ market: MarketFigures; band: SurveyBand; percent: number }>;
  /** Kept whatever the figures say (LinkedIn for B2B). */
  mustKeep: boolean;
  /** Has a figure that describes the audience in every market: only then can the figures rank it, or pause it. */
  rated: boolean;
  /**
   * One of the young platforms, for an audience within 13-29: it gets the hours before the other channels, unless
   * the figures for the audience put another of its channels clearly above it (then it competes on its figures).
   */
  young: boolean;
  /** Not paused because the figures hardly separate it from this kept channel, or put it above (`channelAdvice`). */
  tiedWith?: Channel;
  /** True when in some market the figures put it above that kept channel by the near-tie or more. */
  tiedAbove?: boolean;
}

/**
 * Weight of each reason, in percentage points of daily use: a tie-breaker between channels the audience uses about
 * as much. It can decide which of two near-tied channels is named first, never pause the other (`NEAR_TIE`).
 */
const REASON_WEIGHT: Readonly<Record<FitReason, number>> = {
  b2bLinkedIn: 0,
  serviceOnMeta: 5,
  recruitmentLinkedIn: 5,
  longFormYouTube: 5,
};

/**
 * Two channels whose figures for the audience lie closer than this (in percentage points, weighted over its bands)
 * are a near-tie: the survey cannot tell them apart (a band of about 500 people, as in Svenskarna och internet, has
 * a margin of error of about ±4.5 points at 50 %), so the figures pause neither; the company's statistics decide.
 */
export const NEAR_TIE = 5;

/**
 * The platforms most of the young use daily: the top three among 16-25 in Sweden (SOI26: Snapchat 66, Instagram 63,
 * TikTok 53, then YouTube 47 %) and among 15-24 in Norway (KANTAR25: Snapchat 82, Instagram 66, TikTok 59, then
 * YouTube 55 %). For an audience within 13-29 they get the hours first.
 */
export const YOUNG_PLATFORMS: ReadonlyArray<Channel> = ['snapchat', 'instagram', 'tiktok'];
const YOUNG_BANDS: ReadonlyArray<AgeBand> = ['13-17', '18-29'];

/** An audience within 13-29 of a company selling to consumers, from its figures' side (ages and buyers). */
export const isYoungAudienceOf = (a: Pick<AudienceFigures, 'ages' | 'buyers'>): boolean =>
  a.buyers !== 'businesses' && a.ages.length > 0 && a.ages.every((b) => YOUNG_BANDS.includes(b));
/** An audience within 13-29 of a company selling to consumers: the young platforms come first. */
export const isYoungAudience = (p: Profile): boolean => isYoungAudienceOf({ ages: p.ageBands, buyers: buyersOf(p.customerType) });

function reasonsFor(channel: Channel, p: Profile): FitReason[] {
  const b2b = p.customerType === 'b2b' || p.customerType === 'both';
  const reasons: FitReason[] = [];
  if (b2b && channel === 'linkedin') reasons.push('b2bLinkedIn');
  if (p.goals.includes('customerService') && (channel === 'facebook' || channel === 'instagram')) reasons.push('serviceOnMeta');
  if (p.goals.includes('recruitment') && channel === 'linkedin') reasons.push('recruitmentLinkedIn');
  if ((p.goals.includes('awareness') || p.goals.includes('community')) && channel === 'youtube') reasons.push('longFormYouTube');
  return reasons;
}

/** The figures of one channel, weighted by how many of the audience's years each band covers: for order only. */
function weightedPercent(f: MarketFigure, years: ReadonlyArray<number>): number {
  const weights = f.values.map((v) => (f.market.byAge ? overlapYears(v.band, years) : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  return f.values.reduce((s, v, i) => s + v.percent * (weights[i] ?? 0), 0) / (total || 1);
}

/** The share of white-collar workers using LinkedIn daily, in the markets whose table has it (Sweden's). */
function occupationFigures(channel: Channel, markets: ReadonlyArray<MarketFigures>): ChannelFit['occupation'] {
  return markets.flatMap((market) => {
    const band = market.table.bands.find((b) => b.id === 'whiteCollar');
    const percent = band ? percentIn(market.table, channel, band.id) : undefined;
    return band && percent !== undefined ? [{ market, band, percent }] : [];
  });
}

/** One channel's figures, reasons and standing, before any ranking. */
function fitOf(channel: Channel, p: Profile, audience: AudienceFigures): ChannelFit {
  const figures = audience.markets.flatMap((market) => {
    const values = figuresIn(market, channel);
    return values ? [{ market, values }] : [];
  });
  const missingIn = audience.markets.filter((m) => !figures.some((f) => f.market === m));
  const reasons = reasonsFor(channel, p);
  const mustKeep = reasons.includes('b2bLinkedIn');
  const rated = audience.markets.length > 0 && missingIn.length === 0 && audience.markets.every((m) => m.rankable);
  return {
    channel,
    figures,
    missingIn,
    reasons,
    occupation: mustKeep ? occupationFigures(channel, audience.markets) : [],
    mustKeep,
    rated,
    young: isYoungAudience(p) && YOUNG_PLATFORMS.includes(channel),
  };
}

/**
 * Whether the figures put `above` over `below` by the near-tie or more in every market where both have a figure: the
 * same line that lets a channel be paused (`nearTie`), seen from the other side.
 */
function clearlyAbove(above: ChannelFit, below: ChannelFit, years: ReadonlyArray<number>): boolean {
  const pairs = below.figures.flatMap((b) => {
    const a = above.figures.find((x) => x.market === b.market);
    return a ? [[a, b] as const] : [];
  });
  return pairs.length > 0 && pairs.every(([a, b]) => weightedPercent(a, years) >= weightedPercent(b, years) + NEAR_TIE);
}

/**
 * A young platform keeps its head start only while the figures for the audience's own ages put none of the company's
 * other channels clearly above it: among 12-15-year-olds in Sweden YouTube (50 %) is far above Instagram (24 %).
 */
function withYoungHeadStart(fits: ChannelFit[], years: ReadonlyArray<number>): ChannelFit[] {
  const others = fits.filter((f) => f.rated && !f.mustKeep && !f.young);
  return fits.map((f) => (f.young && others.some((o) => clearlyAbove(o, f, years)) ? { ...f, young: false } : f));
}

/**
 * Every social channel the company uses, with its figures and reasons, in the order to keep them: LinkedIn for B2B
 * first, then the channels the figures can rank (by their best place in any one market's table, then the sum of
 * their places), then those the figures cannot rank, in the app's channel order.
 */
export function rankChannels(p: Profile, audience: AudienceFigures = audienceFigures(p)): ChannelFit[] {
  const years = yearsOf(p.ageBands);
  const fits = withYoungHeadStart(
    socialChannelsOf(p).map((channel) => fitOf(channel, p, audience)),
    years,
  );
  // Places inside each market's table: a channel's score there is its figure plus its reasons' tie-breakers.
  const place = new Map<Channel, number[]>();
  for (const market of audience.markets) {
    const scored = fits
      .filter((f) => f.rated)
      .map((f) => {
        const figure = f.figures.find((x) => x.market === market);
        const bonus = f.reasons.reduce((s, r) => s + REASON_WEIGHT[r], 0);
        return { channel: f.channel, score: (figure ? weightedPercent(figure, years) : 0) + bonus };
      })
      .sort((a, b) => b.score - a.score || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
    scored.forEach((s, i) => place.set(s.channel, [...(place.get(s.channel) ?? []), i]));
  }
  const best = (c: Channel): number => Math.min(...(place.get(c) ?? [Number.POSITIVE_INFINITY]));
  const sum = (c: Channel): number => (place.get(c) ?? []).reduce((s, x) => s + x, 0);
  return fits.sort(
    (a, b) =>
      Number(b.mustKeep) - Number(a.mustKeep) ||
      Number(b.rated) - Number(a.rated) ||
      best(a.channel) - best(b.channel) ||
      sum(a.channel) - sum(b.channel) ||
      CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel),
  );
}

/** A channel's figure in one market for an audience of these ages (weighted over its bands), as the advice compares it. */
export const audienceShare = (f: MarketFigure, ages: ReadonlyArray<AgeBand>): number => weightedPercent(f, yearsOf(ages));

/**
 * The kept channel the figures hardly separate a channel from, or put it above: in some market its figure is within
 * `NEAR_TIE` of that kept channel's, or higher. The lowest such kept channel is named; undefined when the figures put
 * it clearly below every kept channel, the only ground on which the figures pause a channel.
 */
function keptRival(fit: ChannelFit, kept: ReadonlyArray<ChannelFit>, years: ReadonlyArray<number>): ChannelFit | undefined {
  return kept.findLast((k) => !k.mustKeep && !clearlyAbove(k, fit, years));
}

/** Whether in some market the figures put `fit` over `kept` by the near-tie or more (then "hardly separate" is untrue). */
function aboveSomewhere(fit: ChannelFit, kept: ChannelFit, years: ReadonlyArray<number>): boolean {
  return fit.figures.some((f) => {
    const k = kept.figures.find((x) => x.market === f.market);
    return k !== undefined && weightedPercent(f, years) >= weightedPercent(k, years) + NEAR_TIE;
  });
}

/**
 * The platforms where short, vertical video is the main format, and those that take the same clips (as Shorts on
 * YouTube, Reels on Instagram and Facebook): short looping video began on TikTok and is now Reels and Shorts (FUNNEL).
 */
export const SHORT_VIDEO_MAKERS: ReadonlyArray<Channel> = ['tiktok', 'instagram'];
export const SHORT_VIDEO_OUTLETS: ReadonlyArray<Channel> = ['tiktok', 'instagram', 'youtube', 'facebook'];

/**
 * Facebook for an audience within 13-29 whose figures would pause it: kept at a minimum (events, local partners,
 * messages, no hours for content) when the audience reaches into 18-29 (in Sweden 51 % of 26-35-year-olds used it
 * daily in 2026) or the company wants community; otherwise paused, and the pause line says what the page is still for.
 */
export const keepsFacebookAtMinimum = (p: Profile): boolean =>
  isYoungAudience(p) && (p.ageBands.includes('18-29') || p.goals.includes('community'));

export interface ChannelAdvice {
  /** The market figures behind the advice (empty outside Norway and Sweden). */
  audience: AudienceFigures;
  /** The channels to put the hours into, best fit first, each with why. */
  keep: ChannelFit[];
  /** The channels to pause: only ones the figures rank clearly below every kept one, and never LinkedIn for B2B. */
  pause: ChannelFit[];
  /**
   * Neither kept nor paused on the figures; the company's own statistics decide: channels without a figure that
   * describes the audience, and those the figures hardly separate from a kept one (`tiedWith`) that cannot simply
   * take the kept channels' short videos.
   */
  unrated: ChannelFit[];
  /**
   * Kept without hours of their own: channels the figures hardly separate from a kept one (`tiedWith`) that take the
   * same short videos as the kept platforms where short video is the format (YouTube as Shorts beside TikTok).
   */
  reuse: ChannelFit[];
  /** A young audience's Facebook kept at a minimum (`keepsFacebookAtMinimum`): clearly below the kept channels. */
  minimum: ChannelFit[];
  /** For an audience within 13-29: the young platforms the company is on that keep their head start. */
  youngFirst: Channel[];
  /** More young platforms than places: the figures choose among them (near-ties are not paused). */
  tooManyYoung: boolean;
}

/** Where a channel left over goes: not paused when near a kept one, Facebook at a minimum for the young, else paused. */
function placeLeftOver(fit: ChannelFit, p: Profile, advice: ChannelAdvice, years: ReadonlyArray<number>): void {
  const rival = keptRival(fit, advice.keep, years);
  if (rival) {
    const tied = { ...fit, tiedWith: rival.channel, tiedAbove: aboveSomewhere(fit, rival, years) };
    const makers = advice.keep.some((k) => SHORT_VIDEO_MAKERS.includes(k.channel) && k.channel !== fit.channel);
    (makers && SHORT_VIDEO_OUTLETS.includes(fit.channel) ? advice.reuse : advice.unrated).push(tied);
  } else if (fit.channel === 'facebook' && keepsFacebookAtMinimum(p)) advice.minimum.push(fit);
  else advice.pause.push(fit);
}

/**
 * Which social channels to keep when there are more than the hours allow: two hours a week per channel, at least
 * one channel, LinkedIn kept for B2B (and beside it one channel for the consumers of a company selling to both). For
 * an audience within 13-29 the young platforms with their head start take the places first; then the figures fill
 * them. A channel left over is paused only when the figures put it clearly below every kept channel; one they hardly
 * separate from a kept channel takes the kept platforms' short videos where it can, else is left to the company, as
 * is every channel the figures cannot rank.
 */
export function channelAdvice(p: Profile): ChannelAdvice {
  const audience = audienceFigures(p);
  const ranked = rankChannels(p, audience);
  const years = yearsOf(p.ageBands);
  const byHours = p.hoursPerWeek === null ? 2 : Math.floor(p.hoursPerWeek / MIN_HOURS_PER_SOCIAL_CHANNEL);
  const mustKeep = ranked.filter((c) => c.mustKeep);
  // A company selling to both keeps a channel for its consumers beside LinkedIn, even when that stretches the hours.
  const forConsumers = audience.buyers === 'both' && mustKeep.length > 0 ? 1 : 0;
  const places = Math.max(1, Math.min(byHours, ranked.length - 1), mustKeep.length + forConsumers);
  const candidates = ranked.filter((c) => !c.mustKeep && c.rated);
  const young = candidates.filter((c) => c.young);
  const advice: ChannelAdvice = {
    audience,
    keep: [...mustKeep],
    pause: [],
    unrated: [],
    reuse: [],
    minimum: [],
    youngFirst: young.map((c) => c.channel),
    tooManyYoung: young.length > places - mustKeep.length,
  };
  for (const fit of [...young, ...candidates.filter((c) => !c.young)]) {
    if (advice.keep.length < places) advice.keep.push(fit);
    else placeLeftOver(fit, p, advice, years);
  }
  advice.unrated.push(...ranked.filter((c) => !c.mustKeep && !c.rated));
  return advice;
}

/** The actions whose texts show where the audience is, with the market's figures. */
const AUDIENCE_ACTIONS: ReadonlySet<string> = new Set([
  'checkWhereAudienceIs',
  'reviewChannelMixTwiceAYear',
  'yearlyAudienceAndChannelCheck',
  'testYoungPlatforms',
  'testYouTubeForYoungAudience',
  'moveTikTokHoursToYourAudience',
  'useFacebookForOlderAudience',
]);

/** The source behind each reason, so the card's source line names it when the reason is given. */
const REASON_SOURCE: Readonly<Record<FitReason, SourceKey | null>> = {
  b2bLinkedIn: null,
  serviceOnMeta: 'IPSOS21',
  recruitmentLinkedIn: null,
  longFormYouTube: 'PRIO24',
};

/**
 * The sources an action cites for this company: its own, the figure tables of its markets, and the reasons its
 * lines give (those of the channels kept or left open; a paused channel's line, and one kept without hours or at a
 * minimum, gives its figures only).
 */
function sourcesFor(action: ActionDef, audience: AudienceFigures, advice?: ChannelAdvice): SourceKey[] {
  const own = action.sources.filter((s) => !FIGURE_SOURCES.has(s));
  const fits = advice ? [...advice.keep, ...advice.unrated] : [];
  const reasons = fits.flatMap((f) => f.reasons.flatMap((r) => REASON_SOURCE[r] ?? []));
  return [...new Set([...own, ...audience.markets.map((m) => m.table.source), ...reasons])];
}

/** What a planned action carries about channels: the market's figures, and for "fewer channels" the advice. */
export interface ChannelFacts {
  action?: ActionDef;
  audience?: AudienceFigures;
  channelAdvice?: ChannelAdvice;
}

/** The channel facts for one action and profile; nothing for actions that cite no platform figures. */
export function channelFactsFor(action: ActionDef, p: Profile): ChannelFacts {
  if (action.id === 'focusOnFewerChannels') {
    const advice = channelAdvice(p);
    const sources = sourcesFor(action, advice.audience, advice);
    return { action: { ...action, sources }, audience: advice.audience, channelAdvice: advice };
  }
  if (!AUDIENCE_ACTIONS.has(action.id)) return {};
  const audience = audienceFigures(p);
  return { action: { ...action, sources: sourcesFor(action, audience) }, audience };
}
