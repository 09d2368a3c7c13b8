import type { ActionDef, QuestionDef } from '../model/types';

/**
 * Authenticity: an own voice grounded in values, real content over tricks, the people and their
 * competence, behind-the-scenes, content that gives value, the audience's language, a consistent look,
 * community and influencers chosen for fit. Text: `locales/<lng>/authenticity.json`.
 */
export const authenticityQuestions: ReadonlyArray<QuestionDef> = [
  { id: 'valuesBasedVoice', module: 'authenticity', weight: 3, answer: { kind: 'scale' }, allowNotApplicable: false, sources: ['PRIO24'] },
  // Real content over algorithm hacks (PRIO24 #7): the first three earn points, the tricks cost them.
  {
    id: 'reachPractices',
    module: 'authenticity',
    weight: 2,
    answer: {
      kind: 'multi',
      options: [
        { id: 'improveContent', weight: 4 },
        { id: 'boostBestPosts', weight: 1 },
        { id: 'joinConversations', weight: 1 },
        { id: 'engagementBait', weight: -3 },
        { id: 'chaseEveryTrend', weight: -2 },
        { id: 'postMoreOften', weight: -1 },
      ],
    },
    allowNotApplicable: false,
    sources: ['PRIO24'],
  },
  {
    id: 'aiContentHumanCheck',
    module: 'authenticity',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: true,
    sources: ['PRIO24'],
  },
  {
    id: 'peopleAndCompetenceShown',
    module: 'authenticity',
    weight: 3,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['PRIO24', 'FUNNEL'],
  },
  {
    id: 'clearPositionTaken',
    module: 'authenticity',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['FUNNEL'],
  },
  {
    id: 'behindTheScenesContent',
    module: 'authenticity',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['FUNNEL'],
  },
  {
    id: 'valueContentTypes',
    module: 'authenticity',
    weight: 2,
    answer: {
      kind: 'multi',
      options: [
        { id: 'inspiration', weight: 2 },
        { id: 'teaching', weight: 2 },
        { id: 'entertainment', weight: 2 },
        { id: 'behindTheScenes', weight: 2 },
        { id: 'peopleStories', weight: 2 },
        { id: 'customerStories', weight: 1 },
        { id: 'answersToQuestions', weight: 1 },
      ],
    },
    allowNotApplicable: false,
    sources: ['FUNNEL', 'PRIO24'],
  },
  {
    id: 'salesPostSharePercent',
    module: 'authenticity',
    weight: 2,
    answer: {
      kind: 'number',
      scoring: {
        better: 'lower',
        steps: [
          { limit: 20, points: 100 },
          { limit: 35, points: 75 },
          { limit: 50, points: 50 },
          { limit: 75, points: 25 },
        ],
        otherwise: 0,
        min: 0,
        max: 100,
      },
    },
    allowNotApplicable: false,
    sources: ['FUNNEL'],
  },
  {
    id: 'audienceLanguageNotJargon',
    module: 'authenticity',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['INSIGHT18'],
  },
  {
    id: 'consistentVisualStyle',
    module: 'authenticity',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['PRIO24'],
  },
  {
    id: 'followerDialogueCommunity',
    module: 'authenticity',
    weight: 3,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['PRIO24', 'FUNNEL'],
  },
  {
    id: 'influencerChoiceByFit',
    module: 'authenticity',
    weight: 1,
    answer: {
      kind: 'choice',
      options: [
        { id: 'mostFollowers', points: 0 },
        { id: 'readyScript', points: 25 },
        { id: 'notTriedYet', points: 50 },
        { id: 'fitButControlled', points: 75 },
        { id: 'fitAndOwnStory', points: 100 },
      ],
    },
    allowNotApplicable: true,
    sources: ['PRIO24'],
  },
];

