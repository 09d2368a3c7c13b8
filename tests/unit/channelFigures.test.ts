/**
 * Channel advice on comparable figures (issue 15, section 3): one table per market, the company's own market only,
 * every figure with its year, no channel paused for lack of a figure, and the audience told where it is.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { audienceFigures, channelAdvice, channelFactsFor, rankChannels } from '../../renderer/src/domain/plan/channelFit';
import { PLATFORM_TABLES, PLATFORM_USE, periodOrder } from '../../renderer/src/domain/plan/platformFigures';
import { actionTexts, type Translate } from '../../renderer/src/domain/plan/explain';
import { generatePlan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import { ACTIONS, ACTIONS_BY_ID, QUESTIONS } from '../../renderer/src/domain/bank';
import { CHANNELS, COMPANY_SIZES, CUSTOMER_TYPES, type Channel, type Language, type Profile } from '../../renderer/src/domain/model/types';
import { blankAssessment, extremeAnswer, withProfile } from './fixtures';
import { profileArbitrary } from './profileArbitrary';
import { createTestI18n } from './reportI18n';
import { loadNamespace } from './localeFiles';

const RUNS = { numRuns: 600 };
const LANGS: ReadonlyArray<Language> = ['nb', 'sv'];

const profileArb: fc.Arbitrary<Profile> = profileArbitrary({
  companyName: fc.constant('Test'),
  customerType: fc.constantFrom(...CUSTOMER_TYPES, null),
  size: fc.constantFrom(...COMPANY_SIZES, null),
  hoursPerWeek: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  channels: fc.subarray([...CHANNELS], { minLength: 1 }),
  adBudget: fc.constant(null),
});

const base: Profile = blankAssessment().profile;
const profile = (patch: Partial<Profile>): Profile => ({ ...base, customerType: 'b2c', size: 'small', ...patch });
const ALL_SOCIAL: Channel[] = ['facebook', 'instagram', 'snapchat', 'tiktok', 'linkedin', 'youtube', 'x', 'pinterest'];
/** Every action whose texts carry platform figures, planned as the plan would plan it for this profile. */
const FIGURE_ACTIONS = ACTIONS.filter((a) => channelFactsFor(a, base).action !== undefined || a.id === 'focusOnFewerChannels');
function planned(actionId: string, p: Profile): PlannedAction {
  const action = ACTIONS_BY_ID.get(actionId)!;
  return {
    action,
    kind: 'improve',
    priority: 1,
    horizon: 'first30',
    reasons: [],
    whyNow: { lead: null, tags: [] },
    edit: { owner: '', due: '', status: 'notStarted', note: '' },
    ...channelFactsFor(action, p),
  };
}

let t: Record<Language, Translate>;
let sourceNames: Record<Language, Record<string, string>>;
beforeAll(async () => {
  const i18n = await createTestI18n({ escapeValue: false });
  t = { nb: i18n.t('nb'), sv: i18n.t('sv') };
  sourceNames = {
    nb: loadNamespace('nb', 'sources').name as Record<string, string>,
    sv: loadNamespace('sv', 'sources').name as Record<string, string>,
  };
});

describe('the data file', () => {
  test('every row has a country, a source, a measure, a population, a band, a period and a percent from 0 to 100', () => {
    expect(PLATFORM_USE.length).toBeGreaterThan(100);
    for (const row of PLATFORM_USE) {
      expect(['no', 'se']).toContain(row.country);
      expect(row.percent).toBeGreaterThanOrEqual(0);
      expect(row.percent).toBeLessThanOrEqual(100);
      expect(row.period.year).toBeGreaterThanOrEqual(2021);
    }
    // One table per source: a source's figures are one survey's, for one measure, population and period.
    expect(new Set(PLATFORM_TABLES.map((x) => x.source)).size).toBe(PLATFORM_TABLES.length);
  });

  test('the verified figures: Sweden 16-25 (2026) and Norway 15-24 (2025)', () => {
    const soi = PLATFORM_TABLES.find((x) => x.source === 'SOI26')!;
    expect(['snapchat', 'instagram', 'tiktok', 'youtube', 'facebook'].map((c) => soi.percent[c as Channel]?.['16-25'])).toEqual([
      66, 63, 53, 47, 21,
    ]);
    expect(soi.percent.linkedin?.whiteCollar).toBe(13);
    const kantar = PLATFORM_TABLES.find((x) => x.source === 'KANTAR25')!;
    expect(kantar.country).toBe('no');
    expect(kantar.percent.facebook?.['15-24']).toBe(52);
  });
});

