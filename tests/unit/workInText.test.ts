/**
 * A card's text and its work line say the same thing (a native reading found "it takes an afternoon" beside "30–60
 * minutes", and "a daily ten-minute round" beside "30 minutes a week"): where a card's own words give the time its
 * routine takes per day or per week, or the time it takes to set up, the work figures in the bank agree.
 */
import { describe, expect, test } from 'vitest';
import { ACTIONS, actionNamespace } from '../../renderer/src/domain/bank';
import { workOf } from '../../renderer/src/domain/plan/hours';
import type { ActionDef, Language } from '../../renderer/src/domain/model/types';
import { flatten, loadNamespace } from './localeFiles';

const NUMBERS: Readonly<Record<string, number>> = {
  to: 2,
  tre: 3,
  fem: 5,
  ti: 10,
  femten: 15,
  tjue: 20,
  två: 2,
  tio: 10,
  femton: 15,
  tjugo: 20,
};

/** "fem minutter hver arbeidsdag": minutes and how many times a week. */
const ROUTINES: Readonly<Record<Language, ReadonlyArray<[RegExp, number]>>> = {
  nb: [
    [/(\p{L}+) minutter hver arbeidsdag/u, 5],
    [/daglig runde på (\p{L}+) minutter/u, 5],
    [/(\p{L}+) minutter hver dag/u, 5],
    [/(\p{L}+) minutter hver uke/u, 1],
  ],
  sv: [
    [/(\p{L}+) minuter varje arbetsdag/u, 5],
    [/daglig runda på (\p{L}+) minuter/u, 5],
    [/(\p{L}+) minuter varje dag/u, 5],
    [/(\p{L}+) minuter varje vecka/u, 1],
  ],
};
/** Set-up time in words, and the hours it allows at most (an afternoon is three hours or more). */
const SET_UP: Readonly<Record<Language, ReadonlyArray<[RegExp, (high: number) => boolean]>>> = {
  nb: [
    [/tar en ettermiddag/, (high) => high >= 3],
    [/tar høyst en time/, (high) => high <= 1],
  ],
  sv: [
    [/tar en eftermiddag/, (high) => high >= 3],
    [/tar högst en timme/, (high) => high <= 1],
  ],
};

/** Every text of an action in one language, with whether it is a one-person text. */
function textsOf(action: ActionDef, lng: Language): Array<{ key: string; text: string; solo: boolean }> {
  const all = flatten(loadNamespace(lng, actionNamespace(action)));
  const prefix = `a.${action.id}.`;
  return [...all]
    .filter((e): e is [string, string] => e[0].startsWith(prefix) && typeof e[1] === 'string')
    .map(([key, text]) => ({ key, text, solo: /_solo(\.|$)/.test(key) }));
}

describe.each(['nb', 'sv'] as const)('%s: what a card says about its time agrees with its work line', (lng) => {
  test('a routine given per day or per week is the weekly figure (within a quarter)', () => {
    const off: string[] = [];
    for (const action of ACTIONS)
      for (const { key, text, solo } of textsOf(action, lng))
        for (const [pattern, perWeek] of ROUTINES[lng]) {
          const found = pattern.exec(text);
          const minutes = found ? NUMBERS[found[1]!.toLowerCase()] : undefined;
          if (minutes === undefined) continue;
          const weekly = workOf(action, solo).weeklyMinutes;
          if (Math.abs(weekly - minutes * perWeek) > weekly / 4) off.push(`${key}: «${found![0]}» but ${weekly} minutes a week`);
        }
    expect(off).toEqual([]);
  });

  test('a set-up time in words fits the one-off hours', () => {
    const off: string[] = [];
    for (const action of ACTIONS)
      for (const { key, text, solo } of textsOf(action, lng))
        for (const [pattern, fits] of SET_UP[lng]) {
          const high = workOf(action, solo).oneOffHours[1];
          if (pattern.test(text) && !fits(high)) off.push(`${key}: «${pattern.source}» but up to ${high} hours`);
        }
    expect(off).toEqual([]);
  });

  test('the checker is not blind: the old texts would have been caught', () => {
    const answerEvery = ACTIONS.find((a) => a.id === 'answerEveryQuestion')!;
    const [daily] = ROUTINES[lng].filter(([p]) => p.source.includes('daglig'));
    const old = lng === 'nb' ? 'Legg inn en daglig runde på ti minutter' : 'Lägg in en daglig runda på tio minuter';
    const found = daily![0].exec(old)!;
    expect(NUMBERS[found[1]!]! * daily![1]).not.toBe(answerEvery.work.weeklyMinutes);
    const [afternoon] = SET_UP[lng];
    expect(afternoon![0].test(lng === 'nb' ? 'Det tar en ettermiddag å sette opp' : 'Det tar en eftermiddag att ställa in')).toBe(true);
  });
});
