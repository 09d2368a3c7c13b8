import { describe, expect, test } from 'vitest';
import { OFFICIAL_FIGURES, officialComparison } from '../../renderer/src/domain/comparison/official';
import {
  MIN_PEERS,
  peerComparison,
  spreadOf,
  type ComparableSummary,
  type ComparedCompany,
} from '../../renderer/src/domain/comparison/peers';
import type { Assessment, ModuleId, Profile } from '../../renderer/src/domain/model/types';
import { summarize } from '../../renderer/src/domain/model/summary';
import { createHomework } from '../../renderer/src/domain/homework/homework';
import { startFollowUp } from '../../renderer/src/domain/rounds/rounds';
import { compareAssessment } from '../../renderer/src/domain/comparison/comparison';
import { COMPANIES, companyAssessment } from '../fixtures/companies';

const OWN: ComparedCompany = { series: 'own', companyName: 'Bakeri Solsiden', size: 'medium', customerType: 'b2c', industry: 'retail' };

/** A finished, non-homework assessment of another company, with the same score in every area unless given. */
function peer(n: number, over: Partial<ComparableSummary> = {}, scores: Partial<Record<ModuleId, number | null>> = {}): ComparableSummary {
  const score = 40 + n;
  return {
    id: `a${n}`,
    companyName: `Firma ${n}`,
    createdAt: `2026-0${(n % 9) + 1}-01T10:00:00.000Z`,
    series: `a${n}`,
    round: 1,
    size: 'medium',
    customerType: 'b2c',
    industry: 'retail',
    band: 'established',
    homework: null,
    areas: { strategy: score, channels: score, responsiveness: score, authenticity: score, ...scores },
    ...over,
  };
}
const peers = (count: number, over: Partial<ComparableSummary> = {}): ComparableSummary[] =>
  Array.from({ length: count }, (_, i) => peer(i + 1, over));

describe('companies like yours: the minimum of 5', () => {
  test('4 comparable companies give nothing, 5 give a result', () => {
    expect(MIN_PEERS).toBe(5);
    expect(peerComparison(OWN, peers(4))).toEqual({ kind: 'tooFew' });
    const five = peerComparison(OWN, peers(5));
    expect(five.kind).toBe('shown');
    if (five.kind === 'shown') expect(five.count).toBe(5);
  });

  test('companies of another size or customer type do not count towards the 5', () => {
    const mixed = [...peers(4), peer(10, { size: 'large' }), peer(11, { customerType: 'b2b' }), peer(12, { size: 'small' })];
    expect(peerComparison(OWN, mixed)).toEqual({ kind: 'tooFew' });
  });

  test('a company without size or customer type is not compared', () => {
    expect(peerComparison({ ...OWN, size: null }, peers(8))).toEqual({ kind: 'profileMissing' });
    expect(peerComparison({ ...OWN, customerType: null }, peers(8))).toEqual({ kind: 'profileMissing' });
  });

  test('industry narrows the match only when it still leaves 5', () => {
    const fourSameIndustry = [...peers(4), peer(20, { industry: 'crafts' }), peer(21, { industry: 'crafts' })];
    const wide = peerComparison(OWN, fourSameIndustry);
    expect(wide.kind === 'shown' && { count: wide.count, matchedOnIndustry: wide.matchedOnIndustry }).toEqual({
      count: 6,
      matchedOnIndustry: false,
    });
    const narrow = peerComparison(OWN, [...peers(5), peer(20, { industry: 'crafts' })]);
    expect(narrow.kind === 'shown' && { count: narrow.count, matchedOnIndustry: narrow.matchedOnIndustry }).toEqual({
      count: 5,
      matchedOnIndustry: true,
    });
  });
});

