/**
 * The company's own goals and the foundations the plan stands on (issue 15). Every goal ticked in the profile is
 * served by at least one action in the active plan, and the card says which; foundations (safe accounts, a
 * profile that leads somewhere, being on the map, a channel of the company's own when it wants sales or traffic)
 * lead the first 30 days. Data here, the placing in `plan.ts`.
 */
import type { ActionDef, Goal, Profile } from '../model/types';
import { OWNED_CHANNELS } from '../model/types';

/**
 * The actions that serve each goal, the most direct first: the first one that fits the company is what the plan
 * adds when nothing else in it serves the goal. A consultant's judgement, kept in one place.
 */
export const GOAL_ACTIONS: Readonly<Record<Goal, ReadonlyArray<string>>> = {
  awareness: [
    'planInspireTeachEntertainMix',
    'startShortVerticalVideo',
    'writeForTheInterestFeed',
    'testLongFormContent',
    'makeLongFormARegularSeries',
    'adaptPostsToEachPlatform',
    'tryOneNewPlatformFormat',
    'giveCompanyAFace',
    'showBehindTheScenes',
    'testYoungPlatforms',
    'testYouTubeForYoungAudience',
    'useFacebookForOlderAudience',
    'startOnLinkedIn',
    'yearlyAudienceAndChannelCheck',
  ],
  sales: [
    'makeContactEasyInEachChannel',
    'startNewsletterForSales',
    'buildOwnedChannel',
    'fewerAndBetterSalesPosts',
    'setAsideAdBudget',
    'setSalesAdBudget',
    'leadFollowersToOwnedChannels',
    'makeWebsiteTheHomeBase',
  ],
  customerService: [
    'publishHoursAndAutoReply',
    'soloDailyServiceRoutine',
    'answerEveryQuestion',
    'nameServiceOwnerAndBackup',
    'agreeReplyRoutine',
    'setReplyTimeTarget',
    'offerServiceOnFacebookOrInstagram',
    'prioritiseDirectMessages',
    'buildAnswerBank',
    'gatherMessagesInOneTool',
    'automateSimpleQuestions',
    'writeOnlineServicePromise',
    'makeContactEasyInEachChannel',
    'serviceSpotCheck',
  ],
  community: [
    'startRealFollowerDialogue',
    'giveCompanyAFace',
    'showBehindTheScenes',
    'answerEveryQuestion',
    'takeAClearPosition',
    'chooseInfluencersForFit',
  ],
  recruitment: ['showTheWorkplace', 'letEmployeesTellTheStory', 'giveCompanyAFace', 'startOnLinkedIn'],
  // Traffic needs a website to land on: "whichever owned channel is easiest" does not serve it.
  traffic: ['makeWebsiteTheHomeBase', 'leadFollowersToOwnedChannels'],
};

/** The profile's goals an action serves, in the order the company ticked them. */
export function goalsServed(actionId: string, profile: Pick<Profile, 'goals'>): Goal[] {
  return profile.goals.filter((g) => GOAL_ACTIONS[g].includes(actionId));
}

const hasOwnedChannel = (p: Profile): boolean => p.channels.some((c) => OWNED_CHANNELS.includes(c));

/**
 * Whether the action is a foundation for this company: marked so (safe accounts, the map listing), or made one by
 * its goals: a profile that leads to booking, shop or contact when it wants sales or customer service, a channel of
 * its own when it wants sales or traffic and has neither website nor newsletter, and its languages chosen when it has
 * customers abroad and wants to sell to them, be known by them or serve them.
 */
export function isFoundation(action: ActionDef, profile: Profile): boolean {
  if (action.foundation) return true;
  const wants = (...goals: Goal[]): boolean => goals.some((g) => profile.goals.includes(g));
  if (action.id === 'makeContactEasyInEachChannel') return wants('sales', 'customerService');
  // Customers abroad must understand the profile before posts, replies or offers can reach them.
  if (action.id === 'chooseLanguagesForForeignCustomers') return wants('sales', 'awareness', 'customerService');
  if (action.id === 'makeWebsiteTheHomeBase' || action.id === 'buildOwnedChannel')
    return wants('sales', 'traffic') && profile.channels.length > 0 && !hasOwnedChannel(profile);
  return false;
}
