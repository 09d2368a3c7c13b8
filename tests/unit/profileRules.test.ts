import { describe, expect, test } from 'vitest';
import { firedProfileRules, PROFILE_RULE_IDS, type ProfileRuleId } from '../../renderer/src/domain/model/profileRules';
import { EMPTY_PROFILE } from '../../renderer/src/domain/model/assessment';
import type { Profile } from '../../renderer/src/domain/model/types';

const profile = (patch: Partial<Profile>): Profile => ({ ...EMPTY_PROFILE, ...patch });
const fires = (p: Partial<Profile>, rule: ProfileRuleId): boolean => firedProfileRules(profile(p)).includes(rule);

describe('profile rules', () => {
  test('a blank profile fires nothing', () => {
    expect(firedProfileRules(EMPTY_PROFILE)).toEqual([]);
  });

  test('youngAudienceOnlyFacebook: B2C, 18-29, Facebook without the young platforms', () => {
    const p = { customerType: 'b2c', ageBands: ['18-29'], channels: ['facebook', 'website'] } as const;
    expect(fires({ ...p, ageBands: [...p.ageBands], channels: [...p.channels] }, 'youngAudienceOnlyFacebook')).toBe(true);
    expect(fires({ ...p, ageBands: ['13-17'], channels: ['facebook'] }, 'youngAudienceOnlyFacebook')).toBe(true);
    expect(fires({ ...p, ageBands: ['18-29'], channels: ['facebook', 'tiktok'] }, 'youngAudienceOnlyFacebook')).toBe(false);
    expect(fires({ ...p, ageBands: ['45-59'], channels: ['facebook'] }, 'youngAudienceOnlyFacebook')).toBe(false);
    expect(fires({ ...p, customerType: 'b2b', ageBands: ['18-29'], channels: ['facebook'] }, 'youngAudienceOnlyFacebook')).toBe(false);
  });

  test('b2bWithoutLinkedIn', () => {
    expect(fires({ customerType: 'b2b', channels: ['facebook'] }, 'b2bWithoutLinkedIn')).toBe(true);
    expect(fires({ customerType: 'both', channels: ['instagram'] }, 'b2bWithoutLinkedIn')).toBe(true);
    expect(fires({ customerType: 'b2b', channels: ['linkedin'] }, 'b2bWithoutLinkedIn')).toBe(false);
    expect(fires({ customerType: 'b2c', channels: ['facebook'] }, 'b2bWithoutLinkedIn')).toBe(false);
    expect(fires({ customerType: 'b2b', channels: [] }, 'b2bWithoutLinkedIn')).toBe(false);
  });

  test('manyChannelsFewHours: at least three social channels and under two hours a week each', () => {
    const three = ['facebook', 'instagram', 'tiktok'] as Profile['channels'];
    expect(fires({ channels: three, hoursPerWeek: 5 }, 'manyChannelsFewHours')).toBe(true);
    expect(fires({ channels: three, hoursPerWeek: 6 }, 'manyChannelsFewHours')).toBe(false);
    expect(fires({ channels: ['facebook', 'instagram', 'website', 'newsletter'], hoursPerWeek: 1 }, 'manyChannelsFewHours')).toBe(false);
    expect(fires({ channels: three, hoursPerWeek: null }, 'manyChannelsFewHours')).toBe(false);
  });

  test('manyChannelsOnePerson: one person keeping three channels alive is too many, whatever the hours', () => {
    const three = ['facebook', 'instagram', 'tiktok'] as Profile['channels'];
    expect(fires({ channels: three, hoursPerWeek: 20, size: 'solo' }, 'manyChannelsOnePerson')).toBe(true);
    expect(fires({ channels: ['facebook', 'instagram', 'website'], size: 'solo' }, 'manyChannelsOnePerson')).toBe(false);
    expect(fires({ channels: three, size: 'small' }, 'manyChannelsOnePerson')).toBe(false);
  });

  test('salesGoalWithoutAdBudget', () => {
    expect(fires({ goals: ['sales'], adBudget: 'none' }, 'salesGoalWithoutAdBudget')).toBe(true);
    expect(fires({ goals: ['sales'], adBudget: 'monthly' }, 'salesGoalWithoutAdBudget')).toBe(false);
    expect(fires({ goals: ['sales'], adBudget: null }, 'salesGoalWithoutAdBudget')).toBe(false);
    expect(fires({ goals: ['awareness'], adBudget: 'none' }, 'salesGoalWithoutAdBudget')).toBe(false);
  });

  test('noOwnedChannel: neither website nor newsletter', () => {
    expect(fires({ channels: ['facebook', 'instagram'] }, 'noOwnedChannel')).toBe(true);
    expect(fires({ channels: ['facebook', 'newsletter'] }, 'noOwnedChannel')).toBe(false);
    expect(fires({ channels: [] }, 'noOwnedChannel')).toBe(false);
  });

  test('matureAudienceWithoutFacebook: consumers only; a B2B firm meets its buyers at work', () => {
    expect(fires({ customerType: 'b2c', ageBands: ['60+'], channels: ['instagram'] }, 'matureAudienceWithoutFacebook')).toBe(true);
    expect(fires({ customerType: 'both', ageBands: ['45-59'], channels: ['instagram'] }, 'matureAudienceWithoutFacebook')).toBe(true);
    expect(fires({ customerType: 'b2b', ageBands: ['45-59'], channels: ['linkedin'] }, 'matureAudienceWithoutFacebook')).toBe(false);
    expect(fires({ ageBands: ['60+'], channels: ['instagram'] }, 'matureAudienceWithoutFacebook')).toBe(false);
    expect(fires({ ageBands: ['45-59'], channels: ['facebook'] }, 'matureAudienceWithoutFacebook')).toBe(false);
    expect(fires({ ageBands: ['18-29'], channels: ['instagram'] }, 'matureAudienceWithoutFacebook')).toBe(false);
  });

  test('noGoalsSet only once the profile is under way', () => {
    expect(fires({ channels: ['facebook'] }, 'noGoalsSet')).toBe(true);
    expect(fires({ customerType: 'b2c' }, 'noGoalsSet')).toBe(true);
    expect(fires({ customerType: 'b2c', goals: ['sales'] }, 'noGoalsSet')).toBe(false);
  });

  test('awarenessGoalWithoutLongForm', () => {
    expect(fires({ goals: ['awareness'], channels: ['instagram'] }, 'awarenessGoalWithoutLongForm')).toBe(true);
    expect(fires({ goals: ['community'], channels: ['facebook'] }, 'awarenessGoalWithoutLongForm')).toBe(true);
    expect(fires({ goals: ['awareness'], channels: ['youtube'] }, 'awarenessGoalWithoutLongForm')).toBe(false);
    expect(fires({ goals: ['awareness'], channels: ['website'] }, 'awarenessGoalWithoutLongForm')).toBe(false);
  });

  test('customerServiceGoalWithoutMeta', () => {
    expect(fires({ goals: ['customerService'], channels: ['linkedin'] }, 'customerServiceGoalWithoutMeta')).toBe(true);
    expect(fires({ goals: ['customerService'], channels: ['instagram'] }, 'customerServiceGoalWithoutMeta')).toBe(false);
  });

  test('tikTokWithoutYoungAudience: TikTok, and age bands chosen with nobody under 30', () => {
    expect(fires({ channels: ['tiktok'], ageBands: ['45-59', '60+'] }, 'tikTokWithoutYoungAudience')).toBe(true);
    expect(fires({ channels: ['tiktok'], ageBands: ['18-29', '45-59'] }, 'tikTokWithoutYoungAudience')).toBe(false);
    expect(fires({ channels: ['tiktok'], ageBands: [] }, 'tikTokWithoutYoungAudience')).toBe(false);
  });

  test('trafficGoalWithoutWebsite and newsletterWithoutWebsite: somewhere for people who search to land', () => {
    expect(fires({ goals: ['traffic'], channels: ['facebook'] }, 'trafficGoalWithoutWebsite')).toBe(true);
    expect(fires({ goals: ['traffic'], channels: ['facebook', 'website'] }, 'trafficGoalWithoutWebsite')).toBe(false);
    expect(fires({ channels: ['newsletter', 'instagram'] }, 'newsletterWithoutWebsite')).toBe(true);
    expect(fires({ channels: ['newsletter', 'website'] }, 'newsletterWithoutWebsite')).toBe(false);
  });

  test('salesGoalWithoutNewsletter: e-mail sells faster than social media', () => {
    expect(fires({ goals: ['sales'], channels: ['facebook'] }, 'salesGoalWithoutNewsletter')).toBe(true);
    expect(fires({ goals: ['sales'], channels: ['facebook', 'newsletter'] }, 'salesGoalWithoutNewsletter')).toBe(false);
    expect(fires({ goals: ['sales'], channels: [] }, 'salesGoalWithoutNewsletter')).toBe(false);
  });

  test('swedishYoungAudienceWithoutYouTube', () => {
    expect(fires({ markets: ['se'], ageBands: ['13-17'], channels: ['instagram'] }, 'swedishYoungAudienceWithoutYouTube')).toBe(true);
    expect(fires({ markets: ['no'], ageBands: ['13-17'], channels: ['instagram'] }, 'swedishYoungAudienceWithoutYouTube')).toBe(false);
    expect(fires({ markets: ['se'], ageBands: ['13-17'], channels: ['youtube'] }, 'swedishYoungAudienceWithoutYouTube')).toBe(false);
  });

  test('recruitmentGoal: only a company with staff recruits', () => {
    expect(fires({ goals: ['recruitment'], size: 'medium' }, 'recruitmentGoal')).toBe(true);
    expect(fires({ goals: ['recruitment'], size: 'solo' }, 'recruitmentGoal')).toBe(false);
  });

  test('customerServiceGoalFewHours: under three hours a week', () => {
    expect(fires({ goals: ['customerService'], hoursPerWeek: 2 }, 'customerServiceGoalFewHours')).toBe(true);
    expect(fires({ goals: ['customerService'], hoursPerWeek: 3 }, 'customerServiceGoalFewHours')).toBe(false);
    expect(fires({ goals: ['customerService'], hoursPerWeek: null }, 'customerServiceGoalFewHours')).toBe(false);
  });

  test('there are at least sixteen rules (nine, and the seven added with issue 7)', () => {
    expect(PROFILE_RULE_IDS.length).toBeGreaterThanOrEqual(16);
  });
});
