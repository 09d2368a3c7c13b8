/**
 * Sector rules: what the profile's industry rules out of the plan or adds to it (docs/scoring-and-plan.md).
 *
 * - Health, legal, and accounting and finance keep their clients' secrets (group `confidential`): never confirm in
 *   public that someone is a patient or client, no case details in direct messages, move to the sector's secure
 *   channel, no thanking clients by name, no advice in groups.
 * - Public bodies and publicly owned companies (group `publicSector`) keep records: published comment rules,
 *   archiving, accessible posts, no stance on political issues.
 *
 * As data: an action says which groups it does not fit (`fits.notForSectors`, dropped by the plan) and which get
 * their own steps (`sectorVariants`, texts under `a.<id>.sector.<group>`); the sectors' own actions are triggered by
 * profile rules (`profileRules.ts`) and lead the first 30 days (`guardrail`). An audience of 13-17-year-olds is an
 * audience rule, not a sector: `childrenInAudience`.
 */
import {
  OWNED_CHANNELS,
  type ActionDef,
  type Channel,
  type Industry,
  type Market,
  type Profile,
  type SectorGroup,
  type SourceKey,
} from './types';

/** The industries with sector rules. */
export type SectorIndustry = 'health' | 'legal' | 'finance' | 'publicSector';

const GROUP_OF: Readonly<Record<SectorIndustry, SectorGroup>> = {
  health: 'confidential',
  legal: 'confidential',
  finance: 'confidential',
  publicSector: 'publicSector',
};

/**
 * The rules behind a sector's own steps, the Norwegian one and the Swedish one: cited beside an action's own
 * sources whenever the action is shown with the sector's steps.
 */
export const SECTOR_SOURCES: Readonly<Record<SectorIndustry, ReadonlyArray<SourceKey>>> = {
  health: ['HPL21', 'PSL'],
  legal: ['RGA', 'ADVSED'],
  finance: ['REVL', 'REGNFL', 'LBF'],
  publicSector: ['OFFARK', 'SKRSOME'],
};

/**
 * Sources that speak for one country only: its law, its authority's guidance, its benchmark. A company that sells in
 * one of the two countries and not the other is cited its own country's (`citedFor`), and its texts their `_norway` or
 * `_sweden` variant (plan/companyText.ts); a company in both, or in neither, is cited both.
 */
export const SOURCE_COUNTRY: Readonly<Partial<Record<SourceKey, 'no' | 'se'>>> = {
  HPL21: 'no',
  PSL: 'se',
  RGA: 'no',
  ADVSED: 'se',
  REVL: 'no',
  REGNFL: 'no',
  LBF: 'se',
  OFFARK: 'no',
  SKRSOME: 'se',
  UUTIL: 'no',
  DIGGDOS: 'se',
  FTBARN: 'no',
  KOVBARN: 'se',
  KSP: 'no',
};

/** The one country whose rules a company's texts cite: the market it sells in of the two, or null for both. */
export function lawMarketOf(markets: ReadonlyArray<Market>): 'no' | 'se' | null {
  const norway = markets.includes('no');
  const sweden = markets.includes('se');
  if (norway === sweden) return null;
  return norway ? 'no' : 'se';
}

/**
 * Whether the company is on social channels, but on neither Facebook nor Instagram: Meta's help pages and tools are
 * not its own. A company that has named no social channel yet is not ruled out of anything.
 */
export function offMeta(channels: ReadonlyArray<Channel>): boolean {
  const social = channels.filter((c) => !OWNED_CHANNELS.includes(c));
  return social.length > 0 && !social.some((c) => c === 'facebook' || c === 'instagram');
}

/** What `citedFor` reads of the profile: its markets, and its channels and industry where the caller has them. */
type CitedProfile = Pick<Profile, 'markets'> & Partial<Pick<Profile, 'channels' | 'industry'>>;

/**
 * Sources that speak to some companies only, left out for the others; the texts citing them have a variant for the
 * others that does not (plan/companyText.ts, `_noMeta`, `_publicSector`): Meta's help pages to a company on Facebook
 * or Instagram, and Kundeserviceprisen (companies tested as a private customer would) not to a public body.
 */
const SOURCE_FITS: Readonly<Partial<Record<SourceKey, (p: CitedProfile) => boolean>>> = {
  META25: (p) => !offMeta(p.channels ?? []),
  KSP: (p) => sectorGroupOfIndustry(p.industry ?? null) !== 'publicSector',
};

/**
 * The sources the company is cited: the other country's rules and benchmarks left out (`SOURCE_COUNTRY`), and the
 * sources that speak to other kinds of company (`SOURCE_FITS`).
 */
export function citedFor(sources: ReadonlyArray<SourceKey>, p: CitedProfile): SourceKey[] {
  const market = lawMarketOf(p.markets);
  return sources.filter((s) => (market === null || (SOURCE_COUNTRY[s] ?? market) === market) && (SOURCE_FITS[s]?.(p) ?? true));
}

const isSectorIndustry = (industry: Industry | null): industry is SectorIndustry => industry !== null && industry in GROUP_OF;

/** The profile's industry when it has sector rules, else null (an empty industry never has rules). */
export function sectorOf(p: Profile): SectorIndustry | null {
  return isSectorIndustry(p.industry) ? p.industry : null;
}

/** The sector group of an industry with sector rules. */
export const groupOfSector = (sector: SectorIndustry): SectorGroup => GROUP_OF[sector];

/** An industry's sector group, or null (an industry without sector rules, or none chosen yet). */
export function sectorGroupOfIndustry(industry: Industry | null): SectorGroup | null {
  return isSectorIndustry(industry) ? GROUP_OF[industry] : null;
}

/** The profile's sector group, or null. */
export const sectorGroupOf = (p: Profile): SectorGroup | null => sectorGroupOfIndustry(p.industry);

/** Whether the action breaks the rules of the profile's sector (`fits.notForSectors`). */
export function breaksSectorRules(action: ActionDef, p: Profile): boolean {
  const group = sectorGroupOf(p);
  return group !== null && (action.fits?.notForSectors ?? []).includes(group);
}

/**
 * The action as this profile's sector and market get it: with the sector's own steps (`sector`) and the rules behind
 * them among its sources, and only its own country's rules when it sells in one of the two (`citedFor`). Nothing
 * when neither changes the action.
 */
export function withSectorSteps(
  action: ActionDef,
  p: Profile,
): { sector: SectorIndustry; action: ActionDef } | { action: ActionDef } | Record<string, never> {
  const sector = sectorOf(p);
  if (sector && (action.sectorVariants ?? []).includes(GROUP_OF[sector]))
    return { sector, action: { ...action, sources: citedFor([...new Set([...action.sources, ...SECTOR_SOURCES[sector]])], p) } };
  const sources = citedFor(action.sources, p);
  return sources.length === action.sources.length ? {} : { action: { ...action, sources } };
}
