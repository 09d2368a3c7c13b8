import type { ActionDef, QuestionDef } from '../types';

/**
 * Responsiveness (nb: responstid og kundeservice, sv: svarstid och kundservice):
 * how fast and how reliably the business answers people who reach out in social media.
 * Texts: `locales/<lng>/responsiveness.json`.
 */
export const responsivenessQuestions: ReadonlyArray<QuestionDef> = [
  // Thresholds: 30 min = Kundeserviceprisen's Messenger criterion (KSP); 1 h = what 53 % expect (LITHIUM13);
  // 4 h = what most regard as reasonable, 10 h = brands' average (SPROUT16).
  {
    id: 'replyTimeHours',
    module: 'responsiveness',
    weight: 3,
    answer: {
      kind: 'number',
      scoring: {
        better: 'lower',
        steps: [
          { limit: 0.5, points: 100 },
          { limit: 1, points: 75 },
          { limit: 4, points: 50 },
          { limit: 10, points: 25 },
        ],
        otherwise: 0,
        min: 0,
        max: 720,
      },
    },
    allowNotApplicable: false,
    sources: ['KSP', 'LITHIUM13', 'SPROUT16', 'FUNNEL'],
  },
  // Thresholds: Swedish top brands' Facebook response rate 94 % (Nov 2017), 89 % (2016), 67 % (2015);
  // day-to-day response rates as low as about 12 % (SB1317, Socialbakers).
  {
    id: 'answeredSharePercent',
    module: 'responsiveness',
    weight: 3,
    answer: {
      kind: 'number',
      scoring: {
        better: 'higher',
        steps: [
          { limit: 94, points: 100 },
          { limit: 89, points: 75 },
          { limit: 67, points: 50 },
          { limit: 12, points: 25 },
        ],
        otherwise: 0,
        min: 0,
        max: 100,
      },
    },
    allowNotApplicable: false,
    sources: ['SB1317', 'INSIGHT18', 'SPROUT16'],
  },
  // Who answers in working hours, evenings, weekends and holidays (FUNNEL); 24/7 is rare (SB1317).
  {
    id: 'hoursCovered',
    module: 'responsiveness',
    weight: 2,
    answer: {
      kind: 'multi',
      options: [
        { id: 'workingHours', weight: 3 },
        { id: 'weekdayEvenings', weight: 2 },
        { id: 'weekends', weight: 2 },
        { id: 'holidays', weight: 2 },
      ],
    },
    allowNotApplicable: false,
    sources: ['FUNNEL', 'SB1317'],
  },
  // At least publish opening hours and set an automatic reply outside them (FUNNEL).
  {
    id: 'openingHoursAndAutoReply',
    module: 'responsiveness',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['FUNNEL'],
  },
  // Most people, young and old, send a direct message rather than write openly (IPSOS21).
  {
    id: 'directMessagesFollowedUp',
    module: 'responsiveness',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['IPSOS21'],
  },
  // One tool, delegation between colleagues, clear "answered" status (IPSOS21).
  {
    id: 'sharedInboxWithStatus',
    module: 'responsiveness',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['IPSOS21'],
  },
  // Customer service owning social channels together with communications worked; forwarding chains did not (SB1317).
  {
    id: 'socialServiceOwner',
    module: 'responsiveness',
    weight: 3,
    answer: {
      kind: 'choice',
      options: [
        { id: 'noOwner', points: 0 },
        { id: 'forwardingChain', points: 25 },
        { id: 'onePersonNoBackup', points: 50 },
        { id: 'ownerWithBackup', points: 75 },
        { id: 'serviceWithContentTeam', points: 100 },
      ],
    },
    allowNotApplicable: false,
    sources: ['SB1317', 'FUNNEL'],
  },
  // An open channel: others read along, and badly handled criticism spreads, also to the press (SB1317).
  {
    id: 'negativeCommentsHandledOpenly',
    module: 'responsiveness',
    weight: 3,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['SB1317'],
  },
  // Chatbots and AI will take simple questions (SB1317); a human must be reachable.
  {
    id: 'simpleQuestionsAutomated',
    module: 'responsiveness',
    weight: 1,
    answer: { kind: 'scale' },
    allowNotApplicable: true,
    sources: ['SB1317'],
  },
  // Treat people who engage online as if they walked into your shop (PRIO24 #9).
  {
    id: 'onlineLikeShopVisitors',
    module: 'responsiveness',
    weight: 2,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['PRIO24', 'INSIGHT18'],
  },
  // Knowing your own reply time and response rate, compared with published figures (SB1317, SPROUT16).
  {
    id: 'responseFiguresTracked',
    module: 'responsiveness',
    weight: 1,
    answer: { kind: 'scale' },
    allowNotApplicable: false,
    sources: ['SB1317', 'SPROUT16'],
  },
];