describe('companies like yours: who never counts', () => {
  test('the company itself and its earlier rounds are left out, even with 5 of them', () => {
    const ownRounds = [1, 2, 3, 4, 5].map((r) => peer(30 + r, { series: 'own', round: r, companyName: 'Bakeri Solsiden' }));
    expect(peerComparison(OWN, [...ownRounds, ...peers(4)])).toEqual({ kind: 'tooFew' });
  });

  test('a copy of the company under another series (same name, any case) is left out', () => {
    expect(peerComparison(OWN, [...peers(4), peer(40, { series: 'copy', companyName: ' bakeri solsiden ' })])).toEqual({ kind: 'tooFew' });
  });

  test('another company counts once, with its latest finished round', () => {
    const firstRound = peer(1, { round: 1 }, { strategy: 10 });
    const secondRound = peer(1, { id: 'a1-r2', round: 2, createdAt: '2026-11-01T10:00:00.000Z' }, { strategy: 90 });
    const unfinishedThird = peer(1, { id: 'a1-r3', round: 3, band: null }, { strategy: 0 });
    const result = peerComparison(OWN, [firstRound, secondRound, unfinishedThird, ...peers(5).slice(1)]);
    expect(result.kind).toBe('shown');
    if (result.kind !== 'shown') return;
    expect(result.count).toBe(5);
    // Strategy scores: 90 (firm 1's second round), 42, 43, 44, 45.
    expect(result.areas.strategy).toEqual({ count: 5, median: 44, lowerQuartile: 43, upperQuartile: 45 });
  });

  test('homework and preliminary or blank assessments never count', () => {
    const excluded = [peer(50, { homework: 'handedIn' }), peer(51, { homework: 'draft' }), peer(52, { band: null })];
    expect(peerComparison(OWN, [...peers(4), ...excluded])).toEqual({ kind: 'tooFew' });
  });
});

describe('median and spread against hand-computed values', () => {
  test('odd count: 12, 30, 47, 55, 81, 90, 95', () => {
    // Sorted positions 0..6; median at 3 → 55; quartiles at 1.5 → (30+47)/2 = 38.5 and 4.5 → (81+90)/2 = 85.5.
    expect(spreadOf([95, 12, 55, 30, 90, 47, 81])).toEqual({ count: 7, median: 55, lowerQuartile: 38.5, upperQuartile: 85.5 });
  });

  test('even count: 20, 40, 50, 60, 70, 100', () => {
    // Positions 0..5; median at 2.5 → 55; lower quartile at 1.25 → 40 + 0.25·10 = 42.5; upper at 3.75 → 60 + 0.75·10 = 67.5.
    expect(spreadOf([100, 20, 60, 40, 70, 50])).toEqual({ count: 6, median: 55, lowerQuartile: 42.5, upperQuartile: 67.5 });
  });

  test('fewer than 5 values give no spread', () => {
    expect(spreadOf([1, 2, 3, 4])).toBeNull();
  });

  test('per area, an area without a score in some companies is figured from the others, and left out below 5', () => {
    const list = [
      peer(1, {}, { authenticity: null }),
      peer(2, {}, { authenticity: null }),
      peer(3, {}, { channels: 10 }),
      peer(4, {}, { channels: 20 }),
      peer(5, {}, { channels: 30 }),
      peer(6, {}, { channels: 40 }),
    ];
    const result = peerComparison(OWN, list);
    if (result.kind !== 'shown') throw new Error('expected a comparison');
    expect(result.count).toBe(6);
    expect(result.areas.authenticity).toBeNull();
    // Channels: 41, 42, 10, 20, 30, 40 → sorted 10 20 30 40 41 42: median (30+40)/2 = 35, quartiles 22.5 and 40.75.
    expect(result.areas.channels).toEqual({ count: 6, median: 35, lowerQuartile: 22.5, upperQuartile: 40.75 });
  });
});

