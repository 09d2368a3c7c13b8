/**
 * The assessments in the user's data folder, one file each:
 * - `assessments/<id>.json`: in the `.somekompass` format (docs/file-format.md), written by our own durable writer
 *   (every byte, fsync, rename, fsync of the folder). A save costs the same with 5 or 5,000 assessments.
 * - `backups/<day>/<id>.json`: the last copy of each assessment changed that day, for a week; written the same way,
 *   and only a copy that reads back is ever offered as an earlier version.
 * - `damaged/`: files that could not be read, moved aside with a dated name; every other assessment loads.
 * - `plan-progress.json`: each assessment's plan progress as last counted (planProgressCache.ts). A start never plans
 *   an assessment: a summary carries the kept progress, or says it is uncounted, and the portfolio asks for the
 *   count of those it shows (`countPlanProgress`). Only a cache, counted anew when it does not fit.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Assessment } from '../../../renderer/src/domain/model/types';
import { MAX_FILE_BYTES, parseAssessmentFile } from '../../../renderer/src/domain/files/fileFormat';
import { LIMITS } from '../../../renderer/src/domain/model/limits';
import {
  byUpdatedDesc,
  planProgressOf,
  summarize,
  UNCOUNTED,
  type AssessmentSummary,
  type PlanProgress,
} from '../../../renderer/src/domain/model/summary';
import { generatePlan } from '../../../renderer/src/domain/plan/plan';
import { scoreAssessment } from '../../../renderer/src/domain/scoring/scoring';
import { PlanProgressCache } from './planProgressCache';
import { StoreFull, type AssessmentRepository } from './assessmentRepository';
import { serializeWithinLimit } from './assessmentSize';
import { isTemporaryFile, writeFileDurably, type WriterFs } from './atomicWrite';

/** Daily copies of changed assessments are kept this many days: a week of earlier versions to go back to. */
export const BACKUP_DAYS = 7;

/** The folders inside the data folder. */
export const ASSESSMENTS_DIR = 'assessments';
export const BACKUPS_DIR = 'backups';
export const DAMAGED_DIR = 'damaged';

