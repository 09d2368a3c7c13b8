import { describe, expect, test } from 'vitest';
import { formatDisplayDate, isIsoDate, parseDisplayDate } from '../../renderer/src/domain/model/dates';

describe('dates as the user types them (dd.mm.yyyy, whatever the system locale)', () => {
  test.each([
    ['31.01.2027', '2027-01-31'],
    ['1.2.2027', '2027-02-01'],
    ['01/02/2027', '2027-02-01'],
    ['01-02-2027', '2027-02-01'],
    ['2027-02-01', '2027-02-01'],
    ['  29.02.2028 ', '2028-02-29'],
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
    'i morgen',
    '31.01.2027x',
    '01.01.1800',
  ])('%j is not a date', (typed) => expect(parseDisplayDate(typed)).toBeNull());

  test('shown as dd.mm.yyyy; anything but a real ISO date shows as nothing', () => {
    expect(formatDisplayDate('2027-01-31')).toBe('31.01.2027');
    expect(formatDisplayDate('2027-02-30')).toBe('');
    expect(formatDisplayDate('31.01.2027')).toBe('');
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  test('typing what is shown gives back the same date', () => {
    for (const iso of ['2026-12-01', '2027-06-30', '2028-02-29']) expect(parseDisplayDate(formatDisplayDate(iso))).toBe(iso);
  });
});
