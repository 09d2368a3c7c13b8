import type { ActionDef } from '../model/types';

/**
 * Actions triggered by profile rules (`../profileRules.ts`), one per rule.
 * Texts: `locales/<lng>/profile.json` under `a.<id>`; the rule's own explanation under `rules.<ruleId>`.
 */
export const profileActions: ReadonlyArray<ActionDef> = [
  // Daily Facebook use falls sharply among 18-29; Snapchat and Instagram in the top 3, TikTok grows fastest (IPSOS21).
  {
    id: 'testYoungPlatforms',
    module: 'channels',
    impact: 3,
    effort: 2,
    sources: ['IPSOS21'],
    family: 'youngPlatforms',
    fits: { youngPlatform: true },
    triggers: { rules: ['youngAudienceOnlyFacebook'] },
  },
  // LinkedIn among the networks companies use; B2B audiences are people too (INSIGHT18).
  {
    id: 'startOnLinkedIn',
    module: 'channels',
    impact: 2,
    effort: 2,
    sources: ['INSIGHT18'],
    triggers: { rules: ['b2bWithoutLinkedIn'] },
  },
  // Quality over quantity: deliberate choice of channels (PRIO24 #5).
  {
    id: 'focusOnFewerChannels',
    module: 'channels',
    impact: 3,
    effort: 1,
    sources: ['PRIO24', 'IPSOS22', 'IIS22'],
    family: 'channelFocus',
    triggers: { rules: ['manyChannelsFewHours', 'manyChannelsOnePerson'] },
  },
  // Sales posts rarely reach far without an ad budget (FUNNEL); balance paid and organic reach (PRIO24 #8).
  {
    id: 'setAsideAdBudget',
    module: 'strategy',
    impact: 3,
    effort: 3,
    sources: ['FUNNEL', 'PRIO24'],
    family: 'adBudget',
    triggers: { rules: ['salesGoalWithoutAdBudget'] },
  },
  // Social media are push, website and newsletter are pull (FUNNEL); platforms help no one for free (INSIGHT18).
  {
    id: 'buildOwnedChannel',
    module: 'channels',
    impact: 3,
    effort: 2,
    sources: ['FUNNEL', 'INSIGHT18'],
    family: 'ownedChannels',
    triggers: { rules: ['noOwnedChannel'] },
  },
  // Facebook is still Norway's largest channel with the largest share of daily use (IPSOS21).
  {
    id: 'useFacebookForOlderAudience',
    module: 'channels',
    impact: 2,
    effort: 2,
    sources: ['IPSOS21'],
    triggers: { rules: ['matureAudienceWithoutFacebook'] },
  },
  // Strategic anchoring in the business's goals and values, testing and measuring (PRIO24 #2).
  {
    id: 'setGoalsForSocialMedia',
    module: 'strategy',
    impact: 3,
    effort: 1,
    sources: ['PRIO24'],
    family: 'goals',
    triggers: { rules: ['noGoalsSet'] },
  },
  // Longer formats are coming back, YouTube and blogs (PRIO24 #4); one production, many formats (PRIO24 #6).
  {
    id: 'testLongFormContent',
    module: 'channels',
    impact: 2,
    effort: 2,
    sources: ['PRIO24'],
    family: 'longForm',
    fits: { minHoursPerWeek: 5 },
    triggers: { rules: ['awarenessGoalWithoutLongForm'] },
  },
  // Facebook with Instagram works best for customer service; most people send a direct message (IPSOS21);
  // opening hours and an automatic reply outside them (FUNNEL).
  {
    id: 'offerServiceOnFacebookOrInstagram',
    module: 'responsiveness',
    impact: 2,
    effort: 2,
    sources: ['IPSOS21', 'FUNNEL'],
    triggers: { rules: ['customerServiceGoalWithoutMeta'] },
  },
  // TikTok: 41 % of 18-29-year-olds daily, 1 % of those over 60 (IPSOS22).
  {
    id: 'moveTikTokHoursToYourAudience',
    module: 'channels',
    impact: 2,
    effort: 1,
    sources: ['IPSOS22'],
    family: 'channelFocus',
    triggers: { rules: ['tikTokWithoutYoungAudience'] },
  },
  // The website is pull, social media and newsletters push (FUNNEL).
  {
    id: 'makeWebsiteTheHomeBase',
    module: 'channels',
    impact: 3,
    effort: 2,
    sources: ['FUNNEL'],
    family: 'ownedChannels',
    triggers: { rules: ['trafficGoalWithoutWebsite', 'newsletterWithoutWebsite'] },
  },
  // E-mail and SMS sell faster than social media (FUNNEL).
  {
    id: 'startNewsletterForSales',
    module: 'strategy',
    impact: 2,
    effort: 2,
    sources: ['FUNNEL'],
    triggers: { rules: ['salesGoalWithoutNewsletter'] },
  },
  // YouTube daily: 65 % of Swedes born in the 2000s, 50 % of those born in the 1990s (IIS22).
  {
    id: 'testYouTubeForYoungAudience',
    module: 'channels',
    impact: 2,
    effort: 2,
    sources: ['IIS22'],
    family: 'youngPlatforms',
    triggers: { rules: ['swedishYoungAudienceWithoutYouTube'] },
  },
  // Show the people and their competence, let them tell the story (PRIO24 #10); faces (FUNNEL).
  {
    id: 'showTheWorkplace',
    module: 'authenticity',
    impact: 2,
    effort: 2,
    sources: ['PRIO24', 'FUNNEL'],
    family: 'people',
    fits: { needsTeam: true },
    triggers: { rules: ['recruitmentGoal'] },
  },
];
