import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './domain/types';
import { LANGUAGES } from './domain/types';

/** Each language's namespaces are separate chunks: the first screen only loads the active language. */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/*/menu.json']);

export const NAMESPACES = ['common', 'profile', 'strategy', 'channels', 'responsiveness', 'authenticity'] as const;

/** Loads a language's texts once; later calls return at once. */
export async function ensureLanguage(i18n: I18n, lng: Language): Promise<void> {
  if (i18n.hasResourceBundle(lng, 'common')) return;
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      const load = loaders[`../../locales/${lng}/${ns}.json`];
      if (!load) throw new Error(`Missing locale file ${lng}/${ns}`);
      const mod = await load();
      i18n.addResourceBundle(lng, ns, mod.default, true, true);
    }),
  );
}

/** `nb-NO`, `no`, `nn` -> nb; `sv-SE`, `sv-FI` -> sv; anything else -> nb (the app's home market). */
export function languageFromTag(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'sv' ? 'sv' : 'nb';
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export async function createI18n(lng: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'nb',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  await ensureLanguage(instance, lng);
  return instance;
}
