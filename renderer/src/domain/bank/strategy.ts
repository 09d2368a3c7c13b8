import type { ActionDef, QuestionDef } from '../model/types';

/** Strategy anchoring: goals, leadership, plan, measuring, flexibility and the role of social media. */
export const strategyQuestions: ReadonlyArray<QuestionDef> = [
  { id: 'goalsLinkedToBusiness', module: 'strategy', weight: 3, answer: { kind: 'scale' }, allowNotApplicable: false, sources: ['PRIO24'] },
  // Leadership behind the goals (PRIO24 #2). A one-person business is its own leadership: not asked.
  {
    id: 'leadershipBehindGoals',
    module: 'strategy',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['PRIO24'],
    notApplicableFor: 'onePerson',
  },
  // Fixed hours and, where selling is a goal, money (PRIO24 #2, #8; FUNNEL: selling through social media costs money).
  {
    id: 'timeAndBudgetSetAside',
    module: 'strategy',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['PRIO24', 'FUNNEL'],
  },
  {
    id: 'writtenSocialPlan',
    module: 'strategy',
    weight: 3,
    answer: {
      kind: 'choice',
      options: [
        { id: 'none', points: 0 },
        { id: 'inHead', points: 20 },
        { id: 'calendarOnly', points: 40 },
        { id: 'writtenOld', points: 40 },
        { id: 'writtenInUse', points: 75 },
        { id: 'writtenReviewed', points: 100 },
      ],
    },
    allowNotApplicable: false,
    sources: ['PRIO24'],
  },
  {
    id: 'socialMediaRole',
    module: 'strategy',
    weight: 2,
    answer: {
      kind: 'choice',
      options: [
        { id: 'quickSales', points: 0 },
        { id: 'followers', points: 25 },
        { id: 'everything', points: 40 },
        { id: 'awarenessTrust', points: 100 },
        { id: 'awarenessPlusPaid', points: 100 },
        // Relations, community and customer dialogue are what social media are strong at (FUNNEL).
        { id: 'customerService', points: 100 },
        { id: 'community', points: 100 },
        { id: 'recruitment', points: 100 },
        // A shop that sells in the channel (orders in messages, the platform's shop) has chosen a clear role, but leans on
        // the channel for the sale itself, which social media are weakest at (FUNNEL): full marks come with the sale set
        // up to work there (`makeBuyingInTheChannelEasy`). New in bank 3 (bankHistory.ts).
        { id: 'salesChannel', points: 75 },
      ],
    },
    allowNotApplicable: false,
    sources: ['FUNNEL'],
  },
  { id: 'audienceInsight', module: 'strategy', weight: 3, answer: { kind: 'scale' }, allowNotApplicable: false, sources: ['INSIGHT18'] },
  { id: 'systematicTesting', module: 'strategy', weight: 2, answer: { kind: 'scale' }, allowNotApplicable: false, sources: ['PRIO24'] },
  { id: 'quickCourseChange', module: 'strategy', weight: 2, answer: { kind: 'scale' }, allowNotApplicable: false, sources: ['INSIGHT18'] },
  {
    id: 'socialKpisFollowed',
    module: 'strategy',
    weight: 2,
    answer: {
      kind: 'multi',
      options: [
        { id: 'reach', weight: 3 },
        { id: 'engagement', weight: 2 },
        { id: 'messages', weight: 2 },
        { id: 'websiteClicks', weight: 2 },
        { id: 'salesOrLeads', weight: 2 },
        { id: 'followerGrowth', weight: 1 },
        { id: 'adCostPerResult', weight: 1 },
      ],
    },
    allowNotApplicable: false,
    sources: ['FUNNEL', 'PRIO24'],
  },
  {
    id: 'paidOrganicBalance',
    module: 'strategy',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['FUNNEL', 'PRIO24'],
  },
  // One production feeds several formats, channels and departments (PRIO24 #6).
  { id: 'productionReused', module: 'strategy', weight: 2, answer: { kind: 'scale' }, allowNotApplicable: false, sources: ['PRIO24'] },
  {
    id: 'evaluationsPerYear',
    module: 'strategy',
    weight: 1,
    answer: {
      kind: 'number',
      scoring: {
        better: 'higher',
        steps: [
          { limit: 4, points: 100 },
          { limit: 2, points: 70 },
          { limit: 1, points: 40 },
        ],
        otherwise: 0,
        min: 0,
        max: 52,
      },
    },
    allowNotApplicable: false,
    sources: ['PRIO24'],
  },
];

