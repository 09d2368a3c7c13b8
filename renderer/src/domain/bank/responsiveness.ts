import type { ActionDef, QuestionDef } from '../model/types';

/**
 * Responsiveness (nb: svartid og kundeservice, sv: svarstid och kundservice):
 * how fast and how reliably the business answers people who reach out in social media.
 * Texts: `locales/<lng>/responsiveness.json`.
 */
export const responsivenessQuestions: ReadonlyArray<QuestionDef> = [
  // Reply time within the company's own opening hours, so a small business is judged on the hours it keeps.
  // 1 h: 53 % of Twitter users who expect a reply want it within an hour (LITHIUM13); 4 h: what most regard as
  // reasonable, while brands took about 10 h (SPROUT16); 8 h: the same working day; 24 h: the next day.
  // Kundeserviceprisen's 30-minute Messenger criterion (KSP) is a test of large companies: named, not required.
  {
    id: 'replyTimeInOpeningHours',
    module: 'responsiveness',
    weight: 3,
    answer: {
      kind: 'number',
      scoring: {
        better: 'lower',
        steps: [
          { limit: 1, points: 100 },
          { limit: 4, points: 75 },
          { limit: 8, points: 50 },
          { limit: 24, points: 25 },
        ],
        otherwise: 0,
        min: 0,
        max: 720,
      },
    },
    allowNotApplicable: false,
    sources: ['LITHIUM13', 'SPROUT16', 'KSP'],
  },
  // Share of questions and complaints answered: what Socialbakers' response rate counted (questions from users).
  // Swedish top-ranked brands on Facebook: 94 % (November 2017), 89 % (2016), 67 % (2015); day-to-day rates as
  // low as about 12 % (SB1317).
  {
    id: 'answeredQuestionsPercent',
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
    sources: ['SB1317', 'INSIGHT18'],
  },
  // Decide who answers when; if you cannot cover evenings and weekends, publish the hours and set an auto-reply
  // (FUNNEL). 24/7 is rare even for large firms (SB1317), so a deliberate plan earns full marks.
  {
    id: 'serviceHoursPlan',
    module: 'responsiveness',
    weight: 2,
    answer: {
      kind: 'choice',
      options: [
        { id: 'noSetTimes', points: 0 },
        { id: 'workingHoursUntold', points: 35 },
        { id: 'hoursShownNoAutoReply', points: 65 },
        { id: 'hoursShownWithAutoReply', points: 100 },
        { id: 'extendedCoverWithAutoReply', points: 100 },
      ],
    },
    allowNotApplicable: false,
    sources: ['FUNNEL', 'SB1317'],
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
        // A one-person business that answers at fixed times every day does all that can be asked of it.
        { id: 'soloDailyRoutine', points: 100 },
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
  // Its steps share the checks out over a team; for one person the daily routine (fixed times) is the target.
  {
    id: 'setReplyTimeTarget',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [0.75, 1.5], weeklyMinutes: 30 },
    sources: ['LITHIUM13', 'SPROUT16', 'KSP'],
    fits: { needsTeam: true, notForSmallFirms: true },
    soloVariant: 'soloDailyServiceRoutine',
    smallFirmVariant: 'agreeReplyRoutine',
    triggers: { questions: [{ id: 'replyTimeInOpeningHours', below: 75 }] },
  },
  {
    id: 'answerEveryQuestion',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    // The daily round: five minutes each working day; the replies themselves are the channels' upkeep.
    work: { oneOffHours: [1, 2], weeklyMinutes: 25 },
    sources: ['SB1317', 'INSIGHT18'],
    // A personal case gets the fixed reply and the secure channel, praise a thanks that confirms nothing (sectors.ts).
    sectorVariants: ['confidential'],
    // In one person's or a small firm's reply routine, which starts by catching up.
    fits: { notForSmallFirms: true },
    soloVariant: 'soloDailyServiceRoutine',
    smallFirmVariant: 'agreeReplyRoutine',
    triggers: { questions: [{ id: 'answeredQuestionsPercent', below: 75 }] },
  },
  // A small firm's one decision on replies (FUNNEL: who answers when; SPROUT16: what customers find reasonable): who
  // answers, how fast, and a week's count each month. Reached only in place of the three actions it joins.
  {
    id: 'agreeReplyRoutine',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [2, 3], weeklyMinutes: 30 },
    sources: ['FUNNEL', 'SPROUT16'],
    family: 'serviceOwner',
    fits: { needsTeam: true },
    triggers: {},
  },
  // Who answers comes before when: a rota needs a named owner first.
  {
    id: 'nameServiceOwnerAndBackup',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [0.75, 1.5], weeklyMinutes: 0 },
    sources: ['SB1317', 'FUNNEL'],
    family: 'serviceOwner',
    fits: { needsTeam: true, notForSmallFirms: true },
    soloVariant: 'soloDailyServiceRoutine',
    smallFirmVariant: 'agreeReplyRoutine',
    triggers: {
      questions: [
        { id: 'socialServiceOwner', below: 75 },
        { id: 'serviceHoursPlan', below: 35 },
      ],
    },
  },
  {
    id: 'setUpResponseRota',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 20 },
    sources: ['FUNNEL', 'SB1317'],
    after: ['serviceOwner'],
    fits: { needsTeam: true },
    soloVariant: 'soloDailyServiceRoutine',
    triggers: {
      questions: [
        { id: 'serviceHoursPlan', below: 50 },
        { id: 'replyTimeInOpeningHours', below: 50 },
      ],
    },
  },
  // What one person can do instead of a deputy or a rota: fixed daily checks, published hours and an auto-reply
  // (FUNNEL). It includes the auto-reply, so for a one-person business it is the same family as that action.
  {
    id: 'soloDailyServiceRoutine',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [0.75, 1.5], weeklyMinutes: 30 },
    sources: ['FUNNEL', 'SB1317'],
    // The auto-reply asks for no personal details; a personal case gets the phone or the secure channel (sectors.ts).
    sectorVariants: ['confidential'],
    family: 'hoursAutoReply',
    leadsWhenModuleBelow: 51,
    triggers: {},
  },
  // The afternoon's quick win: it leads the first 30 days whenever responsiveness is weak.
  {
    id: 'publishHoursAndAutoReply',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [0.5, 1], weeklyMinutes: 0 },
    sources: ['FUNNEL'],
    // The auto-reply asks for no personal details, or says where cases go and that messages are kept (sectors.ts).
    sectorVariants: ['confidential', 'publicSector'],
    family: 'hoursAutoReply',
    leadsWhenModuleBelow: 51,
    triggers: { questions: [{ id: 'serviceHoursPlan', below: 75 }], rules: ['customerServiceGoalFewHours'] },
  },
  {
    id: 'prioritiseDirectMessages',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [0.5, 1], weeklyMinutes: 10 },
    sources: ['IPSOS21'],
    // No case details in messages: the secure channel, or a public body's own case channels and archive (sectors.ts).
    sectorVariants: ['confidential', 'publicSector'],
    fits: { notForSmallFirms: true },
    soloVariant: 'soloDailyServiceRoutine',
    smallFirmVariant: 'agreeReplyRoutine',
    triggers: { questions: [{ id: 'directMessagesFollowedUp', below: 75 }] },
  },
  {
    id: 'gatherMessagesInOneTool',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 10, onePerson: { oneOffHours: [0.5, 1], weeklyMinutes: 10 } },
    sources: ['IPSOS21'],
    // With one social channel there is nothing to gather (an outside reading of a salon on Instagram alone).
    fits: { minSocialChannels: 2 },
    triggers: {
      questions: [
        { id: 'sharedInboxWithStatus', below: 75 },
        { id: 'directMessagesFollowedUp', below: 50 },
      ],
    },
  },
  // Writing an answer bank takes some weeks; automation builds on it.
  {
    id: 'buildAnswerBank',
    module: 'responsiveness',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [3, 5], weeklyMinutes: 5 },
    sources: ['SB1317'],
    family: 'answerBank',
    triggers: {
      questions: [
        { id: 'socialServiceOwner', below: 50 },
        { id: 'simpleQuestionsAutomated', below: 50 },
      ],
    },
  },
  {
    id: 'automateSimpleQuestions',
    module: 'responsiveness',
    impact: 2,
    effort: 2,
    work: { oneOffHours: [1.5, 3], weeklyMinutes: 10 },
    sources: ['SB1317'],
    // The bot never asks for personal details and leaves everything personal to the secure channel (sectors.ts).
    sectorVariants: ['confidential'],
    after: ['answerBank'],
    triggers: { questions: [{ id: 'simpleQuestionsAutomated', below: 75 }] },
  },
  {
    id: 'writeCriticismRoutine',
    module: 'responsiveness',
    impact: 3,
    effort: 1,
    work: { oneOffHours: [1.5, 2.5], weeklyMinutes: 0, onePerson: { oneOffHours: [1, 2], weeklyMinutes: 0 } },
    sources: ['SB1317'],
    // Never confirm a patient or client, no case in direct messages; a public body keeps what it removes (sectors.ts).
    sectorVariants: ['confidential', 'publicSector'],
    triggers: { questions: [{ id: 'negativeCommentsHandledOpenly', below: 75 }] },
  },
  {
    id: 'writeOnlineServicePromise',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 1.5], weeklyMinutes: 5 },
    sources: ['PRIO24', 'INSIGHT18'],
    triggers: { questions: [{ id: 'onlineLikeShopVisitors', below: 75 }] },
  },
  {
    id: 'trackResponseMonthly',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1, 2], weeklyMinutes: 10 },
    sources: ['SB1317', 'SPROUT16'],
    // One person checks the reply times in the daily routine; a small firm in its reply routine.
    fits: { needsTeam: true, notForSmallFirms: true },
    soloVariant: 'soloDailyServiceRoutine',
    smallFirmVariant: 'agreeReplyRoutine',
    triggers: {
      questions: [
        { id: 'responseFiguresTracked', below: 75 },
        { id: 'answeredQuestionsPercent', below: 50 },
      ],
    },
  },
  // Upkeep for a company that is strong everywhere: test your own service as a customer would (KSP, SB1317).
  {
    id: 'serviceSpotCheck',
    module: 'responsiveness',
    impact: 2,
    effort: 1,
    work: { oneOffHours: [1.5, 2.5], weeklyMinutes: 5 },
    sources: ['KSP', 'SB1317'],
    maintenance: true,
    triggers: {},
  },
];
