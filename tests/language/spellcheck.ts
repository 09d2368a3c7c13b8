/**
 * Spell-checks every string in `locales/<lng>/*.json` with hunspell (nb_NO, sv_SE) plus a short reviewed
 * word list per language (`words-<lng>.txt`: real terms such as TikTok or KPI).
 * Used by `tests/unit/locales.test.ts`; also runnable by hand: `node tests/language/spellcheck.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const DICTIONARIES = { nb: 'nb_NO', sv: 'sv_SE' } as const;
export type CheckedLanguage = keyof typeof DICTIONARIES;

/** Every string value in a language's locale files, keyed by `file:dotted.key`. */
export function localeStrings(lng: CheckedLanguage): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(root, 'locales', lng);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string') out.set(key, value);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}.${i}`));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, key.endsWith(':') ? key + k : `${key}.${k}`);
    };
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), `${file.replace(/\.json$/, '')}:`);
  }
  return out;
}

/** Words of a text as hunspell should see them: no interpolations, tags, digits or punctuation. */
export function wordsOf(text: string): string[] {
  const cleaned = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    // A web address (uutilsynet.no, digg.se/tdosanmalan) is no word of the language.
    .replace(/\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:no|se|com|org|net)\b(?:\/\S*)?/gu, ' ');
  const tokens = cleaned.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // The nb dictionary breaks words at hyphens, so we check the parts. A one-letter part of a compound
  // ("e-post", "t-skjorte") is standard spelling that no dictionary lists on its own: skip just that part.
  return tokens
    .flatMap((t) => {
      const parts = t.split('-');
      return parts.length > 1 ? parts.filter((p) => p.length > 1) : parts;
    })
    .map((t) => t.replace(/['’]s?$/u, ''))
    .filter((t) => t.length > 0 && !/\p{N}/u.test(t));
}

/** Unknown words per language, each with the first key it was found under. */
export function unknownWords(lng: CheckedLanguage): Array<{ word: string; key: string }> {
  const firstKey = new Map<string, string>();
  for (const [key, text] of localeStrings(lng)) for (const w of wordsOf(text)) if (!firstKey.has(w)) firstKey.set(w, key);
  const output = execFileSync('hunspell', ['-i', 'utf-8', '-d', DICTIONARIES[lng], '-p', join(here, `words-${lng}.txt`), '-l'], {
    input: [...firstKey.keys()].join('\n'),
    encoding: 'utf8',
  });
  const unknown = [...new Set(output.split('\n').filter(Boolean))];
  return unknown.map((word) => ({ word, key: firstKey.get(word) ?? '?' }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let failed = false;
  for (const lng of Object.keys(DICTIONARIES) as CheckedLanguage[]) {
    const unknown = unknownWords(lng);
    console.log(`${lng}: ${localeStrings(lng).size} strings, ${unknown.length} unknown words`);
    for (const { word, key } of unknown) console.log(`  ${word}   (${key})`);
    failed ||= unknown.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}
