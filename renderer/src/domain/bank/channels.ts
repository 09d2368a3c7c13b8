import type { ActionDef, QuestionDef } from '../model/types';

/**
 * Channel choice: how the channels are worked, not which ones (the profile asks that).
 * Where the audience is, contact, formats and video, focus, owned channels, platform logic,
 * longer formats, reviewing the mix and comparing channels.
 */
export const channelsQuestions: ReadonlyArray<QuestionDef> = [
  // Be where the target group is; Facebook, Snapchat, Instagram top 3 daily, TikTok fastest growing (IPSOS21).
  {
    id: 'channelsWhereAudienceIs',
    module: 'channels',
    weight: 3,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['IPSOS21'],
  },
  // Easy and natural for the audience to talk to you there; most people send a direct message (IPSOS21, FUNNEL).
  {
    id: 'contactEaseInChannels',
    module: 'channels',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['IPSOS21', 'FUNNEL'],
  },
  // Adapt content to each platform's formats (IPSOS21); platforms copy each other's formats (FUNNEL).
  {
    id: 'contentAdaptedPerPlatform',
    module: 'channels',
    weight: 3,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['IPSOS21', 'FUNNEL'],
  },
  // Stories came from Snapchat, short looping video from TikTok, now Reels and Shorts (FUNNEL).
  {
    id: 'platformFormatsUsed',
    module: 'channels',
    weight: 2,
    answer: {
      kind: 'multi',
      options: [
        { id: 'shortVerticalVideo', weight: 3 },
        { id: 'vanishingStories', weight: 2 },
        { id: 'subtitledVideo', weight: 1 },
        { id: 'imageSeries', weight: 1 },
        { id: 'interactiveFeatures', weight: 1 },
        { id: 'liveBroadcasts', weight: 1 },
      ],
    },
    // Video formats say little about a company whose only social channels are text-first (B2B on LinkedIn).
    allowNotApplicable: true,
    sources: ['FUNNEL', 'IPSOS21'],
    notApplicableFor: 'textFirstChannelsOnly',
  },
  // Video was a quarter of Swedish top brands' Facebook posts in July 2016 and roughly doubled in a year (SB1317).
  {
    id: 'videoSharePercent',
    module: 'channels',
    weight: 2,
    answer: {
      kind: 'number',
      scoring: {
        better: 'higher',
        steps: [
          { limit: 50, points: 100 },
          { limit: 25, points: 75 },
          { limit: 10, points: 40 },
        ],
        otherwise: 0,
        min: 0,
        max: 100,
      },
    },
    allowNotApplicable: true,
    sources: ['SB1317', 'FUNNEL'],
    notApplicableFor: 'textFirstChannelsOnly',
  },
  // Quality over quantity: deliberate choice of channels (PRIO24 #5).
  {
    id: 'channelPortfolioFocus',
    module: 'channels',
    weight: 3,
    answer: {
      kind: 'choice',
      options: [
        { id: 'everywhere', points: 0 },
        { id: 'abandonedProfiles', points: 15 },
        { id: 'byHabit', points: 35 },
        { id: 'fewWithoutRoles', points: 65 },
        { id: 'fewWithRoles', points: 100 },
      ],
    },
    allowNotApplicable: false,
    sources: ['PRIO24'],
  },
  // Social media are push, website and newsletter are pull (FUNNEL); platforms help no one for free (INSIGHT18).
  {
    id: 'ownedChannelsAsPull',
    module: 'channels',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['FUNNEL', 'INSIGHT18'],
  },
  // Platforms serve individuals and sell ads (INSIGHT18); feeds follow the interest graph (FUNNEL).
  {
    id: 'platformLogicUnderstood',
    module: 'channels',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['INSIGHT18', 'FUNNEL'],
  },
  // Longer formats are coming back, YouTube and blogs (PRIO24 #4). Not every business needs them.
  { id: 'longFormWhereRelevant', module: 'channels', weight: 1, answer: { kind: 'scale' }, allowNotApplicable: true, sources: ['PRIO24'] },
  // Usage shifts quickly (IPSOS21); a course cannot be set once and for all (INSIGHT18). Thresholds are ours.
  {
    id: 'monthsSinceChannelReview',
    module: 'channels',
    weight: 2,
    answer: {
      kind: 'number',
      scoring: {
        better: 'lower',
        steps: [
          { limit: 6, points: 100 },
          { limit: 12, points: 70 },
          { limit: 24, points: 35 },
        ],
        otherwise: 0,
        min: 0,
        max: 240,
      },
    },
    allowNotApplicable: false,
    sources: ['IPSOS21', 'INSIGHT18'],
  },
  // Measure and test systematically (PRIO24 #2), with reach as the key figure (FUNNEL), channel by channel.
  {
    id: 'resultsComparedPerChannel',
    module: 'channels',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['PRIO24', 'FUNNEL'],
  },
];

