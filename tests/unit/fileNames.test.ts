import { describe, expect, test } from 'vitest';
import { companyForFileName, MAX_COMPANY_IN_NAME, MAX_FILE_NAME_CHARS, safeFileName } from '../../renderer/src/domain/files/fileNames';

describe('suggested file names', () => {
  test('a 200-character company name still gives a name that fits, and the pieces around it survive', () => {
    const company = 'Æ'.repeat(150) + ' 😀'.repeat(25);
    const part = companyForFileName(company, 'vurdering');
    expect([...part].length).toBeLessThanOrEqual(MAX_COMPANY_IN_NAME);
    const name = safeFileName(`Rapport ${part} 2026-11-30`, 'vurdering');
    expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARS);
    expect(name.endsWith('2026-11-30')).toBe(true);
    expect(safeFileName('x'.repeat(500), 'f').length).toBe(MAX_FILE_NAME_CHARS);
    // Never half an emoji.
    expect(safeFileName('a'.repeat(MAX_FILE_NAME_CHARS - 1) + '😀😀', 'f')).toBe('a'.repeat(MAX_FILE_NAME_CHARS - 1) + '😀');
  });

  test.each([
    ['control characters', 'Bakeri\u0000\u0007\u001b[31m\u0085Ærlig', 'Bakeri [31m Ærlig'],
    ['bidi overrides that disguise an extension', 'rapport\u202Etxt.exe', 'rapporttxt.exe'],
    ['isolates and marks', '\u2066Firma\u2069\u200F AS', 'Firma AS'],
    ['path characters', '../../etc/passwd', 'etc passwd'],
    ['Windows-unsafe characters', 'A<B>C:D"E|F?G*H', 'A B C D E F G H'],
    ['leading dots and trailing dots and spaces', '...skjult fil.  ', 'skjult fil'],
  ])('%s are removed', (_label, typed, expected) => expect(safeFileName(typed, 'f')).toBe(expected));

  test.each(['CON', 'con', 'NUL', 'nul.txt', 'COM1', 'lpt9', 'Aux', 'PRN.somekompass', '   ', '', '...', '\u202E'])(
    '%j gives the fallback',
    (typed) => expect(safeFileName(typed, 'vurdering')).toBe('vurdering'),
  );

  test('names that only look reserved are kept', () => {
    expect(safeFileName('Console AS', 'f')).toBe('Console AS');
    expect(safeFileName('COM10', 'f')).toBe('COM10');
  });
});
