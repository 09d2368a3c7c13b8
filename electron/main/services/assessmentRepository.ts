/**
 * Where assessments are kept, as the rest of main sees it. `FileAssessmentRepository` keeps one file per assessment
 * in the user's data folder; another storage (a database, a folder on a server) would implement the same seven methods
 * and keep the same promises, and everything above it (IPC, import, export) would work unchanged.
 */
import type { Assessment } from '../../../renderer/src/domain/model/types';
import type { AssessmentSummary, PlanProgress } from '../../../renderer/src/domain/model/summary';
import { LIMITS } from '../../../renderer/src/domain/model/limits';

export interface AssessmentRepository {
  /** The home list: one small summary per assessment, newest change first. */
  listSummaries(): AssessmentSummary[];
  /** The plan progress of these assessments, counted now where a summary says uncounted (the portfolio asks). */
  countPlanProgress(ids: ReadonlyArray<string>): Record<string, PlanProgress | null>;
  /** One assessment in full, a copy the caller may change; null when there is none with that id. */
  get(id: string): Assessment | null;
  /**
   * Inserts or replaces by id. Throws `StoreFull` for a new assessment beyond `LIMITS.assessments`,
   * `AssessmentTooLarge` when it would not load again, and the storage's own error when it cannot write. When it
   * throws, nothing has changed; when it returns, the assessment is stored and survives a crash.
   */
  save(assessment: Assessment): void;
  /** False when there was none with that id. A copy of what was deleted stays among the earlier versions. */
  delete(id: string): boolean;
  /** The days (YYYY-MM-DD) an earlier version of the assessment was kept that can be read, newest first. */
  listBackupDays(id: string): string[];
  /** The earlier version of that day, checked like an imported file; null when there is none that reads. */
  readBackup(id: string, day: string): Assessment | null;
}

export class StoreFull extends Error {
  constructor() {
    super(`The store holds the most assessments it may (${LIMITS.assessments})`);
    this.name = 'StoreFull';
  }
}

/** Every round of the series `id` belongs to, first round first. */
export function roundsOf(repository: AssessmentRepository, id: string): Assessment[] {
  const summaries = repository.listSummaries();
  const series = summaries.find((s) => s.id === id)?.series;
  if (series === undefined) return [];
  return summaries
    .filter((s) => s.series === series)
    .sort((a, b) => a.round - b.round || a.createdAt.localeCompare(b.createdAt))
    .flatMap((s) => repository.get(s.id) ?? []);
}

/**
 * A stored assessment with the same content as `candidate`, its id and dates aside: the same file imported before
 * (and not changed since). Only assessments of the same company are compared, so this costs a handful of reads.
 */
export function sameContentIn(repository: AssessmentRepository, candidate: Assessment): AssessmentSummary | null {
  const key = contentKey(candidate);
  const name = candidate.profile.companyName;
  for (const summary of repository.listSummaries()) {
    if (summary.companyName !== name) continue;
    const stored = repository.get(summary.id);
    if (stored && contentKey(stored) === key) return summary;
  }
  return null;
}

/** The assessment as canonical JSON (keys sorted), without what an import sets anew: the id and both dates. */
function contentKey(assessment: Assessment): string {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...content } = assessment;
  return JSON.stringify(content, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
