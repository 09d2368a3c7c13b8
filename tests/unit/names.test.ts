/** Names as the app keeps and compares them: no control or format characters, one space, composed. */
import { describe, expect, test } from 'vitest';
import { cleanName, nameKey } from '../../renderer/src/domain/model/names';

describe('cleanName', () => {
  test.each([
    ['Kari\u200e Nordmann', 'left-to-right mark'],
    ['Kari\u202e Nordmann', 'right-to-left override'],
    ['Kari\u0007 Nordmann', 'bell'],
    ['Kari \u200bNordmann', 'zero-width space'],
    ['\ufeffKari Nordmann', 'byte order mark'],
    ['Kari\u2066 Nordmann\u2069', 'isolates'],
    ['Kari\u061c Nordmann', 'Arabic letter mark'],
    ['Kari\u0085 Nordmann', 'C1 next line'],
    ['  Kari\t\tNordmann\r\n', 'tabs, line breaks and ends'],
    ['Kari\u00a0Nordmann', 'no-break space'],
  ])('%j (%s) is "Kari Nordmann"', (input) => {
    expect(cleanName(input)).toBe('Kari Nordmann');
  });

  test('composed: å typed as a + ring is å; hidden marks inside a word vanish without a space', () => {
    expect(cleanName('Pa\u030al Rønning')).toBe('Pål Rønning');
    expect(cleanName('Pa\u030al Rønning')).toHaveLength('Pål Rønning'.length);
    expect(cleanName('Nord\u200dmann')).toBe('Nordmann');
    expect(cleanName('\u202a\u202b\u202c')).toBe('');
  });

  test('a teacher compares names with case, commas and word order aside', () => {
    expect(nameKey('Nordmann,\u200e  Kari')).toBe(nameKey('kari nordmann'));
    expect(nameKey('Åse Ødegård')).not.toBe(nameKey('Ase Odegard'));
  });
});
