/**
 * Each stored assessment's plan progress (done of active, for the portfolio), kept between starts in
 * `plan-progress.json` in the data folder: counting it needs the whole plan (about a millisecond an assessment), so a
 * start never counts (with 5,000 assessments that was seconds); it takes what is kept here, and the rest is counted
 * when the portfolio asks (FileAssessmentRepository.countPlanProgress), then written here. An entry counts only for
 * the same assessment version (`updatedAt`) and the same app version (a new version may plan differently); anything
 * else, a missing file or one that does not read, is uncounted again. It is only a cache: no assessment depends on
 * it, none is ever hidden by it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PlanProgress } from '../../../renderer/src/domain/model/summary';
import { writeFileDurably, type WriterFs } from './atomicWrite';

export const PLAN_PROGRESS_FILE = 'plan-progress.json';

const entrySchema = z.strictObject({
  updatedAt: z.string().max(40),
  done: z.number().int().min(0).max(10_000),
  active: z.number().int().min(0).max(10_000),
});
const cacheSchema = z.strictObject({
  appVersion: z.string().max(100),
  entries: z.record(z.string().max(200), entrySchema),
});
type Entry = z.infer<typeof entrySchema>;

export class PlanProgressCache {
  private entries = new Map<string, Entry>();
  private changed = false;

  constructor(
    private readonly dir: string,
    private readonly appVersion: string,
    private readonly io: WriterFs,
  ) {}

  /** What was kept before this start; nothing when the file is missing, unreadable or from another app version. */
  read(): void {
    try {
      const parsed = cacheSchema.safeParse(JSON.parse(readFileSync(join(this.dir, PLAN_PROGRESS_FILE), 'utf8')));
      if (parsed.success && parsed.data.appVersion === this.appVersion) this.entries = new Map(Object.entries(parsed.data.entries));
    } catch {
      // No cache: every progress is counted.
    }
  }

  /** The kept progress of this version of the assessment, or undefined when it has to be counted. */
  get(id: string, updatedAt: string): PlanProgress | undefined {
    const entry = this.entries.get(id);
    return entry && entry.updatedAt === updatedAt ? { done: entry.done, active: entry.active } : undefined;
  }

  set(id: string, updatedAt: string, progress: PlanProgress): void {
    this.entries.set(id, { updatedAt, ...progress });
    this.changed = true;
  }

  /**
   * Writes what changed, for the ids still stored (deleted ones drop out). Best effort: what cannot be written is
   * counted again when next asked for, and nothing else changes.
   */
  writeIfChanged(storedIds: ReadonlySet<string>): void {
    const stale = [...this.entries.keys()].filter((id) => !storedIds.has(id));
    if (!this.changed && stale.length === 0) return;
    for (const id of stale) this.entries.delete(id);
    try {
      const content = JSON.stringify({ appVersion: this.appVersion, entries: Object.fromEntries(this.entries) });
      writeFileDurably(join(this.dir, PLAN_PROGRESS_FILE), content, this.io);
      this.changed = false;
    } catch {
      // Counted again next time.
    }
  }
}
