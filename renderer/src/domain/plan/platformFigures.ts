/**
 * Daily use of social platforms by age, as published, with source and year: what "which channels to keep" is
 * ranked by. One data file so the figures are easy to update (Ipsos stopped publishing its Norwegian tracker openly
 * after Q4 2023). Survey figures for adults (Norway) or internet users aged 8+ (Sweden), never for one company.
 */
import type { AgeBand, Channel, SourceKey } from '../model/types';

/** The group a survey reports on, as it names it; texts under `common:plan.channelAdvice.surveyBands`. */
export const SURVEY_BANDS = [
  'adults18plus',
  'age15to29',
  'age18to29',
  'age40to49',
  'age60plus',
  'internetUsers8plus',
  'born2000s',
  'born1990s',
  'born1970sTo1990s',
] as const;
export type SurveyBand = (typeof SURVEY_BANDS)[number];

export type FigureMarket = 'no' | 'se';

export interface DailyUseFigure {
  channel: Channel;
  market: FigureMarket;
  /** The app's age bands the figure stands for; empty for the whole population the survey covers. */
  ageBands: ReadonlyArray<AgeBand>;
  surveyBand: SurveyBand;
  /** Share who use the platform daily, in percent. */
  percent: number;
  source: SourceKey;
}

/**
 * Norway: Ipsos SoMe-tracker Q1 2022 (IPSOS22) unless noted; Q3 2022 (IPSOS22Q3) for the platforms Q1 did not
 * report; Aftenposten's report of Ipsos figures, Sept 2023 (IPSOS23), for TikTok among 15-29. Where a survey band
 * straddles ours (40-49 against 30-44 and 45-59), the figure stands for both and its own band is named.
 * Sweden: Internetstiftelsen, "Svenskarna och internet 2022" (IIS22), internet users aged 8+; by decade of birth
 * where reported (born in the 2000s were 13-22 in 2022, born in the 1990s 23-32, born 1970-1999 23-52).
 */
export const DAILY_USE: ReadonlyArray<DailyUseFigure> = [
  { channel: 'facebook', market: 'no', ageBands: [], surveyBand: 'adults18plus', percent: 67, source: 'IPSOS22' },
  { channel: 'facebook', market: 'no', ageBands: ['18-29'], surveyBand: 'age18to29', percent: 53, source: 'IPSOS22' },
  { channel: 'facebook', market: 'no', ageBands: ['30-44', '45-59'], surveyBand: 'age40to49', percent: 76, source: 'IPSOS22' },
  { channel: 'snapchat', market: 'no', ageBands: [], surveyBand: 'adults18plus', percent: 49, source: 'IPSOS22' },
  { channel: 'snapchat', market: 'no', ageBands: ['18-29'], surveyBand: 'age18to29', percent: 66, source: 'IPSOS22' },
  { channel: 'snapchat', market: 'no', ageBands: ['60+'], surveyBand: 'age60plus', percent: 31, source: 'IPSOS22' },
  { channel: 'instagram', market: 'no', ageBands: [], surveyBand: 'adults18plus', percent: 44, source: 'IPSOS22' },
  { channel: 'tiktok', market: 'no', ageBands: [], surveyBand: 'adults18plus', percent: 20, source: 'IPSOS22Q3' },
  { channel: 'tiktok', market: 'no', ageBands: ['13-17'], surveyBand: 'age15to29', percent: 54, source: 'IPSOS23' },
  { channel: 'tiktok', market: 'no', ageBands: ['18-29'], surveyBand: 'age18to29', percent: 41, source: 'IPSOS22' },
  { channel: 'tiktok', market: 'no', ageBands: ['60+'], surveyBand: 'age60plus', percent: 1, source: 'IPSOS22' },
  { channel: 'youtube', market: 'no', ageBands: [], surveyBand: 'adults18plus', percent: 30, source: 'IPSOS22Q3' },
  { channel: 'x', market: 'no', ageBands: [], surveyBand: 'adults18plus', percent: 10, source: 'IPSOS22Q3' },
  { channel: 'facebook', market: 'se', ageBands: [], surveyBand: 'internetUsers8plus', percent: 53, source: 'IIS22' },
  { channel: 'facebook', market: 'se', ageBands: ['30-44'], surveyBand: 'born1970sTo1990s', percent: 70, source: 'IIS22' },
  { channel: 'instagram', market: 'se', ageBands: [], surveyBand: 'internetUsers8plus', percent: 48, source: 'IIS22' },
  { channel: 'youtube', market: 'se', ageBands: [], surveyBand: 'internetUsers8plus', percent: 34, source: 'IIS22' },
  { channel: 'youtube', market: 'se', ageBands: ['13-17'], surveyBand: 'born2000s', percent: 65, source: 'IIS22' },
  { channel: 'youtube', market: 'se', ageBands: ['18-29'], surveyBand: 'born1990s', percent: 50, source: 'IIS22' },
  { channel: 'snapchat', market: 'se', ageBands: [], surveyBand: 'internetUsers8plus', percent: 24, source: 'IIS22' },
  { channel: 'tiktok', market: 'se', ageBands: [], surveyBand: 'internetUsers8plus', percent: 12, source: 'IIS22' },
  { channel: 'linkedin', market: 'se', ageBands: [], surveyBand: 'internetUsers8plus', percent: 6, source: 'IIS22' },
];