describe('comparable figures, over many generated profiles', () => {
  test('one table per market, of that market; bands from that table; never another country', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const audience = audienceFigures(p);
        const nordic = new Set(p.markets.filter((m) => m === 'no' || m === 'se'));
        expect(new Set(audience.markets.map((m) => m.country))).toEqual(nordic);
        for (const m of audience.markets) {
          expect(m.table.country).toBe(m.country);
          for (const band of m.bands) expect(m.table.bands).toContain(band);
          // An age band never competes with a whole-population figure.
          expect(new Set(m.bands.map((b) => b.kind === 'all')).size).toBe(1);
        }
      }),
      RUNS,
    );
  });

  test("no ranking mixes tables: every figure of a channel comes from its market's one table and bands", () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const audience = audienceFigures(p);
        for (const fit of rankChannels(p, audience)) {
          for (const f of fit.figures) {
            const market = audience.markets.find((m) => m.country === f.market.country)!;
            expect(f.market.table).toBe(market.table);
            expect(f.values.map((v) => v.band)).toEqual(market.bands);
          }
          // One figure per market at most, and rated only with a figure in every market.
          expect(new Set(fit.figures.map((f) => f.market.country)).size).toBe(fit.figures.length);
          expect(fit.rated).toBe(audience.markets.length > 0 && fit.figures.length === audience.markets.length);
        }
      }),
      RUNS,
    );
  });

  test('a channel without a comparable figure is never paused, LinkedIn is never paused for B2B, nothing is lost', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const advice = channelAdvice(p);
        for (const fit of advice.pause) expect(fit.rated, fit.channel).toBe(true);
        if (p.customerType === 'b2b' || p.customerType === 'both') expect(advice.pause.map((f) => f.channel)).not.toContain('linkedin');
        const social = p.channels.filter((c) => c !== 'website' && c !== 'newsletter');
        expect([...advice.keep, ...advice.pause, ...advice.unrated].map((f) => f.channel).sort()).toEqual([...social].sort());
        // A company outside Norway and Sweden gets no ranking at all.
        if (advice.audience.markets.length === 0) expect(advice.pause).toEqual([]);
      }),
      RUNS,
    );
  });

  test('every line that cites a figure carries its year; a Swedish-only company sees no Norwegian figure, and the reverse', () => {
    const tables = (country: 'no' | 'se'): string[] => PLATFORM_TABLES.filter((x) => x.country === country).map((x) => x.source);
    const named = (lng: Language, country: 'no' | 'se'): string[] => tables(country).map((k) => sourceNames[lng][k] as string);
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...FIGURE_ACTIONS.map((a) => a.id)), fc.constantFrom(...LANGS), (p, id, lng) => {
        // "Fewer channels" is planned only for three or more social channels.
        fc.pre(id !== 'focusOnFewerChannels' || p.channels.filter((c) => c !== 'website' && c !== 'newsletter').length >= 3);
        const plannedAction = planned(id, p);
        const texts = actionTexts(plannedAction, t[lng]);
        const cited = texts.details.filter((line) => /\d\s?%/.test(line));
        for (const line of cited) expect(line, line).toMatch(/\b20\d\d\b/);
        const all = [texts.why, ...texts.details, ...texts.steps].join('\n');
        expect(all).not.toMatch(/\{\{|\}\}/);
        const only = (m: 'no' | 'se'): boolean => p.markets.includes(m) && !p.markets.includes(m === 'no' ? 'se' : 'no');
        for (const [mine, other] of [
          ['se', 'no'],
          ['no', 'se'],
        ] as const)
          if (only(mine)) {
            for (const name of named(lng, other)) expect(all).not.toContain(name);
            for (const line of cited) expect(line).not.toContain(other === 'no' ? 'Norge' : 'Sverige');
            expect(plannedAction.action.sources.filter((s) => tables(other).includes(s))).toEqual([]);
          }
        // The card's source line names exactly the tables its figures come from.
        for (const m of plannedAction.audience?.markets ?? []) expect(plannedAction.action.sources).toContain(m.table.source);
      }),
      RUNS,
    );
  });

  test('nothing older than two years is called fresh, new or current where figures are cited', () => {
    const fresh = /\b(fersk\w*|färsk\w*|aktuell\w*|nye tall|nya siffror|nyeste|senaste siffr\w*|dagens tall)\b/i;
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...FIGURE_ACTIONS.map((a) => a.id)), fc.constantFrom(...LANGS), (p, id, lng) => {
        const texts = actionTexts(planned(id, p), t[lng]);
        for (const line of [texts.why, ...texts.details]) expect(line, line).not.toMatch(fresh);
      }),
      { numRuns: 300 },
    );
  });
});