/** `2026-11-23T12-30-05` (file-name safe, sorts by time). */
export const stamp = (d: Date): string => d.toISOString().slice(0, 19).replace(/:/g, '-');
export const day = (d: Date): string => d.toISOString().slice(0, 10);
export const fileOf = (id: string): string => `${id}.json`;
const isDay = (name: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(name);

/** What loading the folder found besides the assessments that loaded. */
export interface LoadReport {
  /** Moved to `damaged/` (or left in place when even that failed), with the company's name when it was readable. */
  damaged: Array<{ company: string | null; path: string }>;
  /** From a newer version of the app: left where they are, not loaded. */
  newer: Array<{ path: string }>;
  /** Loaded, with values this version cannot use set aside inside the assessment (how many, per company). */
  setAside: Array<{ company: string | null; count: number }>;
}

export interface FileRepositoryOptions {
  now: () => Date;
  /** The writer's file-system calls; tests inject faults here. */
  io: WriterFs;
  /** Written into each assessment file, as in an exported one. */
  appVersion: string;
}

export class FileAssessmentRepository implements AssessmentRepository {
  private readonly assessments = new Map<string, Assessment>();
  /** The home list's view of each assessment, kept in step with every save and delete. */
  private readonly summaries = new Map<string, AssessmentSummary>();
  /** The plan progress counted at earlier starts, so a start does not plan every assessment again. */
  private readonly progress: PlanProgressCache;

  constructor(
    private readonly dir: string,
    private readonly options: FileRepositoryOptions,
  ) {
    mkdirSync(join(dir, ASSESSMENTS_DIR), { recursive: true });
    this.progress = new PlanProgressCache(dir, options.appVersion, options.io);
  }

  /**
   * Reads every assessment file. Temporary files from an interrupted write are removed; a file that cannot be read,
   * for whatever reason, is moved to `damaged/` alone; a file from a newer version of the app is left where it is.
   * Everything else loads. Old daily backups are pruned.
   */
  load(): LoadReport {
    const folder = join(this.dir, ASSESSMENTS_DIR);
    const report: LoadReport = { damaged: [], newer: [], setAside: [] };
    this.progress.read();
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (isTemporaryFile(name)) rmSync(path, { force: true });
      else if (name.endsWith('.json')) this.loadOne(path, name, report);
    }
    this.progress.writeIfChanged(new Set(this.assessments.keys()));
    this.pruneBackups();
    return report;
  }

  private loadOne(path: string, name: string, report: LoadReport): void {
    let bytes: Uint8Array | null = null;
    try {
      bytes = readStoredFile(path);
    } catch (error) {
      // Gone since the folder was listed: nothing to load and nothing to tell. Unreadable: damaged, below.
      if ((error as { code?: unknown }).code === 'ENOENT') return;
    }
    try {
      const parsed = bytes ? parseAssessmentFile(bytes, { setAside: true }) : null;
      if (parsed?.ok && fileOf(parsed.assessment.id) === name) {
        const summary = this.summarizeLoaded(parsed.assessment);
        this.assessments.set(parsed.assessment.id, parsed.assessment);
        this.summaries.set(parsed.assessment.id, summary);
        // Kept in the assessment in memory; the file on disk stays as it was until the next save writes both.
        if (parsed.setAside)
          report.setAside.push({ company: parsed.assessment.profile.companyName.trim() || null, count: parsed.setAside.length });
        return;
      }
      if (parsed && !parsed.ok && parsed.error.code === 'newerVersion') {
        report.newer.push({ path });
        return;
      }
    } catch {
      // Whatever one file does to the parser or the scoring (a bug, a case no one thought of), it stops only itself.
    }
    const aside = this.moveToDamaged(path, name);
    report.damaged.push({ company: bytes ? companyIn(bytes) : null, path: aside ?? path });
  }

  /**
   * A loaded assessment's summary, with its plan progress as kept when this version was counted, else uncounted:
   * planning every assessment here would add seconds to a start with thousands of them.
   */
  private summarizeLoaded(assessment: Assessment): AssessmentSummary {
    const summary = summarize(assessment, scoreAssessment(assessment));
    if (summary.plan !== UNCOUNTED) return summary;
    return { ...summary, plan: this.progress.get(assessment.id, assessment.updatedAt) ?? UNCOUNTED };
  }

  /**
   * The plan progress of these assessments (ids not stored are left out), counted now for those not counted yet,
   * kept in their summaries and in plan-progress.json for the next start.
   */
  countPlanProgress(ids: ReadonlyArray<string>): Record<string, PlanProgress | null> {
    const counts: Record<string, PlanProgress | null> = {};
    for (const id of ids) {
      const plan = this.countOne(id);
      if (plan !== undefined) counts[id] = plan;
    }
    this.progress.writeIfChanged(new Set(this.assessments.keys()));
    return counts;
  }

  /**
   * Counts what the start left uncounted, newest change first, in slices of a few milliseconds with the event loop
   * free between them (IPC is answered meanwhile), then keeps the counts: main calls it once the first screen is up,
   * so the portfolio mostly finds them counted. `stop` ends it after the current slice; `done` settles when it ends.
   */
  countPlanProgressInBackground(sliceMs = 8): { stop: () => void; done: Promise<void> } {
    const queue = this.listSummaries()
      .filter((s) => s.plan === UNCOUNTED)
      .map((s) => s.id);
    let stopped = false;
    const done = new Promise<void>((resolve) => {
      const slice = (): void => {
        const until = performance.now() + sliceMs;
        // At least one a slice, however slow the machine.
        while (!stopped && queue.length > 0) {
          this.countOne(queue.shift()!);
          if (performance.now() >= until) break;
        }
        if (!stopped && queue.length > 0) return void setTimeout(slice, 0);
        this.progress.writeIfChanged(new Set(this.assessments.keys()));
        resolve();
      };
      setTimeout(slice, 0);
    });
    return { stop: () => void (stopped = true), done };
  }

  /** One stored assessment's progress, counted and kept when it was uncounted; undefined when it is not stored. */
  private countOne(id: string): PlanProgress | null | undefined {
    const summary = this.summaries.get(id);
    const assessment = this.assessments.get(id);
    if (!summary || !assessment) return undefined;
    if (summary.plan !== UNCOUNTED) return summary.plan;
    const plan = planProgressOf(assessment, scoreAssessment(assessment), generatePlan);
    // generatePlan always gives a plan, so this is counted; the check keeps the type honest.
    if (plan === UNCOUNTED) return undefined;
    if (plan) this.progress.set(id, assessment.updatedAt, plan);
    this.summaries.set(id, { ...summary, plan });
    return plan;
  }

  private moveToDamaged(path: string, name: string): string | null {
    const folder = join(this.dir, DAMAGED_DIR);
    const aside = join(folder, `${basename(name, '.json')}.${stamp(this.options.now())}.json`);
    try {
      mkdirSync(folder, { recursive: true });
      renameSync(path, aside);
      return aside;
    } catch {
      return null;
    }
  }

  /** Every assessment in full, in the order they were loaded and added (tests and scripts; the app lists summaries). */
  list(): Assessment[] {
    return structuredClone([...this.assessments.values()]);
  }

  listSummaries(): AssessmentSummary[] {
    return [...this.summaries.values()].sort(byUpdatedDesc);
  }

  get(id: string): Assessment | null {
    const found = this.assessments.get(id);
    return found ? structuredClone(found) : null;
  }

  save(assessment: Assessment): void {
    if (!this.assessments.has(assessment.id) && this.assessments.size >= LIMITS.assessments) throw new StoreFull();
    const bytes = serializeWithinLimit(assessment, this.options.appVersion, this.options.now());
    // Scored before anything is written: should that throw, nothing has changed.
    const summary = summarize(assessment, undefined, generatePlan);
    this.writeFile(assessment.id, bytes);
    this.assessments.set(assessment.id, structuredClone(assessment));
    this.summaries.set(assessment.id, summary);
    // Kept in memory only (an autosave must not rewrite the whole cache); written with the next count.
    if (summary.plan && summary.plan !== UNCOUNTED) this.progress.set(assessment.id, assessment.updatedAt, summary.plan);
  }

  /** Writes an assessment's file and today's copy, without the limits: for moving the old store's assessments. */
  writeFile(id: string, content: Uint8Array | string): void {
    writeFileDurably(join(this.dir, ASSESSMENTS_DIR, fileOf(id)), content, this.options.io);
    this.backup(id, content);
  }

  delete(id: string): boolean {
    if (!this.assessments.has(id)) return false;
    // Today's backup keeps a copy for a week; undo in the app saves it again.
    const path = join(this.dir, ASSESSMENTS_DIR, fileOf(id));
    if (existsSync(path)) {
      this.backup(id, readFileSync(path));
      rmSync(path, { force: true });
    }
    this.assessments.delete(id);
    this.summaries.delete(id);
    return true;
  }

  listBackupDays(id: string): string[] {
    return this.backupDaysOnDisk()
      .filter((d) => this.readBackup(id, d) !== null)
      .reverse();
  }

  readBackup(id: string, backupDay: string): Assessment | null {
    if (!isDay(backupDay)) return null;
    try {
      const bytes = readStoredFile(this.backupPath(id, backupDay));
      const parsed = bytes ? parseAssessmentFile(bytes, { setAside: true }) : null;
      return parsed?.ok && parsed.assessment.id === id ? parsed.assessment : null;
    } catch {
      return null;
    }
  }

  /** Where that day's copy is kept (it may not exist). */
  backupPath(id: string, backupDay: string): string {
    return join(this.dir, BACKUPS_DIR, backupDay, fileOf(id));
  }

  /** Today's copy of an assessment, for a week of earlier versions. Best effort: a failure never stops a save. */
  private backup(id: string, content: Uint8Array | string): void {
    try {
      const folder = join(this.dir, BACKUPS_DIR, day(this.options.now()));
      mkdirSync(folder, { recursive: true });
      writeFileDurably(join(folder, fileOf(id)), content, this.options.io);
    } catch {
      // The backups folder may be unwritable (full, permissions, a file in its place); the assessment itself is saved.
    }
  }

  /** The day folders, oldest first; none when the backups folder is missing or not a folder. */
  private backupDaysOnDisk(): string[] {
    const folder = join(this.dir, BACKUPS_DIR);
    try {
      return statSync(folder).isDirectory() ? readdirSync(folder).filter(isDay).sort() : [];
    } catch {
      return [];
    }
  }

  /** Removes day folders older than `BACKUP_DAYS`, and temporary files a killed write left in the others. Best effort. */
  private pruneBackups(): void {
    const oldest = day(new Date(this.options.now().getTime() - (BACKUP_DAYS - 1) * 86_400_000));
    for (const name of this.backupDaysOnDisk()) {
      const folder = join(this.dir, BACKUPS_DIR, name);
      try {
        if (name < oldest) rmSync(folder, { recursive: true, force: true });
        else for (const file of readdirSync(folder)) if (isTemporaryFile(file)) rmSync(join(folder, file), { force: true });
      } catch {
        // Backups never stop the app from starting.
      }
    }
  }
}

/** A stored file's bytes; null for anything but a regular file within the size limit (a FIFO would block forever). */
function readStoredFile(path: string): Uint8Array | null {
  const stats = lstatSync(path);
  return stats.isFile() && stats.size <= MAX_FILE_BYTES ? readFileSync(path) : null;
}

/** The company name in a damaged file, if that much can be read, for telling the user which one it was. */
function companyIn(bytes: Uint8Array): string | null {
  try {
    const name = (JSON.parse(new TextDecoder().decode(bytes)) as { assessment?: { profile?: { companyName?: unknown } } }).assessment
      ?.profile?.companyName;
    return typeof name === 'string' && name.trim() ? name.trim().slice(0, LIMITS.name) : null;
  } catch {
    return null;
  }
}
