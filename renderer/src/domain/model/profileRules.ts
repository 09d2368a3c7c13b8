import type { Channel, Profile, ProfileCondition, ProfileRuleId } from './types';
import { OWNED_CHANNELS, PROFILE_RULE_IDS } from './types';

/**
 * Profile rules: facts about the company (not scored) that call for a tailored action.
 * Each rule is a pure predicate over the profile; the actions they trigger live in `bank/profileActions.ts`
 * with their texts in `locales/<lng>/profile.json` under `a.<actionId>`.
 * A rule only fires on what the user has actually filled in: an empty field never triggers anything.
 */
export { PROFILE_RULE_IDS, type ProfileRuleId };

/** Platforms where 18-29-year-olds spend their day, besides Facebook (IPSOS21). */
const YOUNG_PLATFORMS: ReadonlyArray<Channel> = ['instagram', 'snapchat', 'tiktok'];
/** Social platforms, i.e. every channel that is not owned. */
export const isSocial = (c: Channel): boolean => !OWNED_CHANNELS.includes(c);
/** The audience includes people under 30 (the bands 13-17 and 18-29). */
export const hasYoungAudience = (p: Profile): boolean => p.ageBands.includes('13-17') || p.ageBands.includes('18-29');
/** Under this many hours a week, the plan is at its smallest (docs/scoring-and-plan.md). */
export const FEW_HOURS = 3;

/**
 * Hours per week we consider the least that keeps one social channel alive (post, answer, follow up).
 * A judgement call behind "fewer channels done well" (PRIO24 #5): two hours a week per channel.
 */
export const MIN_HOURS_PER_SOCIAL_CHANNEL = 2;

