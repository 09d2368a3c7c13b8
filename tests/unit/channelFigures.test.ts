/**
 * Channel advice on comparable figures (issue 15, section 3): one table per market, the company's own market only,
 * every figure with its year, no channel paused for lack of a figure, and the audience told where it is.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  NEAR_TIE,
  YOUNG_PLATFORMS,
  audienceFigures,
  audienceShare,
  channelAdvice,
  channelFactsFor,
  isYoungAudience,
  rankChannels,
  type ChannelAdvice,
  type ChannelFit,
} from '../../renderer/src/domain/plan/channelFit';
import { PLATFORM_TABLES, PLATFORM_USE, periodOrder } from '../../renderer/src/domain/plan/platformFigures';
import { actionTexts, type Translate } from '../../renderer/src/domain/plan/explain';
import { generatePlan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import { ACTIONS, ACTIONS_BY_ID, QUESTIONS } from '../../renderer/src/domain/bank';
import {
  CHANNELS,
  COMPANY_SIZES,
  CUSTOMER_TYPES,
  type AgeBand,
  type Assessment,
  type Channel,
  type Language,
  type Profile,
} from '../../renderer/src/domain/model/types';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
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
          // One figure per market at most, and rated only with a figure that describes the audience in every market.
          expect(new Set(fit.figures.map((f) => f.market.country)).size).toBe(fit.figures.length);
          const describesAudience = audience.markets.every((m) => m.rankable);
          expect(fit.rated).toBe(audience.markets.length > 0 && fit.figures.length === audience.markets.length && describesAudience);
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
    expect(lines[0]).toContain('bara som bakgrund');
    expect(lines[1]).toMatch(/^Som bakgrund, daglig användning i Norge under tredje kvartalet 2022: bland alla vuxna Facebook 67\u00a0%/);
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

// ---------------------------------------------------------------------------------------------------------------
// Who the figures describe (issue 15, part 3 follow-up): a firm selling to businesses sees the public's figures as
// background only and keeps LinkedIn on its role; an audience within 13-29 keeps the young platforms; a near-tie or
// a goal's tie-breaker never pauses a channel.
// ---------------------------------------------------------------------------------------------------------------

const SOCIAL: Channel[] = CHANNELS.filter((c) => c !== 'website' && c !== 'newsletter');
const hoursArb = fc.option(fc.integer({ min: 0, max: 16 }), { nil: null });
/** Companies selling to businesses (or to both) that are on LinkedIn, with any other channels. */
const linkedInB2bArb: fc.Arbitrary<Profile> = profileArbitrary({
  customerType: fc.constantFrom('b2b' as const, 'both' as const),
  hoursPerWeek: hoursArb,
  channels: fc.subarray(SOCIAL.filter((c) => c !== 'linkedin')).map((cs) => ['linkedin', ...cs, 'website']),
});
/** Audiences within 13-29 of companies selling to consumers, on any social channels. */
const youngArb: fc.Arbitrary<Profile> = profileArbitrary({
  customerType: fc.constantFrom('b2c' as const, 'both' as const, null),
  ageBands: fc.subarray(['13-17', '18-29'] as AgeBand[], { minLength: 1 }),
  hoursPerWeek: hoursArb,
  channels: fc.subarray(SOCIAL, { minLength: 1 }),
});

/** Every channel the advice pauses has a reason a consultant would sign. */
function pauseIsJustified(p: Profile, advice: ChannelAdvice, paused: ChannelFit): boolean {
  const ofItsKind = advice.keep.filter((k) => !k.mustKeep && k.young === paused.young);
  // Clearly below a kept channel of its kind in every market: at least NEAR_TIE points, the goals' tie-breakers aside.
  const clearlyBelow = ofItsKind.some((k) =>
    paused.figures.every((f) => {
      const kept = k.figures.find((x) => x.market === f.market)!;
      return audienceShare(f, p.ageBands) <= audienceShare(kept, p.ageBands) - NEAR_TIE;
    }),
  );
  // Or an older audience's channel left out because the young platforms took every place.
  const youngTookThePlaces = !paused.young && isYoungAudience(p) && ofItsKind.length === 0;
  return clearlyBelow || youngTookThePlaces;
}

