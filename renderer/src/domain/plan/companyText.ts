/**
 * Who a plan's texts speak to, so that every text is true to the company's profile (bank/CONTENT_GUIDE.md, "Texts
 * true to the profile"):
 * - "du" to a one-person business, "dere" / "ni" to the rest: for one person every key is asked for with i18next's
 *   context `solo`, so `why_solo` is used where it is written and `why` where the text addresses no one.
 * - its own channels: `{{channels}}`, `{{onChannels}}`, `{{inProfiles}}`, `{{onMainChannel}}`, `{{onOtherChannel}}`
 *   and `{{goalExample}}` can be used in any text, composed from the profile's social channels and first goal.
 * - its own country's rules: a text with a `_norway` or `_sweden` variant gives that one to a company that sells in
 *   that country and not the other (`lawMarketOf`, model/sectors.ts).
 */
import type { PlanCompany } from './plan';
import { joinList, type Translate } from './translate';
import { isSocial } from '../model/profileRules';
import { SOURCE_COUNTRY, lawMarketOf } from '../model/sectors';
import type { SourceKey } from '../model/types';

/** The i18next context of the texts written for one person ("du"). */
export const SOLO_CONTEXT = 'solo';

const MARKET_VARIANT = { no: 'norway', se: 'sweden' } as const;

export const isOnePerson = (company: PlanCompany | undefined): boolean => company?.size === 'solo';

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
function channelParams(company: PlanCompany, t: Translate): Record<string, string> {
  const names = company.channels.filter(isSocial).map((c) => t(`profile:options.channels.${c}`));
  const phrase = (key: string, options: Record<string, unknown> = {}): string => t(`common:plan.company.${key}`, options);
  const on = (channels: string | undefined, none: string): string => (channels ? phrase('onChannels', { channels }) : phrase(none));
  const list = names.length > 0 ? joinList(names, t) : undefined;
  const onMainChannel = on(names[0], 'onMainChannelNone');
  return {
    channels: list ?? phrase('noChannels'),
    onChannels: on(list, 'onChannelsNone'),
    inProfiles: list ? phrase('inProfiles', { channels: list, count: names.length }) : phrase('inProfilesNone'),
    onMainChannel,
    onOtherChannel: on(names[1], 'onOtherChannelNone'),
    // A measurable goal as the company would write it: for its first goal, on its main channel.
    goalExample: phrase(`goalExample.${company.goals[0] ?? 'none'}`, { onChannel: onMainChannel }),
  };
}

/** The phrases per company and language: every card of a plan shares its company, so they are made once per plan. */
const phrasesMade = new WeakMap<PlanCompany, WeakMap<Translate, Record<string, string>>>();

/**
 * The `t` for one company's plan: one-person texts first for a one-person business, and the company's channel phrases
 * in every text. Without a company (a plan made before it carried one), `t` as it is.
 */
export function companyTranslate(t: Translate, company: PlanCompany | undefined): Translate {
  if (!company) return t;
  const addressed: Translate = isOnePerson(company)
    ? (key: string | string[], options?: Record<string, unknown>) => t(key, { context: SOLO_CONTEXT, ...options })
    : t;
  const perLanguage = phrasesMade.get(company) ?? new WeakMap<Translate, Record<string, string>>();
  phrasesMade.set(company, perLanguage);
  const params = perLanguage.get(t) ?? channelParams(company, addressed);
  perLanguage.set(t, params);
  return (key: string | string[], options?: Record<string, unknown>) => addressed(key, options ? { ...params, ...options } : params);
}
