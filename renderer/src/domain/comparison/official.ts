/**
 * The first layer of the comparison: official shares of enterprises that use social media, by country. Only figures
 * read on the publisher's own page are here (docs/sources.md, "The comparison's official figures"). Every one of
 * them counts enterprises of 10 persons employed or more, so a company below 10 is never compared with them, and no
 * verified figure exists for one size class alone (10-49, 50+), so none is shown as if it were one.
 */
import type { CompanySize, Language, Market, SourceKey } from '../model/types';
import { countryOf } from '../model/summary';

export type OfficialCountry = 'no' | 'se';

export interface OfficialFigure {
  country: OfficialCountry;
  /** Percent of enterprises with 10 or more employed that used social media. */
  share: number;
  year: number;
  source: SourceKey;
  /** The same survey's figure for an earlier year, or for the EU, where the source gives it. */
  earlier?: { share: number; year: number };
  eu?: number;
}

export const OFFICIAL_FIGURES: Readonly<Record<OfficialCountry, OfficialFigure>> = {
  // SSB, "Bruk av IKT i næringslivet" 2019: 76 % (72 % in 2017), enterprises with 10+ employed.
  no: { country: 'no', share: 76, year: 2019, source: 'SSBIKT19', earlier: { share: 72, year: 2017 } },
  // Eurostat news release of 2022-06-29 (isoc_cismt), 2021: Sweden 80 %, the EU 59 %, enterprises with 10+ employed.
  se: { country: 'se', share: 80, year: 2021, source: 'ESTAT21', eu: 59 },
};

/** The size classes the official surveys leave out: fewer than 10 employees. */
const BELOW_TEN: ReadonlyArray<CompanySize> = ['solo', 'small'];

export type OfficialComparison =
  /** The company has fewer than 10 employees: no official figure covers it, and it is not compared. */
  | { kind: 'belowTen'; countries: OfficialCountry[] }
  /** The figures for the company's countries; `sizeKnown` is false when the profile gives no size yet. */
  | { kind: 'figures'; figures: OfficialFigure[]; sizeKnown: boolean };

/**
 * The countries whose figures a company is shown: both when it sells in both, else its country as the portfolio
 * has it (`countryOf`: its one Nordic market, or the country of its plan's language when it names neither).
 */
export function officialCountries(markets: ReadonlyArray<Market>, language: Language): OfficialCountry[] {
  return markets.includes('no') && markets.includes('se') ? ['no', 'se'] : [countryOf(markets, language)];
}

export function officialComparison(
  profile: { size: CompanySize | null; markets: ReadonlyArray<Market> },
  language: Language,
): OfficialComparison {
  const countries = officialCountries(profile.markets, language);
  if (profile.size !== null && BELOW_TEN.includes(profile.size)) return { kind: 'belowTen', countries };
  return { kind: 'figures', figures: countries.map((c) => OFFICIAL_FIGURES[c]), sizeKnown: profile.size !== null };
}