describe('the official layer: its figures per country and size', () => {
  test('a firm of 10-49 or 50+ in Norway gets SSB 2019, in Sweden Eurostat 2021', () => {
    expect(officialComparison({ size: 'medium', markets: ['no'] }, 'sv')).toEqual({
      kind: 'figures',
      figures: [OFFICIAL_FIGURES.no],
      sizeKnown: true,
    });
    expect(officialComparison({ size: 'large', markets: ['se'] }, 'nb')).toEqual({
      kind: 'figures',
      figures: [OFFICIAL_FIGURES.se],
      sizeKnown: true,
    });
    expect(OFFICIAL_FIGURES.no).toMatchObject({ share: 76, year: 2019, source: 'SSBIKT19' });
    expect(OFFICIAL_FIGURES.se).toMatchObject({ share: 80, year: 2021, source: 'ESTAT21', eu: 59 });
  });

  test("a firm in both countries gets both; one in neither gets its language's country", () => {
    expect(officialComparison({ size: 'medium', markets: ['se', 'no', 'other'] }, 'nb')).toMatchObject({
      figures: [OFFICIAL_FIGURES.no, OFFICIAL_FIGURES.se],
    });
    expect(officialComparison({ size: 'medium', markets: ['other'] }, 'nb')).toMatchObject({ figures: [OFFICIAL_FIGURES.no] });
    expect(officialComparison({ size: 'medium', markets: [] }, 'sv')).toMatchObject({ figures: [OFFICIAL_FIGURES.se] });
  });

  test('a firm under 10 employees gets no figure, only the fact that none covers it', () => {
    expect(officialComparison({ size: 'solo', markets: ['no'] }, 'nb')).toEqual({ kind: 'belowTen', countries: ['no'] });
    expect(officialComparison({ size: 'small', markets: ['se'] }, 'sv')).toEqual({ kind: 'belowTen', countries: ['se'] });
  });

  test('a firm whose size is not given yet sees the figures, marked as not matched to its size', () => {
    expect(officialComparison({ size: null, markets: ['no'] }, 'nb')).toEqual({
      kind: 'figures',
      figures: [OFFICIAL_FIGURES.no],
      sizeKnown: false,
    });
  });
});

describe('on real summaries (made by summarize, as the home list has them)', () => {
  const alike: Partial<Profile> = { size: 'medium', customerType: 'b2c', industry: 'retail', markets: ['no'] };
  const company = (key: string, id: string, name: string): Assessment => {
    const base = companyAssessment(COMPANIES.find((c) => c.key === key)!);
    return { ...base, id, profile: { ...base.profile, ...alike, companyName: name } };
  };
  const own = company('manufacturer', 'own', 'Fjordbakst');
  const four = ['bakery', 'sportsShop', 'cafe', 'dentist'].map((key, i) => company(key, `p${i}`, `Firma ${i}`));

  test('homework, a blank assessment and the company’s own next round never make the fifth', () => {
    const homework = { ...company('hairdresser', 'hw', 'Elevbedrift'), homework: createHomework('Kurs', 0) };
    const blank = { ...company('hairdresser', 'blank', 'Tom'), answers: {} };
    const ownNext = startFollowUp(own, 'own-2', '2026-12-30T09:00:00.000Z');
    const summaries = [...four, homework, blank, ownNext].map((a) => summarize(a));
    expect(summaries.find((x) => x.id === 'hw')?.homework).toBe('draft');
    expect(summaries.find((x) => x.id === 'blank')?.band).toBeNull();
    expect(compareAssessment(own, summaries).peers).toEqual({ kind: 'tooFew' });
    const fifth = summarize(company('hairdresser', 'p5', 'Firma 5'));
    expect(compareAssessment(own, [...summaries, fifth]).peers).toMatchObject({ kind: 'shown', count: 5, matchedOnIndustry: true });
  });

  test('while the consultant has it off there is no second layer, and the official one is there regardless', () => {
    expect(compareAssessment(own, null)).toEqual({
      official: { kind: 'figures', figures: [OFFICIAL_FIGURES.no], sizeKnown: true },
      peers: null,
    });
  });
});
