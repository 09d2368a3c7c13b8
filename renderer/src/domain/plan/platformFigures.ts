/**
 * How many use each social platform, as published: one dated table per source, each with its country, measure,
 * population, survey period and the source's own age bands (docs/sources.md, "Platform figures"). The channel
 * advice ranks platforms only inside one table, never across tables (channelFit.ts).
 *
 * Sweden: Internetstiftelsen, "Svenskarna och internet 2026" (SOI26). Norway: Kantar, "Medietrender Ung" 2025 for
 * 15-24 (KANTAR25), and Ipsos' SoMe-tracker (adults 18+ and 18-29) for the quarters reported in the press: Q1 2022
 * (IPSOS22), Q3 2022 (IPSOS22Q3), Q4 2022 (IPSOS22Q4). Ipsos stopped publishing openly after Q4 2023, so no Norwegian
 * figures for adults by age are newer than 2022. (Q4 2021, IPSOS21, is cited for its comments, not for figures: Q3
 * 2022 has every platform it had.)
 */
import type { Channel, SourceKey } from '../model/types';

export const FIGURE_COUNTRIES = ['no', 'se'] as const;
export type FigureCountry = (typeof FIGURE_COUNTRIES)[number];

/** What the survey asked: used the platform daily, weekly, or at all. Only daily figures are held today. */
export type Measure = 'daily' | 'weekly' | 'usesAtAll';

/** Whom the survey's percentages are shares of; texts under `common:plan.audience.population`. */
export const POPULATIONS = ['internetUsers8plus', 'population18plus', 'age15to24'] as const;
export type Population = (typeof POPULATIONS)[number];

/**
 * One of the source's own groups. `age`: an age band of its main breakdown (the ones an audience is mapped to);
 * `ageExtra`: another age cut of the same table, kept as published but not used for mapping; `all`: the whole
 * population; `occupation`: a group by work (white-collar, blue-collar, adults 20+).
 */
export interface SurveyBand {
  id: string;
  kind: 'age' | 'ageExtra' | 'all' | 'occupation';
  /** First and last year of age; `to` is null for an open band ("76+"). */
  from: number;
  to: number | null;
}

/** When the survey was done, as the source reports it: a year, or a quarter of a year. */
export interface SurveyPeriod {
  year: number;
  quarter?: 1 | 2 | 3 | 4;
}

/** One source's figures for one measure, population and period: the only unit figures are ranked within. */
export interface PlatformTable {
  source: SourceKey;
  country: FigureCountry;
  measure: Measure;
  population: Population;
  period: SurveyPeriod;
  bands: ReadonlyArray<SurveyBand>;
  /** Percent per platform and band id, as published; a missing band means the source gives no figure. */
  percent: Readonly<Partial<Record<Channel, Readonly<Record<string, number>>>>>;
}

/** One published figure, with everything needed to say what it is a share of and when. */
export interface PlatformUseRow {
  country: FigureCountry;
  source: SourceKey;
  measure: Measure;
  population: Population;
  band: SurveyBand;
  period: SurveyPeriod;
  platform: Channel;
  percent: number;
}

const age = (id: string, from: number, to: number | null): SurveyBand => ({ id, kind: 'age', from, to });
const ADULTS_18_PLUS: SurveyBand = { id: 'adults18plus', kind: 'all', from: 18, to: null };
const IPSOS_18_29 = age('18-29', 18, 29);

/** Sweden's bands, "Svenskarna och internet 2026" (weighted n 199 to 553 per age band, 3,698 in all). */
const SOI_BANDS: ReadonlyArray<SurveyBand> = [
  age('12-15', 12, 15),
  age('16-25', 16, 25),
  age('26-35', 26, 35),
  age('36-45', 36, 45),
  age('46-55', 46, 55),
  age('56-65', 56, 65),
  age('66-75', 66, 75),
  age('76+', 76, null),
  { id: '20-34', kind: 'ageExtra', from: 20, to: 34 },
  { id: 'all8plus', kind: 'all', from: 8, to: null },
  { id: 'whiteCollar', kind: 'occupation', from: 20, to: null },
  { id: 'blueCollar', kind: 'occupation', from: 20, to: null },
  { id: 'adults20plus', kind: 'occupation', from: 20, to: null },
];

/** The SOI 2026 row in the order of `SOI_BANDS`; null where the table has no figure. */
function soiRow(...values: Array<number | null>): Record<string, number> {
  return Object.fromEntries(SOI_BANDS.flatMap((b, i) => (values[i] === null || values[i] === undefined ? [] : [[b.id, values[i]]])));
}