/** An assessment whose answers are the best or worst per area, so plans of every shape come out. */
const assessmentArb = (profileArb: fc.Arbitrary<Profile>): fc.Arbitrary<Assessment> =>
  fc.tuple(profileArb, fc.func(fc.boolean())).map(([p, best]) => ({
    ...blankAssessment(),
    profile: p,
    answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, extremeAnswer(q, best(q.module))])),
  }));

/** The texts of every planned action, active and later, in one language (only those citing figures, if asked). */
function planTexts(a: Assessment, lng: Language, onlyFigures = false) {
  const plan = generatePlan(a);
  return [...plan.active, ...plan.later]
    .filter((action) => !onlyFigures || action.audience !== undefined)
    .map((action) => {
      const x = actionTexts(action, t[lng]);
      return { action, details: x.details, steps: x.steps, all: [x.title, x.why, ...x.details, ...x.steps, x.kpi].join('\n') };
    });
}
/** Whole plans over hundreds of companies take a few seconds. */
const WHOLE_PLANS = 30_000;

const AGE_GROUP = /\d+–\d+-åringene|dem som er \d+ år eller eldre|dem som är \d+(–\d+)? år/;
const WHOLE_GROUP = /alle voksne|alla vuxna|alle nettbrukere|alla internetanvändare/;
const OCCUPATION_GROUP = /funksjonærene|arbeiderne|tjänstemännen|arbetarna/;
const DECISION_LINE = /^(Behold|Behåll|Sett .+ på pause|Pausa|Avgjør selv|Avgör själva)/;
const DEFAULT_MOVE_STEP: Record<Language, string> = {
  nb: 'Flytt tid fra kanalen som når minst av målgruppen, til den som når mest, og skriv ned hvorfor.',
  sv: 'Flytta tid från den kanal som når minst av målgruppen till den som når mest, och skriv ner varför.',
};

