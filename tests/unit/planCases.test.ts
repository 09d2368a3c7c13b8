/**
 * The plans of nine named companies (tests/fixtures/companies.ts), read as a consultant would read them and pinned
 * here by their properties (which families, in which order, what never appears), not by exact text.
 * `npm run plans` prints them.
 */
import { describe, expect, test } from 'vitest';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { generatePlan, type Plan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import { familyOf } from '../../renderer/src/domain/bank';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { answeredAll, withProfile } from './fixtures';

function planOf(key: string): { plan: Plan; first: PlannedAction[]; ids: string[]; families: string[] } {
  const company = COMPANIES.find((c) => c.key === key)!;
  const plan = generatePlan(companyAssessment(company));
  return {
    plan,
    first: plan.active.filter((p) => p.horizon === 'first30'),
    ids: plan.active.map((p) => p.action.id),
    families: plan.active.map((p) => familyOf(p.action)),
  };
}
/**
 * The first 30 days after the sector rules and foundations (safe accounts, the map, a channel of its own), which lead
 * every plan: where the company's own biggest gap begins.
 */
const afterFoundations = (first: PlannedAction[]): PlannedAction[] =>
  first.filter((p) => !p.whyNow.tags.includes('foundation') && !p.whyNow.tags.includes('sectorRule'));
const everything = (plan: Plan): string[] => [...plan.active, ...plan.later].map((p) => p.action.id);
const position = (ids: string[], id: string): number => ids.indexOf(id);

describe('named companies', () => {
  test('there are at least nine, from one person to 50+, B2C and B2B, one to seven social channels, 1 to 20 hours, in both languages', () => {
    expect(COMPANIES.length).toBeGreaterThanOrEqual(9);
    expect(new Set(COMPANIES.map((c) => c.profile.size))).toEqual(new Set(['solo', 'small', 'medium', 'large']));
    expect(new Set(COMPANIES.map((c) => c.profile.customerType))).toEqual(new Set(['b2c', 'b2b', 'both']));
    expect(new Set(COMPANIES.map((c) => c.language))).toEqual(new Set(['nb', 'sv']));
    const hours = COMPANIES.map((c) => c.profile.hoursPerWeek ?? 0);
    expect(Math.min(...hours)).toBe(1);
    expect(Math.max(...hours)).toBe(20);
  });

  test('Bakeri Solsiden (2 h, Facebook and Instagram, responsiveness weak): safe accounts, the map and the auto-reply this month', () => {
    const { plan, first, ids } = planOf('bakery');
    expect(plan.capacity).toEqual({ first30: 4, active: 8 });
    // The map listing is a local bakery's biggest lever: in the first month, within its hours (2 h a week).
    expect(first.map((p) => p.action.id)).toContain('googleBusinessProfile');
    expect(plan.hours.byHorizon.first30.oneOffHours).toBeLessThanOrEqual(6.5);
    expect(plan.weakestModule).toBe('responsiveness');
    // Safe accounts lead; then the auto-reply, the quickest help for the weakest area.
    expect(first[0]?.action.id).toBe('secureAccounts');
    expect(afterFoundations(first)[0]?.action.id).toBe('publishHoursAndAutoReply');
    expect(first.filter((p) => p.action.module === 'responsiveness').length).toBeGreaterThanOrEqual(1);
    // No heavy production on two hours a week; the rota only after one named owner.
    expect(everything(plan)).not.toContain('startShortVerticalVideo');
    expect(everything(plan)).not.toContain('makeLongFormARegularSeries');
    if (ids.includes('setUpResponseRota'))
      expect(position(ids, 'setUpResponseRota')).toBeGreaterThan(position(ids, 'nameServiceOwnerAndBackup'));
    // Balance: responsiveness does not take the whole plan.
    expect(plan.active.filter((p) => p.action.module === 'responsiveness').length).toBeLessThanOrEqual(4);
  });

  test('Frisør Lena (one person, Instagram only): what one person can do, nothing that needs a team or several channels', () => {
    const { plan, first, ids } = planOf('hairdresser');
    // The reply-time target is part of her daily routine, not a second action that overlaps it.
    expect(ids).not.toContain('setReplyTimeTarget');
    const own = afterFoundations(first);
    expect(own[0]?.reasons.some((r) => r.kind === 'question' && r.questionId === 'replyTimeInOpeningHours')).toBe(true);
    expect(plan.active.every((p) => p.onePerson)).toBe(true);
    expect(own[0]?.action.id).toBe('soloDailyServiceRoutine');
    expect(own[0]?.whyNow.tags).toContain('forOnePerson');
    // A salon people walk into is on the map in the first month.
    expect(first.map((p) => p.action.id)).toContain('googleBusinessProfile');
    for (const p of [...plan.active, ...plan.later]) {
      expect(p.action.fits?.needsTeam, p.action.id).not.toBe(true);
      expect(p.action.fits?.minSocialChannels ?? 0, p.action.id).toBeLessThanOrEqual(1);
    }
    // The auto-reply is part of the daily routine, not a second action.
    expect(everything(plan)).not.toContain('publishHoursAndAutoReply');
  });

  test('Rådgivning Nord (B2B consultancy, strategy at the bottom): strategy leads, goals first, nothing for teenagers', () => {
    const { plan, first, ids } = planOf('consultancy');
    expect(plan.weakestModule).toBe('strategy');
    expect(first.filter((p) => p.action.module === 'strategy').length).toBeGreaterThanOrEqual(2);
    // The role of social media first, then the goals that follow from it.
    expect(afterFoundations(first)[0]?.action.id).toBe('defineSocialMediaRole');
    expect(afterFoundations(first)[1]?.action.id).toBe('writeSocialGoals');
    for (const after of ['writeOnePagePlan', 'buildMonthlySocialReport', 'anchorGoalsWithLeadership', 'runMonthlyTest'])
      if (ids.includes(after)) expect(position(ids, after), after).toBeGreaterThan(position(ids, 'writeSocialGoals'));
    expect(everything(plan)).not.toContain('testYoungPlatforms');
    expect(everything(plan)).not.toContain('useFacebookForOlderAudience');
    // Video questions are not asked of a company on LinkedIn and its own channels only.
    expect(everything(plan)).not.toContain('startShortVerticalVideo');
  });

  test('Byggmester Hansen (1 h, "don\'t know" on responsiveness): one find-out action this month, and an honest result', () => {
    const { plan, first } = planOf('builder');
    const findOut = first.find((p) => p.kind === 'findOut');
    expect(findOut?.action.module).toBe('responsiveness');
    expect(findOut?.questionIds?.length).toBeGreaterThan(5);
    expect(plan.active.filter((p) => p.kind === 'findOut')).toHaveLength(1);
    const result = scoreAssessment(companyAssessment(COMPANIES.find((c) => c.key === 'builder')!));
    const responsiveness = result.modules.find((m) => m.module === 'responsiveness')!;
    expect(responsiveness.preliminary).toBe(true);
    expect(responsiveness.band).toBeNull();
    expect(result.band).toBeNull();
  });

  test('Sportbutiken i Umeå (seven social channels, six hours, young audience): where the audience is, then fewer channels, naming what to keep', () => {
    const { plan, first, families } = planOf('sportsShop');
    const own = afterFoundations(first).map((p) => p.action.id);
    // Where the audience is comes before deciding which channels to cut.
    expect(own.indexOf('checkWhereAudienceIs')).toBeGreaterThanOrEqual(0);
    expect(own.indexOf('checkWhereAudienceIs')).toBeLessThan(own.indexOf('focusOnFewerChannels'));
    const focus = afterFoundations(first).find((p) => p.action.id === 'focusOnFewerChannels');
    const advice = focus!.channelAdvice!;
    expect(advice.keep.length).toBe(3);
    expect(advice.keep.length + advice.pause.length + advice.reuse.length + advice.minimum.length).toBe(7);
    // A Swedish shop is judged on Sweden's 2026 figures for its own ages (16-25: Snapchat 66, Instagram 63, TikTok 53,
    // YouTube 47, Facebook 21): Snapchat and Instagram kept; YouTube, within the near-tie of TikTok, takes their clips
    // as Shorts; Facebook stays at a minimum for parents, clubs and the 26-29s; X and Pinterest paused; never Facebook
    // kept over TikTok or Snapchat.
    expect(advice.pause.map((k) => k.channel)).toEqual(['x', 'pinterest']);
    expect(advice.reuse.map((k) => k.channel)).toEqual(['youtube']);
    expect(advice.minimum.map((k) => k.channel)).toEqual(['facebook']);
    expect(advice.keep.map((k) => k.channel)).toEqual(expect.arrayContaining(['snapchat', 'instagram']));
    for (const k of [...advice.keep, ...advice.pause, ...advice.reuse, ...advice.minimum])
      expect(
        k.figures.map((f) => f.market.table.source),
        k.channel,
      ).toEqual(['SOI26']);
    // One action of the channel-focus family, and comparing channels only after it.
    expect(families.filter((f) => f === 'channelFocus')).toHaveLength(1);
    if (families.includes('compareChannelsMonthly'))
      expect(plan.active.findIndex((p) => p.action.id === 'compareChannelsMonthly')).toBeGreaterThan(0);
  });

  test('Verktygsfabriken (B2B, 50+, recruiting, authenticity weak): authenticity leads, the workplace is shown, LinkedIn kept', () => {
    const { plan, first } = planOf('manufacturer');
    expect(plan.capacity).toEqual({ first30: 5, active: 12 });
    expect(plan.weakestModule).toBe('authenticity');
    expect(first.filter((p) => p.action.module === 'authenticity').length).toBeGreaterThanOrEqual(2);
    expect(everything(plan)).toContain('showTheWorkplace');
    expect(everything(plan)).not.toContain('testYoungPlatforms');
    expect(everything(plan)).not.toContain('focusOnFewerChannels');
  });

  test('Kafé Mys (TikTok for an audience over 45, four hours): pause TikTok, keep Facebook and Instagram', () => {
    const { plan, first } = planOf('cafe');
    const focus = first.find((p) => p.action.id === 'focusOnFewerChannels');
    expect(focus).toBeTruthy();
    expect(focus!.channelAdvice!.pause.map((k) => k.channel)).toEqual(['tiktok']);
    expect(focus!.channelAdvice!.keep.map((k) => k.channel)).toEqual(['facebook', 'instagram']);
    // The TikTok rule is cited by the same action, not planned twice.
    expect(focus!.reasons.some((r) => r.kind === 'rule' && r.ruleId === 'tikTokWithoutYoungAudience')).toBe(true);
    expect(everything(plan)).not.toContain('moveTikTokHoursToYourAudience');
  });

  test('Hotell Fjordgløtt (advanced everywhere): upkeep spread over the horizons, foundations and its goals, nothing else', () => {
    const { plan } = planOf('hotel');
    expect(plan.allAdvanced).toBe(true);
    const upkeep = plan.active.filter((p) => p.kind === 'maintenance');
    expect(upkeep.length).toBeGreaterThanOrEqual(1);
    expect(upkeep.length).toBeLessThanOrEqual(3);
    expect(new Set(upkeep.map((p) => p.horizon)).size).toBe(upkeep.length);
    // Guests find a hotel on the map and read its reviews: the listing is a foundation even for the best.
    expect(plan.active.map((p) => p.action.id)).toContain('googleBusinessProfile');
    // Everything else is a foundation or serves one of its goals; nothing it already does well.
    for (const p of plan.active.filter((x) => x.kind !== 'maintenance'))
      expect(p.whyNow.tags.includes('foundation') || (p.goals?.length ?? 0) > 0, p.action.id).toBe(true);
    expect(plan.active.map((p) => p.action.id)).not.toContain('publishHoursAndAutoReply');
  });

  test('Berg IT-konsult (one person, LinkedIn only, one hour): safe accounts and his weakest area this month, no team, video or channel mix', () => {
    const { plan, first } = planOf('itConsultant');
    expect(plan.capacity).toEqual({ first30: 4, active: 8 });
    // One hour a week, three quarters of it for the plan in the first month: about three hours' work, not three cards.
    expect(first.map((p) => p.action.id)[0]).toBe('secureAccounts');
    expect(first.some((p) => p.action.module === plan.weakestModule)).toBe(true);
    expect(plan.hours.byHorizon.first30.oneOffHours).toBeLessThanOrEqual(3.25);
    const all = [...plan.active, ...plan.later];
    expect(all.some((p) => p.action.fits?.needsTeam)).toBe(false);
    for (const id of [
      'startShortVerticalVideo',
      'giveEachChannelAJob',
      'compareChannelsMonthly',
      'adaptPostsToEachPlatform',
      'focusOnFewerChannels',
    ])
      expect(everything(plan)).not.toContain(id);
    expect(plan.active.find((p) => p.action.id === 'giveCompanyAFace')?.whyNow.tags ?? []).not.toContain('movedByUser');
  });
});

describe('a small firm gets one decision where a larger one gets several cards', () => {
  test('an owner, a reply-time target and monthly figures become one reply routine for 2-9 people, with every reason', () => {
    const base = withProfile({ hoursPerWeek: 10, channels: ['facebook', 'instagram'], size: 'small' }, answeredAll(false));
    const small = generatePlan(base);
    const all = [...small.active, ...small.later];
    const routine = all.find((p) => p.action.id === 'agreeReplyRoutine');
    expect(routine, 'the reply routine').toBeDefined();
    // Nor the daily round or the direct-message check: each added one more daily look at the same messages.
    for (const id of [
      'nameServiceOwnerAndBackup',
      'setReplyTimeTarget',
      'trackResponseMonthly',
      'answerEveryQuestion',
      'prioritiseDirectMessages',
    ])
      expect(all.map((p) => p.action.id)).not.toContain(id);
    // Its reasons are the three actions' reasons: nothing the answers said is lost.
    const questions = routine!.reasons.flatMap((r) => (r.kind === 'rule' ? [] : [r.questionId]));
    for (const q of ['socialServiceOwner', 'replyTimeInOpeningHours', 'responseFiguresTracked']) expect(questions).toContain(q);
    if (small.active.includes(routine!)) expect(routine!.whyNow.tags).toContain('forSmallFirm');
    // A firm of 10-49 keeps the separate cards; one person gets the daily routine.
    const medium = generatePlan({ ...base, profile: { ...base.profile, size: 'medium' } });
    expect([...medium.active, ...medium.later].map((p) => p.action.id)).toEqual(
      expect.arrayContaining(['nameServiceOwnerAndBackup', 'setReplyTimeTarget']),
    );
    const solo = generatePlan({ ...base, profile: { ...base.profile, size: 'solo' } });
    const soloIds = [...solo.active, ...solo.later].map((p) => p.action.id);
    expect(soloIds).not.toContain('agreeReplyRoutine');
    for (const id of ['trackResponseMonthly', 'answerEveryQuestion', 'prioritiseDirectMessages']) expect(soloIds).not.toContain(id);
    // A small law firm keeps the cards with its own confidentiality steps (no case details in messages).
    const lawFirm = generatePlan({ ...base, profile: { ...base.profile, industry: 'legal' } });
    expect([...lawFirm.active, ...lawFirm.later].map((p) => p.action.id)).toEqual(
      expect.arrayContaining(['answerEveryQuestion', 'prioritiseDirectMessages']),
    );
  });
});
