/**
 * The consultant's portfolio (issue 18, "Kundeoversikt"): one row per company, that is per series of rounds, from
 * its latest round, with the change since the round before by the rounds' own rule (rounds/rounds.ts), the plan's
 * progress, and the sorting and filtering the screen offers. Made from summaries only, so 1,000 stored assessments
 * (or the files of a folder, summarized as they are read) never cross IPC in full.
 */
import { MODULE_IDS, type CompanySize, type CustomerType, type Industry, type ModuleId } from '../model/types';
import { UNCOUNTED, type AssessmentSummary, type PlanProgress } from '../model/summary';
import type { Band } from '../scoring/scoring';
import { roundChange, type Movement } from '../rounds/rounds';

export interface PortfolioRow {
  /** The latest round's id: the row opens it. */
  id: string;
  series: string;
  companyName: string;
  /** The latest round's number, and how many rounds the series has. */
  round: number;
  rounds: number;
  areas: Record<ModuleId, number | null>;
  overall: number | null;
  band: Band | null;
  /** Since the previous round, by the rounds' rule; null for a first round or when either overall score is missing. */
  change: Movement | null;
  delta: number | null;
  /** The latest round's day (YYYY-MM-DD). */
  roundDate: string;
  /** Done of active; null without a plan; uncounted until main has counted it (`withPlanCounts`). */
  plan: AssessmentSummary['plan'];
  industry: Industry | null;
  size: CompanySize | null;
  customerType: CustomerType | null;
}

/** Later round first; between two of the same number (a copy), the one changed last. */
const isLater = (a: AssessmentSummary, b: AssessmentSummary): boolean =>
  a.round !== b.round ? a.round > b.round : a.updatedAt > b.updatedAt;

/** One row per series, from its latest round, compared with the round before it (the highest number below). */
export function portfolioRows(summaries: ReadonlyArray<AssessmentSummary>): PortfolioRow[] {
  const bySeries = new Map<string, AssessmentSummary[]>();
  for (const s of summaries) {
    const list = bySeries.get(s.series);
    if (list) list.push(s);
    else bySeries.set(s.series, [s]);
  }
  const rows: PortfolioRow[] = [];
  for (const [series, list] of bySeries) {
    const latest = list.reduce((best, s) => (isLater(s, best) ? s : best));
    const earlier = list.filter((s) => s.round < latest.round);
    const previous = earlier.length > 0 ? earlier.reduce((best, s) => (isLater(s, best) ? s : best)) : null;
    const moved = previous ? roundChange(previous.overall, latest.overall, latest.unconfirmedAreas > 0) : null;
    rows.push({
      id: latest.id,
      series,
      companyName: latest.companyName,
      round: latest.round,
      rounds: new Set(list.map((s) => s.round)).size,
      areas: latest.areas,
      overall: latest.overall,
      band: latest.band,
      change: moved?.movement ?? null,
      delta: moved?.delta ?? null,
      roundDate: latest.roundDate,
      plan: latest.plan,
      industry: latest.industry,
      size: latest.size,
      customerType: latest.customerType,
    });
  }
  return rows;
}

/** The rows whose plan progress main has not counted yet: the portfolio asks for these, and only these. */
export const uncountedIds = (rows: ReadonlyArray<PortfolioRow>): string[] => rows.filter((r) => r.plan === UNCOUNTED).map((r) => r.id);

/** The rows with the progress main counted for them; a row main did not count stays uncounted, never guessed. */
export function withPlanCounts(rows: PortfolioRow[], counts: Readonly<Record<string, PlanProgress | null>>): PortfolioRow[] {
  return rows.map((r) => (r.plan === UNCOUNTED && Object.hasOwn(counts, r.id) ? { ...r, plan: counts[r.id] ?? null } : r));
}

// ---- Filters ---------------------------------------------------------------------------------------------------

/** `noBand`: an overall score still preliminary (or none yet), which claims no band. */
export type BandFilter = Band | 'noBand';
export interface PortfolioFilter {
  industry: Industry | null;
  size: CompanySize | null;
  customerType: CustomerType | null;
  band: BandFilter | null;
}
export const NO_FILTER: PortfolioFilter = { industry: null, size: null, customerType: null, band: null };

/** The rows that match every filter set (null: any). */
export function filterRows(rows: ReadonlyArray<PortfolioRow>, f: PortfolioFilter): PortfolioRow[] {
  return rows.filter(
    (r) =>
      (f.industry === null || r.industry === f.industry) &&
      (f.size === null || r.size === f.size) &&
      (f.customerType === null || r.customerType === f.customerType) &&
      (f.band === null || (f.band === 'noBand' ? r.band === null : r.band === f.band)),
  );
}

// ---- Sorting ---------------------------------------------------------------------------------------------------

export const SORT_COLUMNS = ['company', ...MODULE_IDS, 'overall', 'change', 'date', 'progress'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface PortfolioSort {
  column: SortColumn;
  descending: boolean;
}

/** What a column sorts by; null (no score, no change, no plan) always sorts last, whichever the direction. */
function sortValue(r: PortfolioRow, column: SortColumn): number | string | null {
  switch (column) {
    case 'company':
      return r.companyName;
    case 'overall':
      return r.overall;
    case 'change':
      return r.delta;
    case 'date':
      return r.roundDate;
    case 'progress':
      return r.plan && r.plan !== UNCOUNTED && r.plan.active > 0 ? r.plan.done / r.plan.active : null;
    default:
      return r.areas[column];
  }
}

/** Sorted by the column (names in the language's order), ties by company name, then id, so the order is stable. */
export function sortRows(rows: ReadonlyArray<PortfolioRow>, sort: PortfolioSort, locale: string): PortfolioRow[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: PortfolioRow, b: PortfolioRow): number => collator.compare(a.companyName, b.companyName) || a.id.localeCompare(b.id);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.column);
    const y = sortValue(b, sort.column);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const c = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
    return (sort.descending ? -c : c) || byName(a, b);
  });
}