describe('named cases', () => {
  const young = (markets: Profile['markets'], ageBands: Profile['ageBands'], hoursPerWeek: number) =>
    profile({ markets, ageBands, hoursPerWeek, channels: [...ALL_SOCIAL.filter((c) => c !== 'linkedin'), 'website'] });

  test.each([2, 4, 6, 8, 10])('a Swedish 13-29 audience (%s h) is never told to keep Facebook and pause TikTok or Snapchat', (hours) => {
    for (const goals of [[], ['customerService'], ['customerService', 'awareness']] as Array<Profile['goals']>) {
      const advice = channelAdvice({ ...young(['se'], ['13-17', '18-29'], hours), goals });
      const kept = advice.keep.map((k) => k.channel);
      const paused = advice.pause.map((k) => k.channel);
      if (kept.includes('facebook')) expect(paused.filter((c) => c === 'tiktok' || c === 'snapchat')).toEqual([]);
      // Sweden's table, 16-25 is among the bands: Snapchat 66, Instagram 63, TikTok 53, YouTube 47, Facebook 21.
      expect(advice.audience.markets.map((m) => m.table.source)).toEqual(['SOI26']);
      expect(advice.audience.markets[0]!.bands.map((b) => b.id)).toEqual(['12-15', '16-25', '26-35']);
    }
  });

  test.each([2, 4, 6, 8])('a Norwegian 18-29 audience (%s h) is not told to pause Instagram and TikTok', (hours) => {
    for (const ages of [['18-29'], ['13-17', '18-29']] as Array<Profile['ageBands']>) {
      const advice = channelAdvice(young(['no'], ages, hours));
      const paused = advice.pause.map((k) => k.channel);
      // With two hours a week there is room for one channel: the one most of them use daily (Snapchat, 82 %).
      if (hours < 4) expect(advice.keep.map((k) => k.channel)).toEqual(['snapchat']);
      else expect(paused.includes('instagram') && paused.includes('tiktok')).toBe(false);
      if (advice.keep.some((k) => k.channel === 'facebook')) expect(paused.filter((c) => c === 'instagram' || c === 'tiktok')).toEqual([]);
      expect(advice.audience.markets[0]!.table.source).toBe('KANTAR25');
    }
  });

  test('a Norwegian B2B firm keeps LinkedIn on its own grounds, with no Swedish figure, and is told the figure is missing', () => {
    const p = profile({
      customerType: 'b2b',
      markets: ['no'],
      ageBands: ['30-44', '45-59'],
      goals: ['sales'],
      hoursPerWeek: 2,
      channels: ['linkedin', 'facebook', 'instagram', 'x'],
    });
    const advice = channelAdvice(p);
    const linkedin = advice.keep.find((k) => k.channel === 'linkedin')!;
    expect(linkedin.reasons).toContain('b2bLinkedIn');
    expect(linkedin.figures).toEqual([]);
    expect(linkedin.occupation).toEqual([]);
    expect(linkedin.missingIn.map((m) => m.country)).toEqual(['no']);
    for (const lng of LANGS) {
      const details = actionTexts({ ...planned('focusOnFewerChannels', p) }, t[lng]).details.join('\n');
      expect(details).not.toMatch(/Sverige|Svenskarna|%.*nettbrukere|internetanvändare/);
      expect(details).toContain(lng === 'nb' ? 'ingen sammenlignbare tall for den i' : 'inga jämförbara siffror för den i');
    }
  });

  test('a Swedish B2B firm keeps LinkedIn with the share of white-collar workers who use it daily (2026)', () => {
    const p = profile({
      customerType: 'b2b',
      markets: ['se'],
      ageBands: ['30-44', '45-59'],
      hoursPerWeek: 2,
      channels: ['linkedin', 'facebook', 'tiktok'],
    });
    const linkedin = channelAdvice(p).keep.find((k) => k.channel === 'linkedin')!;
    expect(linkedin.occupation.map((o) => o.percent)).toEqual([13]);
    const text = actionTexts(planned('focusOnFewerChannels', p), t.nb).details.join('\n');
    expect(text).toContain('13\u00a0% av funksjonærene den daglig i 2026');
  });

  test('a company in both markets sees both, each labelled with its country; one in neither gets no ranking, said plainly', () => {
    const both = profile({ markets: ['no', 'se'], ageBands: ['18-29'], channels: ['facebook', 'instagram', 'tiktok'] });
    const details = actionTexts(planned('checkWhereAudienceIs', both), t.nb).details;
    expect(details.filter((d) => d.startsWith('Norge:'))).toHaveLength(1);
    expect(details.filter((d) => d.startsWith('Sverige:'))).toHaveLength(1);
    const neither = profile({ markets: ['other'], ageBands: ['18-29'], hoursPerWeek: 1, channels: ['facebook', 'instagram', 'tiktok'] });
    const advice = channelAdvice(neither);
    expect(advice.keep).toEqual([]);
    expect(advice.pause).toEqual([]);
    for (const lng of LANGS) {
      const texts = actionTexts(planned('focusOnFewerChannels', neither), t[lng]);
      expect(texts.why).toMatch(lng === 'nb' ? /bare tall for bruk av sosiale medier i Norge og Sverige/ : /bara siffror för användningen/);
      expect(texts.steps.join(' ')).not.toMatch(/\{\{|\}\}/);
      expect(texts.details.every((d) => !/%/.test(d))).toBe(true);
    }
  });

  test("the audience is mapped openly to the survey's own bands, and a band the survey lacks is named", () => {
    const p = profile({ markets: ['no'], ageBands: ['13-17', '18-29'], channels: ['facebook'] });
    const [mapping, figures] = actionTexts(planned('checkWhereAudienceIs', p), t.nb).details;
    expect(mapping).toBe(
      'Norge: målgruppen deres er 13–29 år, og den nærmeste aldersgruppen i Kantars «Medietrender Ung» 2025 er 15–24 år.',
    );
    expect(figures).toBe(
      'Daglig bruk i Norge i 2025: blant 15–24-åringene Snapchat 82\u00a0%, Instagram 66\u00a0%, TikTok 59\u00a0%, YouTube 55\u00a0%, Facebook 52\u00a0%.',
    );
    // Norway has no table by age for adults over 24: the figures are for all adults, and the card says so.
    const older = profile({ markets: ['no'], ageBands: ['30-44', '45-59'], channels: ['linkedin', 'facebook'] });
    const lines = actionTexts(planned('checkWhereAudienceIs', older), t.sv).details;
    expect(lines[0]).toContain('så siffrorna gäller alla vuxna (Ipsos SoMe-tracker för tredje kvartalet 2022)');
    expect(lines[1]).toMatch(/^Daglig användning i Norge under tredje kvartalet 2022: bland alla vuxna Facebook 67\u00a0%/);
    expect(lines[2]).toBe('Ipsos SoMe-tracker för tredje kvartalet 2022 har inga jämförbara siffror för LinkedIn.');
  });

  test('the newest table wins among those that fit; a Norwegian youth audience gets Kantar 2025, not Ipsos 2022', () => {
    const p = profile({ markets: ['no'], ageBands: ['18-29'], channels: ['snapchat', 'tiktok'] });
    const [market] = audienceFigures(p).markets;
    const rivals = PLATFORM_TABLES.filter((x) => x.country === 'no' && x.bands.some((b) => b.id === '18-29'));
    for (const r of rivals) expect(periodOrder(market!.table.period)).toBeGreaterThan(periodOrder(r.period));
  });
});

