import type { ActionDef } from '../model/types';

/**
 * Actions triggered by profile rules (`../profileRules.ts`), one per rule (a public body gets two: `../model/sectors.ts`).
 * Texts: `locales/<lng>/profile.json` under `a.<id>`; the rule's own explanation under `rules.<ruleId>`.
 * An action that starts a channel the company does not have yet counts that channel's upkeep in its weekly minutes.
 */
export const profileActions: ReadonlyArray<ActionDef> = [
  // The market's figures for the audience's ages (SOI26, KANTAR25, IPSOS22Q3: plan/channelFit.ts picks one per
  // market); short vertical video began on TikTok and is now Reels and Shorts (FUNNEL). Leads when channels are weak:
  // a young audience on Facebook alone should not find the test only on the "Later" list.
  {
    id: 'testYoungPlatforms',
    module: 'channels',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 75, fromChannelTime: true },
    sources: ['FUNNEL', 'SOI26', 'KANTAR25', 'IPSOS22Q3'],
    leadsWhenModuleBelow: 50,
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
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 45 },
    sources: ['INSIGHT18'],
    triggers: { rules: ['b2bWithoutLinkedIn'] },
  },
  // Quality over quantity: deliberate choice of channels (PRIO24 #5), ranked on the market's figures (channelFit.ts).
  {
    id: 'focusOnFewerChannels',
    module: 'channels',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 10 },
    sources: ['PRIO24', 'SOI26', 'KANTAR25', 'IPSOS22Q3'],
    family: 'channelFocus',
    after: ['audienceChannels'],
    triggers: { rules: ['manyChannelsFewHours', 'manyChannelsOnePerson'] },
  },
  // Sales posts rarely reach far without an ad budget (FUNNEL); balance paid and organic reach (PRIO24 #8). Targeting
  // follows today's rules: teens by age and place only (METATEEN), no interests on sensitive topics (METASENS), no
  // profiling-based ads to minors or on sensitive data (DSA art. 26 and 28).
  {
    id: 'setAsideAdBudget',
    module: 'strategy',
    impact: 3,
    effort: 3,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 20 },
    sources: ['FUNNEL', 'PRIO24', 'METATEEN', 'METASENS', 'DSA'],
    family: 'adBudget',
    triggers: { rules: ['salesGoalWithoutAdBudget'] },
  },
  // Social media are push, website and newsletter are pull (FUNNEL); platforms help no one for free (INSIGHT18).
  {
    id: 'buildOwnedChannel',
    module: 'channels',
    impact: 3,
    effort: 2,
    // A newsletter at the low end, a simple website at the high end: it asks for whichever is easiest, not both.
    work: { oneOffHours: [4, 12], weeklyMinutes: 20 },
    sources: ['FUNNEL', 'INSIGHT18'],
    family: 'ownedChannels',
    triggers: { rules: ['noOwnedChannel'] },
  },
  // Facebook leads daily use among Swedes over 45 (SOI26) and Norwegian adults (IPSOS22Q3).
  {
    id: 'useFacebookForOlderAudience',
    module: 'channels',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [1.5, 2.5], weeklyMinutes: 60 },
    sources: ['SOI26', 'IPSOS22Q3'],
    // No joining groups to help for a confidential sector: clients ask about their own cases there (sectors.ts).
    sectorVariants: ['confidential'],
    triggers: { rules: ['matureAudienceWithoutFacebook'] },
  },
  // Strategic anchoring in the business's goals and values, testing and measuring (PRIO24 #2).
  {
    id: 'setGoalsForSocialMedia',
    module: 'strategy',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 5 },
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
    work: { oneOffHours: [1, 2], weeklyMinutes: 60 },
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
    work: { oneOffHours: [3, 5], weeklyMinutes: 60 },
    sources: ['IPSOS21', 'FUNNEL'],
    // Customer service in direct messages is what a confidential sector must not do (sectors.ts).
    fits: { notForSectors: ['confidential'] },
    triggers: { rules: ['customerServiceGoalWithoutMeta'] },
  },
  // TikTok's daily use in the audience's own ages, from the market's table (SOI26, IPSOS22Q3); fewer channels done
  // well (PRIO24 #5).
  {
    id: 'moveTikTokHoursToYourAudience',
    module: 'channels',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 0 },
    sources: ['PRIO24', 'SOI26', 'KANTAR25', 'IPSOS22Q3'],
    family: 'channelFocus',
    triggers: { rules: ['tikTokWithoutYoungAudience'] },
  },
  // The website is pull, social media and newsletters push (FUNNEL).
  {
    id: 'makeWebsiteTheHomeBase',
    module: 'channels',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [8, 20], weeklyMinutes: 15 },
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
    work: { oneOffHours: [3, 5], weeklyMinutes: 25 },
    sources: ['FUNNEL'],
    triggers: { rules: ['salesGoalWithoutNewsletter'] },
  },
  // YouTube daily: 50 % of Swedes aged 12-15 and 47 % of those aged 16-25 (SOI26); longer formats are coming back
  // (PRIO24 #4).
  {
    id: 'testYouTubeForYoungAudience',
    module: 'channels',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [2, 4], weeklyMinutes: 45 },
    sources: ['PRIO24', 'SOI26'],
    family: 'youngPlatforms',
    triggers: { rules: ['swedishYoungAudienceWithoutYouTube'] },
  },
  // Show the people and their competence, let them tell the story (PRIO24 #10); faces (FUNNEL).
  {
    id: 'showTheWorkplace',
    module: 'authenticity',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [2, 3], weeklyMinutes: 45 },
    sources: ['PRIO24', 'FUNNEL'],
    // No clients, papers or screens in the picture for a confidential sector (sectors.ts).
    sectorVariants: ['confidential'],
    family: 'people',
    fits: { needsTeam: true },
    triggers: { rules: ['recruitmentGoal'] },
  },
  // Sector rules (model/sectors.ts): the sectors' own actions lead the first 30 days whenever they are planned.
  // Health personnel may not confirm that someone is a patient, even one who said so first (HPL21, PSL).
  {
    id: 'answerWithoutConfirmingPatients',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1.5, 2.5], weeklyMinutes: 5, onePerson: { oneOffHours: [1, 2], weeklyMinutes: 5 } },
    sources: ['HPL21', 'PSL'],
    guardrail: true,
    triggers: { rules: ['patientConfidentiality'] },
  },
  // A lawyer keeps the client relationship itself confidential; a check-in can give a client away (RGA, ADVSED).
  {
    id: 'answerWithoutConfirmingClients',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [2, 3], weeklyMinutes: 5, onePerson: { oneOffHours: [1.5, 2.5], weeklyMinutes: 5 } },
    sources: ['RGA', 'ADVSED'],
    guardrail: true,
    triggers: { rules: ['lawyerConfidentiality'] },
  },
  // Norwegian auditors and accountants keep silent about their clients (REVL, REGNFL); Swedish bank secrecy covers even
  // who is a bank's customer (LBF), but not accountants: for a Swedish accounting firm the text states the duty it owes
  // its clients in plain words, citing no law (no checked source covers it).
  {
    id: 'answerWithoutConfirmingCustomers',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1.5, 2.5], weeklyMinutes: 5 },
    sources: ['REVL', 'REGNFL', 'LBF'],
    guardrail: true,
    triggers: { rules: ['financeConfidentiality'] },
  },
  // A public body's posts, comments and messages can be records: comment rules, a routine to keep them, removal
  // only under the published rules (OFFARK, SKRSOME).
  {
    id: 'publishCommentRulesAndArchive',
    module: 'responsiveness',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [3, 6], weeklyMinutes: 15 },
    sources: ['OFFARK', 'SKRSOME'],
    guardrail: true,
    triggers: { rules: ['publicBody'] },
  },
  // The accessibility rules cover a public body's social media: alt text, captions, text not in images (UUTIL, DIGGDOS).
  {
    id: 'makePostsAccessible',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 20 },
    sources: ['UUTIL', 'DIGGDOS'],
    guardrail: true,
    triggers: { rules: ['publicBody'] },
  },
  // No direct calls on children to buy, advertising labelled, no profiling-based ads to minors, teens reached by age
  // and place only (FTBARN, KOVBARN, DSA, METATEEN).
  {
    id: 'followRulesForMarketingToYoung',
    module: 'strategy',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 5, onePerson: { oneOffHours: [1, 2], weeklyMinutes: 5 } },
    sources: ['FTBARN', 'KOVBARN', 'DSA', 'METATEEN'],
    guardrail: true,
    triggers: { rules: ['childrenInAudience'] },
  },
  // Foundations (plan/goals.ts): who holds the accounts decides over them; only admins add or remove people, and full
  // control can require two-factor login for everyone (META25). Effort 1: a check, not a project.
  {
    id: 'secureAccounts',
    module: 'strategy',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 0, onePerson: { oneOffHours: [0.75, 1.5], weeklyMinutes: 0 } },
    sources: ['META25'],
    foundation: true,
    triggers: { rules: ['socialAccountsInUse'] },
  },
  // Local customers look the company up on a map; the owner of a Business Profile keeps its hours and photos and
  // can answer every review (GBP).
  {
    id: 'googleBusinessProfile',
    module: 'channels',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [2, 3], weeklyMinutes: 10 },
    sources: ['GBP'],
    foundation: true,
    triggers: { rules: ['localCustomersWithoutMapListing'] },
  },
  // The company must adapt to its audience, not the other way round, and speak its language (INSIGHT18): for customers
  // abroad that is the language itself. No figure or rule is stated, so no other source is needed.
  {
    id: 'chooseLanguagesForForeignCustomers',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 15 },
    sources: ['INSIGHT18'],
    triggers: { rules: ['foreignCustomers'] },
  },
];