describe('no card ranks figures of different measures or populations', () => {
  test('every keep or pause the figures decide rests on one daily-use table per market, for the audience itself', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const advice = channelAdvice(p);
        const decided = [...advice.keep.filter((k) => !k.mustKeep), ...advice.pause];
        for (const fit of decided) {
          expect(fit.rated, fit.channel).toBe(true);
          for (const f of fit.figures) {
            expect(f.market.rankable).toBe(true);
            expect(f.market.table.measure).toBe('daily');
            // One kind of group per decision: age bands of the audience, or the whole population when it gave no ages.
            expect(new Set(f.values.map((v) => v.band.kind)).size).toBe(1);
            expect(f.values.every((v) => v.band.kind === 'age' || (v.band.kind === 'all' && p.ageBands.length === 0))).toBe(true);
          }
        }
        // A figure for an occupation goes only with LinkedIn kept for B2B, never among the ranked figures.
        for (const fit of [...advice.keep, ...advice.pause, ...advice.unrated]) {
          if (!fit.mustKeep) expect(fit.occupation).toEqual([]);
          for (const o of fit.occupation) expect(o.band.kind).toBe('occupation');
          for (const f of fit.figures) expect(f.values.every((v) => v.band.kind !== 'occupation')).toBe(true);
        }
        for (const paused of advice.pause) expect(pauseIsJustified(p, advice, paused), paused.channel).toBe(true);
        // A channel left open on a near-tie names a kept channel it is close to.
        for (const open of advice.unrated.filter((u) => u.tiedWith)) expect(advice.keep.map((k) => k.channel)).toContain(open.tiedWith);
      }),
      RUNS,
    );
  });

  test('no line under a card sets an occupation beside age bands, or a whole population beside age bands, in one decision', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...FIGURE_ACTIONS.map((a) => a.id)), fc.constantFrom(...LANGS), (p, id, lng) => {
        fc.pre(id !== 'focusOnFewerChannels' || p.channels.filter((c) => c !== 'website' && c !== 'newsletter').length >= 3);
        for (const line of actionTexts(planned(id, p), t[lng]).details) {
          if (OCCUPATION_GROUP.test(line)) expect(AGE_GROUP.test(line) || WHOLE_GROUP.test(line), line).toBe(false);
          // A keep or pause line that decides on figures uses one kind of group.
          if (/^(Sett .+ på pause|Pausa)/.test(line)) expect(AGE_GROUP.test(line) && WHOLE_GROUP.test(line), line).toBe(false);
          if (DECISION_LINE.test(line)) expect(line, line).toMatch(/^[^%]*$|\b20\d\d\b/);
        }
      }),
      { numRuns: 500 },
    );
  });

  test(
    'over whole plans: a Swedish-only company sees no Norwegian figure or survey, and the reverse',
    () => {
      const tables = (country: 'no' | 'se'): string[] => PLATFORM_TABLES.filter((x) => x.country === country).map((x) => x.source);
      const marketsArb = fc.constantFrom<Profile['markets']>(['se'], ['no'], ['se', 'other'], ['no', 'other']);
      fc.assert(
        fc.property(assessmentArb(profileArbitrary({ markets: marketsArb })), fc.constantFrom(...LANGS), (a, lng) => {
          const other = a.profile.markets.includes('se') ? 'no' : 'se';
          const otherCountry = t[lng](`common:plan.audience.countries.${other}`);
          const otherSources = tables(other).map((k) => sourceNames[lng][k] as string);
          const plan = generatePlan(a);
          for (const action of [...plan.active, ...plan.later])
            expect(action.action.sources.filter((s) => tables(other).includes(s))).toEqual([]);
          for (const x of planTexts(a, lng, true)) {
            for (const line of x.details) {
              for (const name of otherSources) expect(line).not.toContain(name);
              if (/\d\s?%/.test(line)) expect(line, line).not.toContain(otherCountry);
            }
          }
        }),
        { numRuns: 500 },
      );
    },
    WHOLE_PLANS,
  );
});

describe('a firm selling to businesses', () => {
  test(
    'with LinkedIn is never told to pause or cut LinkedIn, on the advice or in any text of its plan',
    () => {
      fc.assert(
        fc.property(assessmentArb(linkedInB2bArb), fc.constantFrom(...LANGS), (a, lng) => {
          const advice = channelAdvice(a.profile);
          expect(advice.keep.map((k) => k.channel)).toContain('linkedin');
          expect([...advice.pause, ...advice.unrated].map((f) => f.channel)).not.toContain('linkedin');
          for (const x of planTexts(a, lng)) {
            expect(x.all).not.toMatch(/Sett LinkedIn på pause|Pausa LinkedIn|beholde LinkedIn|behålla LinkedIn/);
            // "Move time off the channel that reaches fewest of the audience" would pull it off LinkedIn on the public's figures.
            if (x.action.audience) expect(x.steps).not.toContain(DEFAULT_MOVE_STEP[lng]);
          }
        }),
        { numRuns: 500 },
      );
    },
    WHOLE_PLANS,
  );

  test("selling only to businesses, the public's figures decide nothing and are labelled as the public's, as background", () => {
    const b2bArb = profileArbitrary({
      customerType: fc.constant('b2b' as const),
      hoursPerWeek: hoursArb,
      markets: fc.subarray(['no', 'se'] as const, { minLength: 1 }),
    });
    fc.assert(
      fc.property(b2bArb, fc.constantFrom(...LANGS), (p, lng) => {
        const advice = channelAdvice(p);
        expect(advice.pause).toEqual([]);
        expect(advice.audience.markets.every((m) => !m.rankable)).toBe(true);
        const lines = actionTexts(planned('checkWhereAudienceIs', p), t[lng]).details;
        const people = advice.audience.markets.map((m) => t[lng](`common:plan.audience.people.${m.country}`));
        for (const who of people) expect(lines.join('\n')).toContain(lng === 'nb' ? `blant alle ${who}` : `bland alla ${who}`);
        for (const line of lines.filter((l) => /\d\s?%/.test(l) && !OCCUPATION_GROUP.test(l)))
          expect(line).toMatch(lng === 'nb' ? /^Til bakgrunn/ : /^Som bakgrund/);
      }),
      RUNS,
    );
  });
});

