import { describe, expect, test } from 'vitest';
import { formatDisplayDate, isIsoDate, localIsoDay, parseDisplayDate } from '../../renderer/src/domain/model/dates';

describe('dates as the user types them (either language form, whatever the system locale)', () => {
  test.each([
    // Bokmål's form and its everyday variants.
    ['31.01.2027', '2027-01-31'],
    ['1.2.2027', '2027-02-01'],
    ['01/02/2027', '2027-02-01'],
    ['01-02-2027', '2027-02-01'],
    ['1/2 2027', '2027-02-01'],
    // Swedish form, with or without leading zeros.
    ['2027-02-01', '2027-02-01'],
    ['2027-2-1', '2027-02-01'],
    ['  29.02.2028 ', '2028-02-29'],
    [' 2028-02-29', '2028-02-29'],
    ['', ''],
    ['   ', ''],
  ])('%j is %j', (typed, iso) => expect(parseDisplayDate(typed)).toBe(iso));

  test.each([
    '31.02.2027',
    '29.02.2027',
    '31.04.2027',
    '00.01.2027',
    '12.13.2027',
    '1.1.27',
    '2027-13-01',
    '2027-02-30',
    '2027-02-29',
    '2027/02/01x',
    'i morgen',
    'i morgon',
    '31.01.2027x',
    '01.01.1800',
  ])('%j is not a date', (typed) => expect(parseDisplayDate(typed)).toBeNull());

  test('shown as each language writes dates: bokmål 31.01.2027, Swedish 2027-01-31', () => {
    expect(formatDisplayDate('2027-01-31', 'nb')).toBe('31.01.2027');
    expect(formatDisplayDate('2027-01-31', 'sv')).toBe('2027-01-31');
    expect(formatDisplayDate('2026-12-01', 'nb')).toBe('01.12.2026');
    expect(formatDisplayDate('2026-12-01', 'sv')).toBe('2026-12-01');
  });

  test('anything but a real ISO date shows as nothing, in both languages', () => {
    for (const lng of ['nb', 'sv'] as const) {
      expect(formatDisplayDate('2027-02-30', lng)).toBe('');
      expect(formatDisplayDate('31.01.2027', lng)).toBe('');
      expect(formatDisplayDate('', lng)).toBe('');
    }
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  test('typing what is shown gives back the same date, in both languages', () => {
    for (const lng of ['nb', 'sv'] as const)
      for (const iso of ['2026-12-01', '2027-06-30', '2028-02-29']) expect(parseDisplayDate(formatDisplayDate(iso, lng))).toBe(iso);
  });

  test("the local day is the machine's calendar day, not UTC's", () => {
    expect(localIsoDay(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
    expect(localIsoDay(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });
});