export const responsivenessActions: ReadonlyArray<ActionDef> = [
  {
    id: 'setReplyTimeTarget',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    sources: ['KSP', 'LITHIUM13', 'SPROUT16'],
    triggers: { questions: [{ id: 'replyTimeHours', below: 75 }] },
  },
  {
    id: 'answerEveryQuestion',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    sources: ['SB1317', 'INSIGHT18', 'SPROUT16'],
    triggers: { questions: [{ id: 'answeredSharePercent', below: 75 }] },
  },
  {
    id: 'setUpResponseRota',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    sources: ['FUNNEL', 'SB1317'],
    triggers: {
      questions: [
        { id: 'hoursCovered', below: 75 },
        { id: 'replyTimeHours', below: 50 },
      ],
    },
  },
  {
    id: 'publishHoursAndAutoReply',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    sources: ['FUNNEL'],
    triggers: {
      questions: [
        { id: 'openingHoursAndAutoReply', below: 75 },
        { id: 'hoursCovered', below: 75 },
      ],
    },
  },
  {
    id: 'prioritiseDirectMessages',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    sources: ['IPSOS21'],
    triggers: { questions: [{ id: 'directMessagesFollowedUp', below: 75 }] },
  },
  {
    id: 'gatherMessagesInOneTool',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    sources: ['IPSOS21'],
    triggers: {
      questions: [
        { id: 'sharedInboxWithStatus', below: 75 },
        { id: 'directMessagesFollowedUp', below: 50 },
      ],
    },
  },
  {
    id: 'nameServiceOwnerAndBackup',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    sources: ['SB1317', 'FUNNEL'],
    triggers: {
      questions: [
        { id: 'socialServiceOwner', below: 75 },
        { id: 'hoursCovered', below: 50 },
      ],
    },
  },
  {
    id: 'buildAnswerBank',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    sources: ['SB1317'],
    triggers: {
      questions: [
        { id: 'socialServiceOwner', below: 50 },
        { id: 'simpleQuestionsAutomated', below: 50 },
      ],
    },
  },
  {
    id: 'writeCriticismRoutine',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    sources: ['SB1317'],
    triggers: { questions: [{ id: 'negativeCommentsHandledOpenly', below: 75 }] },
  },
  {
    id: 'automateSimpleQuestions',
    module: 'responsiveness',
    impact: 2,
    effort: 2,
    sources: ['SB1317'],
    triggers: { questions: [{ id: 'simpleQuestionsAutomated', below: 75 }] },
  },
  {
    id: 'writeOnlineServicePromise',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    sources: ['PRIO24', 'INSIGHT18'],
    triggers: { questions: [{ id: 'onlineLikeShopVisitors', below: 75 }] },
  },
  {
    id: 'trackResponseMonthly',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    sources: ['SB1317', 'SPROUT16'],
    triggers: {
      questions: [
        { id: 'responseFiguresTracked', below: 75 },
        { id: 'answeredSharePercent', below: 50 },
      ],
    },
  },
];
