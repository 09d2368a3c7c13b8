/**
 * Which social channels fit a company best, and why: behind "fewer channels" (PRIO24 #5), which must name the
 * channels to keep and never tell a B2B company to drop LinkedIn. Ranked by the audience's daily use of each
 * platform (platformFigures.ts), then by what the company sells to and wants from social media.
 */
import type { AgeBand, Channel, Profile } from '../model/types';
import { CHANNELS } from '../model/types';
import { DAILY_USE, type DailyUseFigure, type FigureMarket } from './platformFigures';
import { MIN_HOURS_PER_SOCIAL_CHANNEL, hasYoungAudience, socialChannelsOf } from '../model/profileRules';

/** Reasons besides the usage figures that make a channel fit a profile. */
export type FitReason =
  /** B2B: LinkedIn is where business audiences are named (INSIGHT18); never advised to drop. */
  | 'b2bLinkedIn'
  /** Customer service goal: Facebook and Instagram worked best for customer service (IPSOS21). */
  | 'serviceOnMeta'
  /** Recruitment goal: LinkedIn is the professional network. */
  | 'recruitmentLinkedIn'
  /** Awareness or community goal: longer formats are coming back on YouTube (PRIO24 #4). */
  | 'longFormYouTube';

export interface ChannelFit {
  channel: Channel;
  /** The published figure that best describes the audience's daily use of the channel, if there is one. */
  figure: DailyUseFigure | null;
  reasons: FitReason[];
  /** Kept whatever the figures say (LinkedIn for B2B). */
  mustKeep: boolean;
  /** Higher fits better; only the order matters. */
  score: number;
}

/** Weight of each reason, in percentage points of daily use: enough to lift a channel, not to decide alone. */
const REASON_WEIGHT: Readonly<Record<FitReason, number>> = {
  b2bLinkedIn: 50,
  serviceOnMeta: 15,
  recruitmentLinkedIn: 15,
  longFormYouTube: 10,
};
/** A channel without any published figure gets a middling score rather than none. */
const NO_FIGURE_SCORE = 20;
/** A young people's platform for a B2B company whose audience has no one under 30. */
const YOUNG_PLATFORM_PENALTY = 40;
const YOUNG_PLATFORMS: ReadonlyArray<Channel> = ['tiktok', 'snapchat'];

/** Sweden's figures when Sweden is the only Nordic market chosen; otherwise Norway's. */
function marketOf(p: Profile): FigureMarket {
  return p.markets.includes('se') && !p.markets.includes('no') ? 'se' : 'no';
}

/**
 * The figure for one channel that describes the audience best: the market's own figure for the audience's ages,
 * else the market's figure for its whole population; only when the market has no figure for the channel at all,
 * the other Nordic market's (named as such). A Swedish company is judged on Swedish figures.
 */
function figureFor(channel: Channel, market: FigureMarket, bands: ReadonlyArray<AgeBand>): DailyUseFigure | null {
  const inMarket = (m: FigureMarket): DailyUseFigure | null => {
    const figures = DAILY_USE.filter((f) => f.channel === channel && f.market === m);
    const forAges = [...figures.filter((f) => f.ageBands.some((b) => bands.includes(b)))].sort((a, b) => b.percent - a.percent)[0];
    return forAges ?? figures.find((f) => f.ageBands.length === 0) ?? null;
  };
  return inMarket(market) ?? inMarket(market === 'no' ? 'se' : 'no');
}

/** Every social channel the company uses, best fit first (ties in the app's channel order). */
export function rankChannels(p: Profile): ChannelFit[] {
  const market = marketOf(p);
  const b2b = p.customerType === 'b2b' || p.customerType === 'both';
  return socialChannelsOf(p)
    .map((channel): ChannelFit => {
      const figure = figureFor(channel, market, p.ageBands);
      const reasons: FitReason[] = [];
      if (b2b && channel === 'linkedin') reasons.push('b2bLinkedIn');
      if (p.goals.includes('customerService') && (channel === 'facebook' || channel === 'instagram')) reasons.push('serviceOnMeta');
      if (p.goals.includes('recruitment') && channel === 'linkedin') reasons.push('recruitmentLinkedIn');
      if ((p.goals.includes('awareness') || p.goals.includes('community')) && channel === 'youtube') reasons.push('longFormYouTube');
      const penalty = p.customerType === 'b2b' && YOUNG_PLATFORMS.includes(channel) && !hasYoungAudience(p) ? YOUNG_PLATFORM_PENALTY : 0;
      const score = (figure?.percent ?? NO_FIGURE_SCORE) + reasons.reduce((s, r) => s + REASON_WEIGHT[r], 0) - penalty;
      return { channel, figure, reasons, mustKeep: reasons.includes('b2bLinkedIn'), score };
    })
    .sort(
      (a, b) => Number(b.mustKeep) - Number(a.mustKeep) || b.score - a.score || CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel),
    );
}

export interface ChannelAdvice {
  /** The channels to put the hours into, best fit first, each with why. */
  keep: ChannelFit[];
  /** The channels to pause. */
  pause: Channel[];
}

/**
 * Which social channels to keep when there are more than the hours allow: two hours a week per channel, at least
 * one channel, always at least one paused (the advice is only given when there are too many), LinkedIn kept for B2B.
 */
export function channelAdvice(p: Profile): ChannelAdvice {
  const ranked = rankChannels(p);
  const byHours = p.hoursPerWeek === null ? 2 : Math.floor(p.hoursPerWeek / MIN_HOURS_PER_SOCIAL_CHANNEL);
  const keepCount = Math.max(1, Math.min(byHours, ranked.length - 1), ranked.filter((c) => c.mustKeep).length);
  return { keep: ranked.slice(0, keepCount), pause: ranked.slice(keepCount).map((c) => c.channel) };
}
