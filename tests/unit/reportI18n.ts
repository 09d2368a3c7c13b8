import i18next, { type i18n as I18n } from 'i18next';
import { loadNamespace, namespaces } from './localeFiles';
import type { Language } from '../../renderer/src/domain/model/types';
import type { Translate } from '../../renderer/src/domain/plan/explain';

export interface TestI18n {
  i18n: I18n;
  /** Fixed to one language; typed as the domain's `Translate`, which also checks that i18next's `TFunction` fits it. */
  t: (lng: Language) => Translate;
  /** Every key that was asked for and not found, as `lng/ns:key`. */
  missing: string[];
}

/**
 * A real i18next instance with every namespace of `locales/nb` and `locales/sv` loaded from the JSON files.
 * `escapeValue` is left at i18next's default (true) unless told otherwise: the report must give plain text
 * whatever the caller's setting is.
 */
export async function createTestI18n(options: { escapeValue?: boolean } = {}): Promise<TestI18n> {
  const missing: string[] = [];
  const resources = Object.fromEntries(
    (['nb', 'sv'] as const).map((lng) => [lng, Object.fromEntries(namespaces(lng).map((ns) => [ns, loadNamespace(lng, ns)]))]),
  );
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'nb',
    fallbackLng: false,
    ns: namespaces('nb'),
    defaultNS: 'common',
    resources,
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => missing.push(`${lngs.join(',')}/${ns}:${key}`),
    ...(options.escapeValue === undefined ? {} : { interpolation: { escapeValue: options.escapeValue } }),
  });
  return { i18n, t: (lng) => i18n.getFixedT(lng), missing };
}