export const channelsActions: ReadonlyArray<ActionDef> = [
  {
    id: 'checkWhereAudienceIs',
    module: 'channels',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 0 },
    // The plan cites the figure table of the company's own market only (plan/channelFit.ts).
    sources: ['INSIGHT18', 'SOI26', 'KANTAR25', 'IPSOS22Q3'],
    family: 'audienceChannels',
    triggers: { questions: [{ id: 'channelsWhereAudienceIs', below: 75 }] },
  },
  {
    id: 'makeContactEasyInEachChannel',
    module: 'channels',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 0 },
    sources: ['IPSOS21', 'FUNNEL'],
    // Confidential sectors lead people to the phone or a secure channel, not into direct messages (model/sectors.ts).
    sectorVariants: ['confidential'],
    triggers: { questions: [{ id: 'contactEaseInChannels', below: 75 }] },
  },
  {
    id: 'adaptPostsToEachPlatform',
    module: 'channels',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 30 },
    sources: ['IPSOS21', 'FUNNEL'],
    fits: { minSocialChannels: 2 },
    triggers: { questions: [{ id: 'contentAdaptedPerPlatform', below: 75 }] },
  },
  // Formats: weekly short video needs the hours for it; a single new format is the light version.
  {
    id: 'tryOneNewPlatformFormat',
    module: 'channels',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 30 },
    sources: ['FUNNEL'],
    family: 'formats',
    triggers: {
      questions: [
        { id: 'platformFormatsUsed', below: 75 },
        { id: 'videoSharePercent', below: 75 },
      ],
    },
  },
  {
    id: 'startShortVerticalVideo',
    module: 'channels',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 60 },
    sources: ['SB1317', 'FUNNEL'],
    family: 'formats',
    fits: { minHoursPerWeek: 5 },
    triggers: {
      questions: [
        { id: 'videoSharePercent', below: 75 },
        { id: 'platformFormatsUsed', below: 35 },
      ],
    },
  },
  // Channel focus: with several channels, give each a job; with too many for the hours, fewer (profile rule).
  {
    id: 'giveEachChannelAJob',
    module: 'channels',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 5 },
    sources: ['PRIO24'],
    family: 'channelFocus',
    // Where the audience is before deciding what each channel is for, or which to cut.
    after: ['audienceChannels'],
    fits: { minSocialChannels: 2 },
    triggers: { questions: [{ id: 'channelPortfolioFocus', below: 75 }] },
  },
  {
    id: 'closeOrPauseDeadProfiles',
    module: 'channels',
    impact: 1,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 0 },
    sources: ['PRIO24'],
    family: 'channelFocus',
    after: ['audienceChannels'],
    triggers: { questions: [{ id: 'channelPortfolioFocus', below: 25 }] },
  },
  {
    id: 'leadFollowersToOwnedChannels',
    module: 'channels',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [2, 4], weeklyMinutes: 20 },
    sources: ['FUNNEL', 'INSIGHT18'],
    family: 'ownedChannels',
    fits: { needsOwnedChannel: true },
    triggers: {
      questions: [
        { id: 'ownedChannelsAsPull', below: 75 },
        { id: 'platformLogicUnderstood', below: 50 },
      ],
    },
  },
  {
    id: 'writeForTheInterestFeed',
    module: 'channels',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 0 },
    sources: ['FUNNEL', 'INSIGHT18'],
    after: ['audience'],
    triggers: { questions: [{ id: 'platformLogicUnderstood', below: 75 }] },
  },
  {
    id: 'makeLongFormARegularSeries',
    module: 'channels',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 75 },
    sources: ['PRIO24'],
    family: 'longForm',
    fits: { minHoursPerWeek: 8 },
    triggers: { questions: [{ id: 'longFormWhereRelevant', below: 75 }] },
  },
  {
    id: 'reviewChannelMixTwiceAYear',
    module: 'channels',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [2, 3], weeklyMinutes: 5 },
    sources: ['INSIGHT18', 'SOI26', 'KANTAR25', 'IPSOS22Q3'],
    family: 'audienceChannels',
    triggers: {
      questions: [
        { id: 'monthsSinceChannelReview', below: 75 },
        { id: 'channelsWhereAudienceIs', below: 50 },
      ],
    },
  },
  {
    id: 'compareChannelsMonthly',
    module: 'channels',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 10 },
    sources: ['PRIO24', 'FUNNEL'],
    after: ['channelFocus'],
    // Comparing channels month by month is worth the time from three channels up; with two, a look now and then will do.
    fits: { minSocialChannels: 3 },
    triggers: {
      questions: [
        { id: 'resultsComparedPerChannel', below: 75 },
        { id: 'channelPortfolioFocus', below: 50 },
      ],
    },
  },
  // Upkeep for a company that is strong everywhere: habits change, the strategy must allow for it (INSIGHT18); the
  // market's platform figures with their year (SOI26, KANTAR25, IPSOS22Q3).
  {
    id: 'yearlyAudienceAndChannelCheck',
    module: 'channels',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1.5, 2.5], weeklyMinutes: 0 },
    sources: ['INSIGHT18', 'SOI26', 'KANTAR25', 'IPSOS22Q3'],
    family: 'audienceChannels',
    maintenance: true,
    triggers: {},
  },
];