const rules: Record<ProfileRuleId, (p: Profile) => boolean> = {
  // B2C with a young audience and Facebook as the only social platform: daily Facebook use is
  // falling sharply among 18-29-year-olds while Snapchat, Instagram and TikTok grow (IPSOS21).
  youngAudienceOnlyFacebook: (p) =>
    (p.customerType === 'b2c' || p.customerType === 'both') &&
    (p.ageBands.includes('13-17') || p.ageBands.includes('18-29')) &&
    p.channels.includes('facebook') &&
    !p.channels.some((c) => YOUNG_PLATFORMS.includes(c)),
  b2bWithoutLinkedIn: (p) =>
    (p.customerType === 'b2b' || p.customerType === 'both') && p.channels.length > 0 && !p.channels.includes('linkedin'),
  // Fewer channels done well (PRIO24 #5): too few hours per channel.
  manyChannelsFewHours: (p) => {
    const social = p.channels.filter(isSocial).length;
    return p.hoursPerWeek !== null && social >= 3 && p.hoursPerWeek < social * MIN_HOURS_PER_SOCIAL_CHANNEL;
  },
  salesGoalWithoutAdBudget: (p) => p.goals.includes('sales') && p.adBudget === 'none',
  noOwnedChannel: (p) => p.channels.length > 0 && !p.channels.some((c) => OWNED_CHANNELS.includes(c)),
  // Facebook is still Norway's largest channel with the largest share of daily use (IPSOS21). Consumers only: a B2B
  // firm reaches its buyers where they work (LinkedIn), whatever their age.
  matureAudienceWithoutFacebook: (p) =>
    (p.customerType === 'b2c' || p.customerType === 'both') &&
    (p.ageBands.includes('45-59') || p.ageBands.includes('60+')) &&
    p.channels.length > 0 &&
    !p.channels.includes('facebook'),
  // Only fires once the user has started on the profile's targeting, so a blank profile stays quiet.
  noGoalsSet: (p) => p.goals.length === 0 && (p.channels.length > 0 || p.customerType !== null),
  // Audiences look for substance again: longer formats on YouTube or a blog (PRIO24 #4).
  awarenessGoalWithoutLongForm: (p) =>
    (p.goals.includes('awareness') || p.goals.includes('community')) &&
    p.channels.length > 0 &&
    !p.channels.includes('youtube') &&
    !p.channels.includes('website'),
  // Facebook with Instagram (Meta) worked best for customer service, with the best inbox handling (IPSOS21).
  customerServiceGoalWithoutMeta: (p) =>
    p.goals.includes('customerService') && p.channels.length > 0 && !p.channels.includes('facebook') && !p.channels.includes('instagram'),
  // TikTok is a young platform: 41 % of 18-29-year-olds use it daily, 1 % of those over 60 (IPSOS22).
  tikTokWithoutYoungAudience: (p) => p.channels.includes('tiktok') && p.ageBands.length > 0 && !hasYoungAudience(p),
  // The website is pull: people who search find it (FUNNEL). Traffic needs somewhere to go.
  trafficGoalWithoutWebsite: (p) => p.goals.includes('traffic') && p.channels.length > 0 && !p.channels.includes('website'),
  // A newsletter is owned but push (FUNNEL); without a website nobody who searches finds the company.
  newsletterWithoutWebsite: (p) => p.channels.includes('newsletter') && !p.channels.includes('website'),
  // E-mail and SMS sell faster than social media (FUNNEL).
  salesGoalWithoutNewsletter: (p) => p.goals.includes('sales') && p.channels.length > 0 && !p.channels.includes('newsletter'),
  // In Sweden 65 % of those born in the 2000s use YouTube daily (IIS22).
  swedishYoungAudienceWithoutYouTube: (p) =>
    p.markets.includes('se') && hasYoungAudience(p) && p.channels.length > 0 && !p.channels.includes('youtube'),
  // Show the people and their competence (PRIO24 #10): only a company with staff recruits.
  recruitmentGoal: (p) => p.goals.includes('recruitment') && p.size !== 'solo',
  // Customer service with little time: published hours and an auto-reply (FUNNEL).
  customerServiceGoalFewHours: (p) => p.goals.includes('customerService') && p.hoursPerWeek !== null && p.hoursPerWeek < FEW_HOURS,
  // One person keeping three or more social channels alive, whatever the hours (PRIO24 #5).
  manyChannelsOnePerson: (p) => p.size === 'solo' && p.channels.filter(isSocial).length >= 3,
  // Sector rules (sectors.ts): the duty of confidentiality covers even who is a patient or client (HPL21, PSL, RGA,
  // ADVSED, REVL, REGNFL, LBF); a public body's posts and messages can be records (OFFARK, SKRSOME).
  patientConfidentiality: (p) => p.industry === 'health',
  lawyerConfidentiality: (p) => p.industry === 'legal',
  financeConfidentiality: (p) => p.industry === 'finance',
  publicBody: (p) => p.industry === 'publicSector',
  // Marketing that reaches children and young people has rules of its own (FTBARN, KOVBARN, DSA, METATEEN).
  childrenInAudience: (p) => p.ageBands.includes('13-17'),
  // Every public audit starts with who holds the accounts: two admins, two-factor login, the company as owner
  // (METAHELP). Any company on a social channel can lose it to a hijacker or a person who left.
  socialAccountsInUse: (p) => p.channels.some(isSocial),
  // Local customers search on a map: the Google Business Profile is where they see hours, photos and reviews (GBP).
  localCustomersWithoutMapListing: (p) => p.localCustomers === true,
  // Customers outside Norway and Sweden read another language: the company adapts to them, not the other way round
  // (INSIGHT18).
  foreignCustomers: (p) => p.markets.includes('other'),
};

/** The rules that fire for this profile, in the order of `PROFILE_RULE_IDS`. */
export function firedProfileRules(profile: Profile): ProfileRuleId[] {
  return PROFILE_RULE_IDS.filter((id) => rules[id](profile));
}

/** Social channels that carry text first: video and picture formats say little about a company that is only there. */
const TEXT_FIRST_CHANNELS: ReadonlyArray<Channel> = ['linkedin', 'x'];

/** The social channels (not website or newsletter) the company uses. */
export const socialChannelsOf = (p: Profile): Channel[] => p.channels.filter(isSocial);

/** Whether a profile condition holds. Empty profile fields never match. */
export function profileMatches(p: Profile, condition: ProfileCondition): boolean {
  switch (condition) {
    case 'onePerson':
      return p.size === 'solo';
    case 'textFirstChannelsOnly': {
      const social = socialChannelsOf(p);
      return social.length > 0 && social.every((c) => TEXT_FIRST_CHANNELS.includes(c));
    }
  }
}