export const PLATFORM_TABLES: ReadonlyArray<PlatformTable> = [
  {
    source: 'SOI26',
    country: 'se',
    measure: 'daily',
    population: 'internetUsers8plus',
    period: { year: 2026 },
    bands: SOI_BANDS,
    percent: {
      //                   12-15 16-25 26-35 36-45 46-55 56-65 66-75 76+ 20-34 all  white blue 20+
      instagram: soiRow(24, 63, 62, 57, 55, 46, 30, 22, 66, 46, 58, 54, 50),
      facebook: soiRow(2, 21, 51, 54, 63, 60, 57, 43, 41, 45, 56, 55, 53),
      youtube: soiRow(50, 47, 41, 34, 27, 22, 16, 11, 42, 32, 27, 37, 28),
      snapchat: soiRow(66, 66, 32, 17, 16, 10, 4, 2, 42, 24, 18, 30, 19),
      tiktok: soiRow(55, 53, 16, 5, 6, 4, 2, 1, 26, 15, 6, 12, 9),
      linkedin: soiRow(0, 3, 7, 9, 8, 9, 2, 2, 6, 5, 13, 2, 6),
      x: soiRow(0, 7, 11, 8, 4, 5, 4, 2, 10, null),
      pinterest: soiRow(5, 4, 3, 1, 1, 1, 2, 1, 3, 2),
    },
  },
  {
    source: 'KANTAR25',
    country: 'no',
    measure: 'daily',
    population: 'age15to24',
    period: { year: 2025 },
    bands: [age('15-24', 15, 24)],
    percent: {
      snapchat: { '15-24': 82 },
      instagram: { '15-24': 66 },
      tiktok: { '15-24': 59 },
      youtube: { '15-24': 55 },
      facebook: { '15-24': 52 },
    },
  },
  {
    source: 'IPSOS22Q4',
    country: 'no',
    measure: 'daily',
    population: 'population18plus',
    period: { year: 2022, quarter: 4 },
    bands: [IPSOS_18_29, ADULTS_18_PLUS],
    // Facebook, Instagram and YouTube among 18-29 were reported only as "below TikTok's 58 %": no figure.
    percent: {
      snapchat: { '18-29': 69 },
      tiktok: { '18-29': 58, adults18plus: 21 },
      facebook: { adults18plus: 67 },
    },
  },
  {
    source: 'IPSOS22Q3',
    country: 'no',
    measure: 'daily',
    population: 'population18plus',
    period: { year: 2022, quarter: 3 },
    bands: [ADULTS_18_PLUS],
    percent: {
      facebook: { adults18plus: 67 },
      snapchat: { adults18plus: 53 },
      instagram: { adults18plus: 43 },
      youtube: { adults18plus: 30 },
      tiktok: { adults18plus: 20 },
      x: { adults18plus: 10 },
    },
  },
  {
    source: 'IPSOS22',
    country: 'no',
    measure: 'daily',
    population: 'population18plus',
    period: { year: 2022, quarter: 1 },
    bands: [IPSOS_18_29, ADULTS_18_PLUS],
    percent: {
      snapchat: { '18-29': 66, adults18plus: 49 },
      tiktok: { '18-29': 41 },
      facebook: { '18-29': 53, adults18plus: 67 },
      instagram: { adults18plus: 44 },
    },
  },
];

/** Every figure as one row: the data file read line by line. */
export const PLATFORM_USE: ReadonlyArray<PlatformUseRow> = PLATFORM_TABLES.flatMap((table) =>
  Object.entries(table.percent).flatMap(([platform, byBand]) =>
    table.bands.flatMap((band) => {
      const percent = byBand[band.id];
      if (percent === undefined) return [];
      const { country, source, measure, population, period } = table;
      return [{ country, source, measure, population, band, period, platform: platform as Channel, percent }];
    }),
  ),
);

/** The sources that supply platform figures: an action citing them cites its market's table, not all of them. */
export const FIGURE_SOURCES: ReadonlySet<SourceKey> = new Set(PLATFORM_TABLES.map((t) => t.source));

/** The published figure, or undefined when the table has none for that platform and band. */
export function percentIn(table: PlatformTable, platform: Channel, bandId: string): number | undefined {
  return table.percent[platform]?.[bandId];
}

/** Survey periods in order, for "newest first". */
export function periodOrder(p: SurveyPeriod): number {
  return p.year * 10 + (p.quarter ?? 4);
}
