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
 * - LinkedIn is kept for B2B on the company's own grounds, with Sweden's figure for white-collar workers beside it.
 */
import type { ActionDef, AgeBand, Channel, Profile, SourceKey } from '../model/types';
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
import { MIN_HOURS_PER_SOCIAL_CHANNEL, hasYoungAudience, socialChannelsOf } from '../model/profileRules';

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
}

/** The figures for the company's markets; empty when it sells in neither Norway nor Sweden. */
export interface AudienceFigures {
  /** The profile's age bands the figures are mapped from (empty: not given). */
  ages: AgeBand[];
  /** The company's social channels, so a text can say which of them a table has no figure for. */
  channels: Channel[];
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
    return coverage >= MIN_AGE_COVERAGE ? [{ country, table, bands, byAge: true, uncovered: [] }] : [];
  });
  const whole = tables.flatMap((table): MarketFigures[] => {
    const all = table.bands.find((b) => b.kind === 'all');
    return all ? [{ country, table, bands: [all], byAge: false, uncovered: [] }] : [];
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
  return { ...best, uncovered };
}

/** The figures for the company's own markets, in the order it lists them; none for a market outside the Nordics. */
export function audienceFigures(p: Profile): AudienceFigures {
  const countries = p.markets.filter((m): m is FigureCountry => m === 'no' || m === 'se');
  const markets = [...new Set(countries)].flatMap((c) => marketFigures(c, p) ?? []);
  return { ages: [...p.ageBands], channels: socialChannelsOf(p), markets };
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
  /** Its comparable figures, one per market that has them. */
  figures: MarketFigure[];
  /** The markets whose table has no figure for it in the audience's bands. */
  missingIn: MarketFigures[];
  reasons: FitReason[];
  /** For LinkedIn and a B2B company: the share of white-collar workers using it daily, where a table has it. */
  occupation: Array<{ market: MarketFigures; band: SurveyBand; percent: number }>;
  /** Kept whatever the figures say (LinkedIn for B2B). */
  mustKeep: boolean;
  /** Has a comparable figure in every market: only then can the figures rank it, or pause it. */
  rated: boolean;
}

/**
 * Weight of each reason, in percentage points of daily use: a tie-breaker between channels the audience uses about
 * as much, never enough to keep a channel the audience's own ages hardly use (LinkedIn for B2B is kept anyway).
 */
const REASON_WEIGHT: Readonly<Record<FitReason, number>> = {
  b2bLinkedIn: 0,
  serviceOnMeta: 5,
  recruitmentLinkedIn: 5,
  longFormYouTube: 5,
};
/** A young people's platform for a B2B company whose audience has no one under 30. */
const YOUNG_PLATFORM_PENALTY = 40;
const YOUNG_PLATFORMS: ReadonlyArray<Channel> = ['tiktok', 'snapchat'];

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

/**
 * Every social channel the company uses, with its figures and reasons, in the order to keep them: LinkedIn for B2B
 * first, then the channels the figures can rank (by their best place in any one market's table, then the sum of
 * their places), then those without comparable figures, in the app's channel order.
 */
export function rankChannels(p: Profile, audience: AudienceFigures = audienceFigures(p)): ChannelFit[] {
  const years = yearsOf(p.ageBands);
  const fits = socialChannelsOf(p).map((channel): ChannelFit => {
    const figures = audience.markets.flatMap((market) => {
      const values = figuresIn(market, channel);
      return values ? [{ market, values }] : [];
    });
    const missingIn = audience.markets.filter((m) => !figures.some((f) => f.market === m));
    const reasons = reasonsFor(channel, p);
    const occupation =
      reasons.includes('b2bLinkedIn') || reasons.includes('recruitmentLinkedIn')
        ? audience.markets.flatMap((market) => {
            const band = market.table.bands.find((b) => b.id === 'whiteCollar');
            const percent = band ? percentIn(market.table, channel, band.id) : undefined;
            return band && percent !== undefined ? [{ market, band, percent }] : [];
          })
        : [];
    const rated = audience.markets.length > 0 && missingIn.length === 0;
    return { channel, figures, missingIn, reasons, occupation, mustKeep: reasons.includes('b2bLinkedIn'), rated };
  });

  // Places inside each market's table: a channel's score there is its figure plus its reasons, less the penalty.
  const place = new Map<Channel, number[]>();
  for (const market of audience.markets) {
    const scored = fits
      .filter((f) => f.rated)
      .map((f) => {
        const figure = f.figures.find((x) => x.market === market);
        const penalty =
          p.customerType === 'b2b' && YOUNG_PLATFORMS.includes(f.channel) && !hasYoungAudience(p) ? YOUNG_PLATFORM_PENALTY : 0;
        const bonus = f.reasons.reduce((s, r) => s + REASON_WEIGHT[r], 0);
        return { channel: f.channel, score: (figure ? weightedPercent(figure, years) : 0) + bonus - penalty };
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

export interface ChannelAdvice {
  /** The market figures behind the advice (empty outside Norway and Sweden). */
  audience: AudienceFigures;
  /** The channels to put the hours into, best fit first, each with why. */
  keep: ChannelFit[];
  /** The channels to pause: only ones the figures can rank, and never LinkedIn for B2B. */
  pause: ChannelFit[];
  /** Channels without a comparable figure: neither kept nor paused on the figures; the company's own statistics decide. */
  unrated: ChannelFit[];
}

/**
 * Which social channels to keep when there are more than the hours allow: two hours a week per channel, at least
 * one channel, LinkedIn kept for B2B. Only channels with comparable figures fill the places and are paused; the
 * others are left for the company to decide on its own statistics.
 */
export function channelAdvice(p: Profile): ChannelAdvice {
  const audience = audienceFigures(p);
  const ranked = rankChannels(p, audience);
  const byHours = p.hoursPerWeek === null ? 2 : Math.floor(p.hoursPerWeek / MIN_HOURS_PER_SOCIAL_CHANNEL);
  const places = Math.max(1, Math.min(byHours, ranked.length - 1), ranked.filter((c) => c.mustKeep).length);
  const keep = ranked.filter((c) => c.mustKeep);
  const pause: ChannelFit[] = [];
  for (const fit of ranked.filter((c) => !c.mustKeep && c.rated)) (keep.length < places ? keep : pause).push(fit);
  return { audience, keep, pause, unrated: ranked.filter((c) => !c.mustKeep && !c.rated) };
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

/** The sources an action cites for this company: its own, the figure tables of its markets, and its reasons'. */
function sourcesFor(action: ActionDef, audience: AudienceFigures, advice?: ChannelAdvice): SourceKey[] {
  const own = action.sources.filter((s) => !FIGURE_SOURCES.has(s));
  const fits = advice ? [...advice.keep, ...advice.pause, ...advice.unrated] : [];
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
