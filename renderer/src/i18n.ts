import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './domain/model/types';
import { LANGUAGES } from './domain/model/types';

/** Each language's namespaces are separate chunks: the first screen only loads the active language. */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/*/menu.json']);

export const NAMESPACES = [
  'common',
  'files',
  'sources',
  'profile',
  'strategy',
  'channels',
  'responsiveness',
  'authenticity',
  'workshop',
  'rounds',
  'homework',
  'class',
  'portfolio',
  'comparison',
  'accessibility',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
/** What the first screen (home) needs; the question bank's texts load when an assessment opens. */
export const FIRST_SCREEN_NAMESPACES: ReadonlyArray<Namespace> = ['common', 'files'];

async function loadBundles(lng: Language, namespaces: ReadonlyArray<Namespace>): Promise<Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const load = loaders[`../../locales/${lng}/${ns}.json`];
      if (!load) throw new Error(`Missing locale file ${lng}/${ns}`);
      return [ns, (await load()).default] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Loads a language's texts (all namespaces unless told otherwise) once; later calls return at once. */
export async function ensureLanguage(i18n: I18n, lng: Language, namespaces: ReadonlyArray<Namespace> = NAMESPACES): Promise<void> {
  const missing = namespaces.filter((ns) => !i18n.hasResourceBundle(lng, ns));
  if (missing.length === 0) return;
  for (const [ns, bundle] of Object.entries(await loadBundles(lng, missing))) i18n.addResourceBundle(lng, ns, bundle, true, true);
}

export function hasLanguage(i18n: I18n, lng: Language): boolean {
  return NAMESPACES.every((ns) => i18n.hasResourceBundle(lng, ns));
}

/** `nb-NO`, `no`, `nn` -> nb; `sv-SE`, `sv-FI` -> sv; anything else -> nb (the app's home market). */
export function languageFromTag(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'sv' ? 'sv' : 'nb';
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The active language as the app uses it (never a fallback: both languages are complete). */
export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.language) ? i18n.language : 'nb';
}

/** An i18next instance with the active language's texts loaded before it starts, so it resolves to that language. */
export async function createI18n(lng: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: { [lng]: await loadBundles(lng, FIRST_SCREEN_NAMESPACES) },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return instance;
}
