/**
 * The second layer of the comparison: "companies like yours", from the consultant's own stored assessments only.
 * Each other company counts once, with its latest finished round; the company itself and its rounds never count,
 * nor homework or an assessment whose overall score is still preliminary (or blank). Nothing is shown below
 * `MIN_PEERS` companies, and what is shown is a median and the middle half per area, never one company's row.
 */
import { MODULE_IDS, type CompanySize, type CustomerType, type Industry, type ModuleId } from '../model/types';
import type { AssessmentSummary } from '../model/summary';

/** Below this many comparable companies nothing is shown: fewer would say too much about each of them. */
export const MIN_PEERS = 5;

/**
 * What the comparison reads of each stored assessment: the home list's summary has it all (`band` is null while the
 * overall score is preliminary or blank; an area's score is null while that area is preliminary).
 */
export type ComparableSummary = Pick<
  AssessmentSummary,
  'id' | 'companyName' | 'createdAt' | 'series' | 'round' | 'size' | 'customerType' | 'industry' | 'band' | 'homework' | 'areas'
>;

/** The company being compared: its series (so its own rounds are left out), name and profile. */
export interface ComparedCompany {
  series: string;
  companyName: string;
  size: CompanySize | null;
  customerType: CustomerType | null;
  industry: Industry | null;
}

/** One area's figures among the comparable companies; quartiles as spreadsheets compute them (QUARTILE.INC). */
export interface AreaSpread {
  count: number;
  median: number;
  lowerQuartile: number;
  upperQuartile: number;
}

export type PeerComparison =
  /** The company's size or customer type is not given yet: there is nothing to match on. */
  | { kind: 'profileMissing' }
  | { kind: 'tooFew' }
  | {
      kind: 'shown';
      count: number;
      /** Matched on size and customer type, and on industry too when that still leaves `MIN_PEERS`. */
      matchedOnIndustry: boolean;
      areas: Readonly<Record<ModuleId, AreaSpread | null>>;
    };

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Each other company once: its latest finished round (the highest round number, then the newest), one per series
 * and one per company name, so a copy of a company is not counted twice.
 */
export function latestOtherCompanies(own: ComparedCompany, summaries: ReadonlyArray<ComparableSummary>): ComparableSummary[] {
  const latest = new Map<string, ComparableSummary>();
  for (const s of summaries) {
    if (s.series === own.series || (own.companyName.trim() !== '' && sameName(s.companyName, own.companyName))) continue;
    if (s.homework !== null || s.band === null) continue;
    const key = s.companyName.trim() === '' ? `series:${s.series}` : `name:${s.companyName.trim().toLocaleLowerCase()}`;
    const kept = latest.get(key);
    if (!kept || s.round > kept.round || (s.round === kept.round && s.createdAt > kept.createdAt)) latest.set(key, s);
  }
  return [...latest.values()];
}

/** The value at a fraction of the sorted list, interpolated between neighbours (R's type 7, Excel's QUARTILE.INC). */
function quantile(sorted: ReadonlyArray<number>, fraction: number): number {
  const at = (sorted.length - 1) * fraction;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function spreadOf(values: ReadonlyArray<number>): AreaSpread | null {
  if (values.length < MIN_PEERS) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    lowerQuartile: quantile(sorted, 0.25),
    upperQuartile: quantile(sorted, 0.75),
  };
}

export function peerComparison(own: ComparedCompany, summaries: ReadonlyArray<ComparableSummary>): PeerComparison {
  if (own.size === null || own.customerType === null) return { kind: 'profileMissing' };
  const alike = latestOtherCompanies(own, summaries).filter((s) => s.size === own.size && s.customerType === own.customerType);
  const sameIndustry = own.industry === null ? [] : alike.filter((s) => s.industry === own.industry);
  const matchedOnIndustry = sameIndustry.length >= MIN_PEERS;
  const peers = matchedOnIndustry ? sameIndustry : alike;
  if (peers.length < MIN_PEERS) return { kind: 'tooFew' };
  const areas = Object.fromEntries(
    MODULE_IDS.map((m) => [m, spreadOf(peers.flatMap((p) => (p.areas[m] === null ? [] : [p.areas[m]])))]),
  ) as Record<ModuleId, AreaSpread | null>;
  return { kind: 'shown', count: peers.length, matchedOnIndustry, areas };
}
