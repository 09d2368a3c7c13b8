/**
 * One name per source, used the same way everywhere (issue 7): every text that mentions a source names it by its
 * `sources:name.<KEY>` in that language, never as "the adviser", "a Swedish consultant" or a variant of its name;
 * and every question's "why" names at least one of the sources the question cites.
 */
import { describe, expect, test } from 'vitest';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { SOURCE_KEYS } from '../../renderer/src/domain/model/types';
import { flatten, loadNamespace, lookup, namespaces } from './localeFiles';

const LANGS = ['nb', 'sv'] as const;

/**
 * Words that show a source is being talked about. Once the canonical names (and the one person named, Astrid
 * Valen-Utvik) are taken out of a text, none of these may be left: what is left is a second name for a source.
 */
const MENTIONS: ReadonlyArray<RegExp> = [
  /Ipsos/,
  /Valen-Utvik/,
  /Sprout/,
  /Lithium/,
  /Millward/,
  /Kundeserviceprisen/,
  /Internetstiftelsen/,
  /Svenskarna och internet/,
  /Tre tuffa/i,
  /tre tøffe/i,
  /Få mer ut av sosiale medier/,
  /Kundservice i sociala medier/,
  /staunstrup/i,
  /rådgiver(en|ens)\b/i,
  /rådgivar(en|ens)\b/i,
  /konsulent(en|ens)\b/i,
  /\bkonsult(en|ens)\b/i,
  /kursselskap/i,
  /kursleverandør/i,
  /kursarrangör/i,
  /kursanordnare/i,
  /SoMe-rådgiver/i,
  // The foundations (plan/goals.ts).
  /hjelpetekst/i,
  /hjälptext/i,
  /dokumentasjon(en)? for (Google-)?bedriftsprofil/i,
  /dokumentation(en)? för företagsprofil/i,
  // The sector rules (model/sectors.ts).
  /helsepersonelloven/i,
  /patientsäkerhetslag/i,
  /advokatskikk/i,
  /Advokatsamfund/i,
  /revisorloven/i,
  /regnskapsførerloven/i,
  /finansieringsrörelse/i,
  /offentleglov/i,
  /arkivlova/i,
  /\bSKR/,
  /Uutilsyn/i,
  /\bDIGG/,
  /Forbrukertilsyn/i,
  /Konsumentverk/i,
  /digitale tjenester|digitala tjänster|\bDSA\b/,
  /Metas regler/i,
  /Metas fjerning/i,
  /Metas borttagning/i,
  // The official figures of the comparison (domain/comparison/official.ts).
  /\bSSB/,
  /Eurostat/,
];

/** Texts that name sources in running prose: everything but the source lines themselves. */
function prose(lng: string): Array<[string, string]> {
  return namespaces(lng)
    .filter((ns) => ns !== 'sources')
    .flatMap((ns) =>
      [...flatten(loadNamespace(lng, ns))]
        .filter((e): e is [string, string] => typeof e[1] === 'string')
        .map(([k, v]): [string, string] => [`${ns}:${k}`, v]),
    );
}

describe.each(LANGS)('source names in %s', (lng) => {
  const sources = loadNamespace(lng, 'sources');
  const names = SOURCE_KEYS.map((key) => lookup(sources, `name.${key}`) as string);

  test('every source has exactly one running name, and no two sources share one', () => {
    for (const [i, name] of names.entries()) expect(name, SOURCE_KEYS[i]).toMatch(/\S/);
    expect(new Set(names).size).toBe(names.length);
  });

  test('a text that mentions a source uses its name, word for word', () => {
    // Longest first, so a name that contains another is taken out whole.
    const byLength = [...names].sort((a, b) => b.length - a.length);
    const offenders: string[] = [];
    for (const [key, text] of prose(lng)) {
      let rest = text;
      for (const name of byLength) rest = rest.split(name).join(' ');
      rest = rest.split('Astrid Valen-Utvik').join(' ');
      // Socialbakers collected the figures the blog reports: it may be named beside the blog's name.
      if (text.includes(lookup(sources, 'name.SB1317') as string)) rest = rest.split('Socialbakers').join(' ');
      for (const mention of MENTIONS) if (mention.test(rest)) offenders.push(`${key}: ${mention.source} in «${text.slice(0, 120)}…»`);
      if (/Socialbakers/.test(rest)) offenders.push(`${key}: Socialbakers without the blog that reports the figures`);
    }
    expect(offenders).toEqual([]);
  });

  test('every question\'s "why" names at least one of the sources it cites', () => {
    const missing = QUESTIONS.filter((q) => {
      const why = lookup(loadNamespace(lng, q.module), `q.${q.id}.why`) as string;
      return !q.sources.some(
        (s) => why.includes(lookup(sources, `name.${s}`) as string) || (s === 'IPSOS21' && why.includes('Astrid Valen-Utvik')),
      );
    }).map((q) => q.id);
    expect(missing).toEqual([]);
  });
});