describe('an audience within 13-29', () => {
  test('never has TikTok, Snapchat or Instagram paused unless it is on more of them than the hours allow, and then the card says so', () => {
    fc.assert(
      fc.property(youngArb, fc.constantFrom(...LANGS), (p, lng) => {
        const advice = channelAdvice(p);
        const pausedYoung = advice.pause.filter((f) => YOUNG_PLATFORMS.includes(f.channel));
        const notKeptYoung = [...pausedYoung, ...advice.unrated.filter((f) => f.young)];
        if (!advice.tooManyYoung) expect(pausedYoung.map((f) => f.channel)).toEqual([]);
        // While a young platform waits, no older audience's channel holds a place (LinkedIn for B2B aside).
        if (notKeptYoung.length > 0) expect(advice.keep.filter((k) => !k.mustKeep && !k.young).map((k) => k.channel)).toEqual([]);
        for (const paused of pausedYoung) expect(pauseIsJustified(p, advice, paused)).toBe(true);
        if (p.channels.filter((c) => c !== 'website' && c !== 'newsletter').length >= 3) {
          const details = actionTexts(planned('focusOnFewerChannels', p), t[lng]).details.join('\n');
          const tooMany = lng === 'nb' ? 'Timene rekker ikke til alle' : 'Timmarna räcker inte till alla';
          if (advice.youngFirst.length > 0) expect(details.includes(tooMany)).toBe(advice.tooManyYoung);
        }
      }),
      RUNS,
    );
  });

  test('Sportbutiken (Sweden, 13-29, 6 h): keeps Snapchat, Instagram and TikTok and pauses YouTube, whatever its goals', () => {
    const shop = COMPANIES.find((c) => c.key === 'sportsShop')!;
    for (const goals of [shop.profile.goals, [], ['awareness', 'community', 'customerService']] as Array<Profile['goals']>) {
      const advice = channelAdvice({ ...companyAssessment(shop).profile, goals });
      // The goals' tie-breakers may change which young platform is named first, never which are kept.
      expect(advice.keep.map((k) => k.channel).sort()).toEqual(['instagram', 'snapchat', 'tiktok']);
      expect(advice.pause.map((k) => k.channel)).toEqual(['youtube', 'facebook', 'x', 'pinterest']);
    }
    const p = companyAssessment(shop).profile;
    const details = actionTexts(planned('focusOnFewerChannels', p), t.sv).details;
    expect(details).toContain(
      'Er målgrupp är 13–29 år, så timmarna går först till de plattformar som flest unga använder dagligen och som ni redan finns på: Snapchat, Instagram och TikTok. Andra kanaler får bara de timmar som blir över.',
    );
    expect(details).toContain(
      'Behåll TikTok: i Sverige använde 55\u00a0% av dem som är 12–15 år, 53\u00a0% av dem som är 16–25 år och 16\u00a0% av dem som är 26–35 år den dagligen 2026.',
    );
    // A paused channel's line gives its figures, not the goal that would argue for keeping it.
    expect(details.find((d) => d.startsWith('Pausa YouTube'))).not.toMatch(/Valen-Utvik/);
  });

  test('a Norwegian 18-29 shop keeps the young platforms by the Kantar 2025 figures; with hours for two, TikTok goes and the card says why', () => {
    const shop = (hoursPerWeek: number): Profile =>
      profile({
        markets: ['no'],
        ageBands: ['18-29'],
        goals: ['awareness', 'customerService'],
        hoursPerWeek,
        channels: ['facebook', 'instagram', 'snapchat', 'tiktok', 'youtube', 'website'],
      });
    const six = channelAdvice(shop(6));
    expect(six.keep.map((k) => k.channel)).toEqual(['snapchat', 'instagram', 'tiktok']);
    expect(six.pause.map((k) => k.channel)).toEqual(['youtube', 'facebook']);
    const four = channelAdvice(shop(4));
    expect(four.keep.map((k) => k.channel)).toEqual(['snapchat', 'instagram']);
    expect(four.tooManyYoung).toBe(true);
    // TikTok 59 % against Instagram 66 % among 15-24 (2025): seven points, more than a near-tie.
    expect(four.pause.map((k) => k.channel)).toEqual(['tiktok', 'youtube', 'facebook']);
    const details = actionTexts(planned('focusOnFewerChannels', shop(4)), t.nb).details;
    expect(details.join('\n')).toContain('Timene rekker ikke til alle med minst to timer i uka på hver, så tallene velger blant dem');
    expect(details).toContain('Sett TikTok på pause: i Norge brukte 59\u00a0% av 15–24-åringene den daglig i 2025.');
  });

  test('a near-tie is left to the company: with hours for one channel, Instagram is not paused behind Snapchat', () => {
    const p = profile({
      markets: ['se'],
      ageBands: ['13-17', '18-29'],
      hoursPerWeek: 1,
      channels: ['instagram', 'snapchat', 'tiktok', 'facebook'],
    });
    const advice = channelAdvice(p);
    expect(advice.keep.map((k) => k.channel)).toEqual(['snapchat']);
    expect(advice.unrated.map((k) => [k.channel, k.tiedWith])).toEqual([['instagram', 'snapchat']]);
    expect(advice.pause.map((k) => k.channel)).toEqual(['tiktok', 'facebook']);
    const details = actionTexts(planned('focusOnFewerChannels', p), t.sv).details.join('\n');
    expect(details).toContain('Avgör själva om ni ska behålla Instagram: siffrorna skiljer den knappt från Snapchat;');
  });
});

