/**
 * Who a plan's texts speak to, so that every text is true to the company's profile (bank/CONTENT_GUIDE.md, "Texts
 * true to the profile"):
 * - "du" to a one-person business, "dere" / "ni" to the rest: for one person every key is asked for with i18next's
 *   context `solo`, so `why_solo` is used where it is written and `why` where the text addresses no one.
 * - its own channels: `{{channels}}`, `{{onChannels}}`, `{{inProfiles}}`, `{{onMainChannel}}`, `{{onOtherChannel}}`
 *   and `{{goalExample}}` can be used in any text, composed from the profile's social channels and first goal.
 * - its own country's rules: a text with a `_norway` or `_sweden` variant gives that one to a company that sells in
 *   that country and not the other (`lawMarketOf`, model/sectors.ts).
 * - what it has and what it is (`companyVariants`): a text with a `_noWebsite` variant gives that one to a company
 *   without a website, `_noMeta` to one on neither Facebook nor Instagram, and `_publicSector` or `_confidential` to a
 *   company in that sector group, for one text of a card; a card whose steps all change for a sector has its sector
 *   steps instead (`sectorVariants`, model/sectors.ts). Every text of the plan is looked up this way, a variant's own
 *   variants too (`why_sweden_publicSector` before `why_sweden`).
 * - a goal example that fits whom it sells to: `goalExample.<goal>_b2b` for a company selling to businesses only
 *   (meetings and requests for quotes, not followers), `_noWebsite` for one without a website.
 */
import type { PlanCompany } from './plan';
import { joinList, type Translate } from './translate';
import { isSocial } from '../model/profileRules';
import { SOURCE_COUNTRY, lawMarketOf, offMeta, sectorGroupOfIndustry } from '../model/sectors';
import type { SourceKey } from '../model/types';

/** The i18next context of the texts written for one person ("du"). */
export const SOLO_CONTEXT = 'solo';

const MARKET_VARIANT = { no: 'norway', se: 'sweden' } as const;

/** What the texts read of the company: the plan's company (plan.ts), its customer type and industry included. */
export type TextCompany = PlanCompany;

export const isOnePerson = (company: PlanCompany | undefined): boolean => company?.size === 'solo';

/** A company that has named its channels, and no website among them (none named: nothing is ruled out). */
const withoutWebsite = (company: TextCompany): boolean => company.channels.length > 0 && !company.channels.includes('website');

/**
 * The variants of every text that fit the company, most specific first: its sector group, no website, not on Meta's
 * platforms. A text without such a variant is the same for every company.
 */
export function companyVariants(company: TextCompany | undefined): string[] {
  if (!company) return [];
  return [
    sectorGroupOfIndustry(company.industry ?? null) ?? undefined,
    withoutWebsite(company) ? 'noWebsite' : undefined,
    offMeta(company.channels) ? 'noMeta' : undefined,
  ].filter((v): v is string => v !== undefined);
}

/**
 * The variant of a text for the company's own country (`why_norway`), when it sells in one of the two only and the
 * text cites a source that speaks for one country (`SOURCE_COUNTRY`; the others have no such variant to look for).
 */
export function marketVariant(company: PlanCompany | undefined, cites: ReadonlyArray<SourceKey>): string | undefined {
  const market = company ? lawMarketOf(company.markets) : null;
  return market && cites.some((s) => SOURCE_COUNTRY[s] !== undefined) ? MARKET_VARIANT[market] : undefined;
}

/** The keys to try for a text, most specific first: `key_<variant>` for each variant that applies, then `key`. */
export function variantKeys(key: string, variants: ReadonlyArray<string | undefined>): string[] {
  return [...variants.filter((v): v is string => v !== undefined).map((v) => `${key}_${v}`), key];
}

/**
 * The company's social channels in the phrases texts compose them in ("på Instagram og Facebook", "i profilene deres
 * på LinkedIn"); a company that has named none gets a phrase that names no channel ("i kanalene dere bruker").
 */
function channelParams(company: TextCompany, t: Translate): Record<string, string> {
  const names = company.channels.filter(isSocial).map((c) => t(`profile:options.channels.${c}`));
  const phrase = (key: string | string[], options: Record<string, unknown> = {}): string =>
    t(
      (Array.isArray(key) ? key : [key]).map((k) => `common:plan.company.${k}`),
      options,
    );
  const on = (channels: string | undefined, none: string): string => (channels ? phrase('onChannels', { channels }) : phrase(none));
  const list = names.length > 0 ? joinList(names, t) : undefined;
  const onMainChannel = on(names[0], 'onMainChannelNone');
  return {
    channels: list ?? phrase('noChannels'),
    onChannels: on(list, 'onChannelsNone'),
    inProfiles: list ? phrase('inProfiles', { channels: list, count: names.length }) : phrase('inProfilesNone'),
    onMainChannel,
    onOtherChannel: on(names[1], 'onOtherChannelNone'),
    // A measurable goal as the company would write it: for its first goal, on its main channel; to a firm selling to
    // businesses a meeting or a request for a quote, and without a website no visits to it.
    goalExample: phrase(
      variantKeys(`goalExample.${company.goals[0] ?? 'none'}`, [
        company.customerType === 'b2b' ? 'b2b' : undefined,
        withoutWebsite(company) ? 'noWebsite' : undefined,
      ]),
      { onChannel: onMainChannel },
    ),
  };
}

/** The phrases per company and language: every card of a plan shares its company, so they are made once per plan. */
const phrasesMade = new WeakMap<PlanCompany, WeakMap<Translate, Record<string, string>>>();

/**
 * The `t` for one company's plan: the company's own variant of each text first (`companyVariants`), one-person texts
 * first for a one-person business, and the company's channel phrases in every text. Without a company (a plan made
 * before it carried one), `t` as it is.
 */
export function companyTranslate(t: Translate, company: TextCompany | undefined): Translate {
  if (!company) return t;
  const variants = companyVariants(company);
  const keysFor = (key: string | string[]): string | string[] =>
    variants.length === 0 ? key : (Array.isArray(key) ? key : [key]).flatMap((k) => variantKeys(k, variants));
  const addressed: Translate = isOnePerson(company)
    ? (key: string | string[], options?: Record<string, unknown>) => t(keysFor(key), { context: SOLO_CONTEXT, ...options })
    : (key: string | string[], options?: Record<string, unknown>) => (options ? t(keysFor(key), options) : t(keysFor(key)));
  const perLanguage = phrasesMade.get(company) ?? new WeakMap<Translate, Record<string, string>>();
  phrasesMade.set(company, perLanguage);
  const params = perLanguage.get(t) ?? channelParams(company, addressed);
  perLanguage.set(t, params);
  return (key: string | string[], options?: Record<string, unknown>) => addressed(key, options ? { ...params, ...options } : params);
}