export const authenticityActions: ReadonlyArray<ActionDef> = [
  {
    id: 'writeValuesAndVoiceGuide',
    module: 'authenticity',
    impact: 3,
    effort: 1,
    sources: ['PRIO24'],
    family: 'voice',
    triggers: { questions: [{ id: 'valuesBasedVoice', below: 75 }] },
  },
  {
    id: 'dropAlgorithmTricks',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    sources: ['PRIO24'],
    triggers: { questions: [{ id: 'reachPractices', below: 75 }] },
  },
  {
    id: 'setAiContentRoutine',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    sources: ['PRIO24'],
    triggers: { questions: [{ id: 'aiContentHumanCheck', below: 75 }] },
  },
  // People: colleagues telling the story needs colleagues; a one-person business gives the company its own face.
  {
    id: 'letEmployeesTellTheStory',
    module: 'authenticity',
    impact: 3,
    effort: 2,
    sources: ['PRIO24'],
    family: 'people',
    fits: { needsTeam: true },
    soloVariant: 'giveCompanyAFace',
    triggers: {
      questions: [
        { id: 'peopleAndCompetenceShown', below: 75 },
        { id: 'valueContentTypes', below: 50 },
      ],
    },
  },
  {
    id: 'giveCompanyAFace',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    sources: ['FUNNEL'],
    family: 'people',
    triggers: { questions: [{ id: 'peopleAndCompetenceShown', below: 50 }] },
  },
  {
    id: 'takeAClearPosition',
    module: 'authenticity',
    impact: 3,
    effort: 1,
    sources: ['FUNNEL'],
    // A public body says what it is there for, and takes no stance on political issues (sectors.ts).
    sectorVariants: ['publicSector'],
    after: ['voice'],
    triggers: {
      questions: [
        { id: 'clearPositionTaken', below: 75 },
        { id: 'valuesBasedVoice', below: 50 },
      ],
    },
  },
  {
    id: 'showBehindTheScenes',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    sources: ['FUNNEL'],
    // No patients, clients, papers or screens in the picture, and no check-ins that show whom you meet (sectors.ts).
    sectorVariants: ['confidential'],
    triggers: { questions: [{ id: 'behindTheScenesContent', below: 75 }] },
  },
  // Content mix: more content that gives value is the other side of fewer sales posts; audience insight first.
  {
    id: 'planInspireTeachEntertainMix',
    module: 'authenticity',
    impact: 3,
    effort: 2,
    sources: ['FUNNEL', 'PRIO24'],
    family: 'contentMix',
    after: ['audience'],
    triggers: {
      questions: [
        { id: 'valueContentTypes', below: 75 },
        { id: 'salesPostSharePercent', below: 50 },
      ],
    },
  },
  {
    id: 'fewerAndBetterSalesPosts',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    sources: ['FUNNEL'],
    family: 'contentMix',
    triggers: { questions: [{ id: 'salesPostSharePercent', below: 75 }] },
  },
  {
    id: 'replaceJargonWithCustomerWords',
    module: 'authenticity',
    impact: 2,
    effort: 1,
    sources: ['INSIGHT18'],
    triggers: { questions: [{ id: 'audienceLanguageNotJargon', below: 75 }] },
  },
  {
    id: 'makeSimpleVisualGuide',
    module: 'authenticity',
    impact: 2,
    effort: 2,
    sources: ['PRIO24'],
    triggers: { questions: [{ id: 'consistentVisualStyle', below: 75 }] },
  },
  {
    id: 'startRealFollowerDialogue',
    module: 'authenticity',
    impact: 3,
    effort: 2,
    sources: ['PRIO24', 'FUNNEL'],
    // No thanking clients by name, no client content, no advice in groups (sectors.ts).
    sectorVariants: ['confidential'],
    triggers: { questions: [{ id: 'followerDialogueCommunity', below: 75 }] },
  },
  {
    id: 'chooseInfluencersForFit',
    module: 'authenticity',
    impact: 2,
    effort: 2,
    sources: ['PRIO24'],
    after: ['voice'],
    triggers: { questions: [{ id: 'influencerChoiceByFit', below: 75 }] },
  },
];
