import { describe, expect, test } from 'vitest';
import { firedProfileRules, PROFILE_RULE_IDS, type ProfileRuleId } from '../../renderer/src/domain/profileRules';
import { EMPTY_PROFILE } from '../../renderer/src/domain/assessment';
import type { Profile } from '../../renderer/src/domain/types';

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

  test('matureAudienceWithoutFacebook', () => {
    expect(fires({ ageBands: ['60+'], channels: ['instagram'] }, 'matureAudienceWithoutFacebook')).toBe(true);
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

  test('there are at least eight rules', () => {
    expect(PROFILE_RULE_IDS.length).toBeGreaterThanOrEqual(8);
  });
});