describe('named firms selling to businesses', () => {
  test('Berg IT-konsult (Sweden, LinkedIn only): the where-the-audience-is card labels the figures as background and gives LinkedIn among white-collar workers', () => {
    const it = COMPANIES.find((c) => c.key === 'itConsultant')!;
    const p = companyAssessment(it).profile;
    const texts = actionTexts(planned('checkWhereAudienceIs', p), t.sv);
    expect(texts.details[0]).toContain('Ni säljer till företag, men siffrorna mäter användningen bland alla svenskar');
    expect(texts.details[1]).toMatch(/^Som bakgrund, daglig användning i Sverige 2026:/);
    expect(texts.details).toContain(
      'Bland tjänstemännen i Sverige använde 13\u00a0% LinkedIn dagligen 2026, enligt Internetstiftelsens ”Svenskarna och internet 2026”. Det är en annan grupp än åldersgrupperna, så den siffran står för sig själv.',
    );
    expect(texts.why).toMatch(/^Ni säljer till företag, och då är det köparna som räknas/);
    expect(texts.steps).not.toContain(DEFAULT_MOVE_STEP.sv);
    expect(texts.kpi).toBe('Andel av följarna i varje kanal som arbetar i de branscher och roller ni säljer till');
  });

  test('a firm selling to both keeps one channel for its consumers beside LinkedIn, and the move step spares LinkedIn', () => {
    const p = profile({
      customerType: 'both',
      markets: ['se'],
      ageBands: ['30-44', '45-59'],
      hoursPerWeek: 3,
      channels: ['linkedin', 'facebook', 'instagram'],
    });
    const advice = channelAdvice(p);
    expect(advice.keep.map((k) => k.channel)).toEqual(['linkedin', 'facebook']);
    // Facebook and Instagram are within a few points for 30-59 (2026): Instagram is left to the company.
    expect(advice.unrated.map((k) => k.channel)).toEqual(['instagram']);
    const steps = actionTexts(planned('checkWhereAudienceIs', p), t.nb).steps;
    expect(steps.at(-1)).toMatch(/LinkedIn har dere for bedriftskundene/);
  });
});
