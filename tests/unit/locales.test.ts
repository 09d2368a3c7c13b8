import { describe, expect, test } from 'vitest';
import { flatten, loadNamespace, namespaces } from './localeFiles';
import { unknownWords } from '../language/spellcheck';

const LANGS = ['nb', 'sv'] as const;

describe('locales', () => {
  test('nb and sv have the same namespaces', () => {
    expect(namespaces('sv')).toEqual(namespaces('nb'));
  });

  test.each(namespaces('nb'))('%s: same keys in nb and sv, no empty value, only strings', (ns) => {
    const [nb, sv] = LANGS.map((l) => flatten(loadNamespace(l, ns)));
    expect([...sv!.keys()].sort()).toEqual([...nb!.keys()].sort());
    for (const map of [nb!, sv!])
      for (const [key, value] of map) {
        expect(typeof value, `${ns}:${key}`).toBe('string');
        expect((value as string).trim(), `${ns}:${key} is empty`).not.toBe('');
      }
  });

  test.each(namespaces('nb'))('%s: interpolations match between nb and sv', (ns) => {
    const [nb, sv] = LANGS.map((l) => flatten(loadNamespace(l, ns)));
    // `{{value, number}}` counts as `value`: the format may differ between languages, the variable may not.
    const vars = (s: unknown): string[] => [...String(s).matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]!).sort();
    for (const [key, value] of nb!) expect(vars(sv!.get(key)), `${ns}:${key}`).toEqual(vars(value));
  });

  test('no English left in the UI strings', () => {
    // Words that would only appear in untranslated UI text.
    const english = /\b(the|and|save|cancel|delete|loading|error|settings|please|undefined|null|TODO)\b/i;
    for (const lng of LANGS)
      for (const ns of namespaces(lng))
        for (const [key, value] of flatten(loadNamespace(lng, ns))) expect(String(value), `${lng}/${ns}:${key}`).not.toMatch(english);
  });
});

describe('spelling (hunspell nb_NO and sv_SE with the reviewed word lists)', () => {
  test.each(LANGS)('%s has no unknown words', (lng) => {
    expect(unknownWords(lng)).toEqual([]);
  });
});