describe('the plan', () => {
  /** Every question answered at its best, except the channel questions at their worst. */
  const channelsWeakest = () => ({
    ...blankAssessment(),
    answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, extremeAnswer(q, q.module !== 'channels')])),
  });

  test('a young audience on Facebook alone, channels its weakest area: the young-platform test is in the active plan', () => {
    for (const hoursPerWeek of [1, 3, 10, null]) {
      const a = withProfile(
        { customerType: 'b2c', size: 'small', markets: ['no'], ageBands: ['13-17', '18-29'], hoursPerWeek, channels: ['facebook'] },
        channelsWeakest(),
      );
      const plan = generatePlan(a);
      expect(plan.weakestModule).toBe('channels');
      const test = plan.active.find((p) => p.action.id === 'testYoungPlatforms');
      expect(test, `${hoursPerWeek} h`).toBeTruthy();
      expect(plan.later.map((p) => p.action.id)).not.toContain('testYoungPlatforms');
      // It tells the company where its audience is, from its own market's figures.
      expect(test!.audience?.markets.map((m) => m.table.source)).toEqual(['KANTAR25']);
      expect(test!.action.sources).toContain('KANTAR25');
    }
  });

  test('"where the audience is" in a plan tells the company, with figure and year, and asks it to check its own statistics', () => {
    const a = withProfile(
      {
        customerType: 'b2c',
        size: 'small',
        markets: ['se'],
        ageBands: ['45-59', '60+'],
        hoursPerWeek: 10,
        channels: ['facebook', 'instagram'],
      },
      channelsWeakest(),
    );
    const check = [...generatePlan(a).active, ...generatePlan(a).later].find((p) => p.action.family === 'audienceChannels');
    expect(check).toBeTruthy();
    const texts = actionTexts(check!, t.sv);
    expect(texts.details.join(' ')).toMatch(/Facebook 63\u00a0%.*2026|2026.*Facebook 63\u00a0%/);
    expect(texts.steps.join(' ')).toMatch(/statistik/);
  });
});