export const strategyActions: ReadonlyArray<ActionDef> = [
  // Goals come first: KPIs, reports, tests and the plan all measure against them.
  {
    id: 'writeSocialGoals',
    module: 'strategy',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 0 },
    sources: ['PRIO24'],
    family: 'goals',
    // The role of social media first: goals follow from what the channels are for.
    after: ['role'],
    triggers: { questions: [{ id: 'goalsLinkedToBusiness', below: 75 }] },
  },
  {
    id: 'anchorGoalsWithLeadership',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [0.75, 1.5], weeklyMinutes: 5 },
    sources: ['PRIO24'],
    after: ['goals'],
    fits: { needsTeam: true, notWhenOwnerFillsIn: true },
    triggers: { questions: [{ id: 'leadershipBehindGoals', below: 75 }] },
  },
  {
    id: 'setFixedWeeklyHours',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [0.5, 1], weeklyMinutes: 0 },
    sources: ['PRIO24', 'FUNNEL'],
    triggers: { questions: [{ id: 'timeAndBudgetSetAside', below: 75 }] },
  },
  {
    id: 'writeOnePagePlan',
    module: 'strategy',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [2, 4], weeklyMinutes: 5, onePerson: { oneOffHours: [1.5, 3], weeklyMinutes: 5 } },
    sources: ['PRIO24', 'INSIGHT18'],
    after: ['goals'],
    triggers: {
      questions: [
        { id: 'writtenSocialPlan', below: 75 },
        { id: 'goalsLinkedToBusiness', below: 50 },
      ],
    },
  },
  {
    id: 'defineSocialMediaRole',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 0 },
    sources: ['FUNNEL'],
    family: 'role',
    triggers: { questions: [{ id: 'socialMediaRole', below: 75 }] },
  },
  // What a shop that sells in the channel needs: its terms where customers find them, ready replies and an order list,
  // and someone to answer, with opening hours and an auto-reply for the rest (FUNNEL). In the role's family and weighed
  // below "define the role", so a company whose role is unclear (quick sales, followers, a bit of everything) gets that
  // card instead; only the sales-channel answer (75 points) calls for this one alone.
  {
    id: 'makeBuyingInTheChannelEasy',
    module: 'strategy',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [2, 4], weeklyMinutes: 15 },
    sources: ['FUNNEL'],
    family: 'role',
    // Where the sale happens is what the rest of the plan sells towards: it leads the first 30 days when planned.
    foundation: true,
    triggers: { questions: [{ id: 'socialMediaRole', below: 76 }] },
  },
  {
    id: 'mapAudienceInterests',
    module: 'strategy',
    impact: 3,
    effort: 2,
    work: { oneOffHours: [3, 5], weeklyMinutes: 0 },
    sources: ['INSIGHT18'],
    family: 'audience',
    triggers: { questions: [{ id: 'audienceInsight', below: 75 }] },
  },
  {
    id: 'runMonthlyTest',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [0.5, 1], weeklyMinutes: 10 },
    sources: ['PRIO24', 'INSIGHT18'],
    after: ['goals'],
    triggers: { questions: [{ id: 'systematicTesting', below: 75 }] },
  },
  {
    id: 'delegateCourseChanges',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [0.5, 1], weeklyMinutes: 5 },
    sources: ['INSIGHT18'],
    fits: { needsTeam: true, notWhenOwnerFillsIn: true },
    triggers: { questions: [{ id: 'quickCourseChange', below: 75 }] },
  },
  // Two ways to start measuring; the plan shows the one that fits best, after the goals it measures against.
  {
    id: 'trackReachMonthly',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [0.75, 1.5], weeklyMinutes: 10 },
    sources: ['FUNNEL'],
    family: 'monthlyReport',
    after: ['goals'],
    triggers: { questions: [{ id: 'socialKpisFollowed', below: 50 }] },
  },
  {
    id: 'buildMonthlySocialReport',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 15 },
    sources: ['PRIO24', 'FUNNEL'],
    family: 'monthlyReport',
    after: ['goals'],
    triggers: {
      questions: [
        { id: 'socialKpisFollowed', below: 75 },
        { id: 'systematicTesting', below: 50 },
      ],
    },
  },
  {
    id: 'setSalesAdBudget',
    module: 'strategy',
    impact: 3,
    effort: 3,
    work: { oneOffHours: [2, 4], weeklyMinutes: 30 },
    // Targeting as the rules allow it (METATEEN, METASENS, DSA), as in profileActions' setAsideAdBudget.
    sources: ['FUNNEL', 'PRIO24', 'METATEEN', 'METASENS', 'DSA'],
    family: 'adBudget',
    after: ['role'],
    triggers: {
      questions: [
        { id: 'paidOrganicBalance', below: 50 },
        { id: 'socialMediaRole', below: 25 },
      ],
    },
  },
  {
    id: 'keepOrganicPosting',
    module: 'strategy',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [1, 2], weeklyMinutes: 20 },
    sources: ['PRIO24'],
    triggers: { questions: [{ id: 'paidOrganicBalance', below: 75 }] },
  },
  {
    id: 'planContentForReuse',
    module: 'strategy',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [4, 8], weeklyMinutes: 10 },
    sources: ['PRIO24'],
    triggers: { questions: [{ id: 'productionReused', below: 75 }] },
  },
  {
    id: 'scheduleQuarterlyReview',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [3, 4.5], weeklyMinutes: 20, onePerson: { oneOffHours: [2, 3], weeklyMinutes: 10 } },
    sources: ['PRIO24'],
    family: 'review',
    after: ['goals'],
    triggers: { questions: [{ id: 'evaluationsPerYear', below: 75 }] },
  },
  // Upkeep for a company that is strong everywhere (PRIO24 #1: breathers to evaluate and adjust).
  {
    id: 'quarterlyReviewAgainstGoals',
    module: 'strategy',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1.5, 2.5], weeklyMinutes: 10 },
    sources: ['PRIO24'],
    family: 'review',
    maintenance: true,
    triggers: {},
  },
];
