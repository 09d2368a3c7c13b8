import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { Assessment, Language } from '../../../renderer/src/domain/model/types';
import {
  DEFAULT_SETTINGS,
  MAX_RECENT_FILES,
  SETTINGS_SCHEMA_VERSION,
  settingsSchema,
  storeDataSchema,
  type Settings,
  type WindowState,
} from '../../../renderer/src/domain/files/schema';
import { migrateStore, withBankVersion1 } from '../../../renderer/src/domain/files/storeMigrations';
import { migrateToCurrentBank } from '../../../renderer/src/domain/bank/bankMigrations';
import { MAX_FILE_BYTES, parseAssessmentFile, serializeAssessmentFile } from '../../../renderer/src/domain/files/fileFormat';
import { LIMITS } from '../../../renderer/src/domain/model/limits';
import { byUpdatedDesc, summarize, type AssessmentSummary } from '../../../renderer/src/domain/model/summary';
import type { StoreNotice } from '../../shared/contract';
import { storePath, type OpenStoreBackend, type StoreBackend } from './storeBackend';
import { isTemporaryFile, nodeWriterFs, writeFileDurably, type WriterFs } from './atomicWrite';

/** Daily copies of changed assessments are kept this many days: a week of earlier versions to go back to. */
export const BACKUP_DAYS = 7;

/** The folders inside the data folder. */
export const ASSESSMENTS_DIR = 'assessments';
export const BACKUPS_DIR = 'backups';
export const DAMAGED_DIR = 'damaged';

/** `2026-11-23T12-30-05` (file-name safe, sorts by time). */
const stamp = (d: Date): string => d.toISOString().slice(0, 19).replace(/:/g, '-');
const day = (d: Date): string => d.toISOString().slice(0, 10);
const fileOf = (id: string): string => `${id}.json`;

export class StoreFull extends Error {
  constructor() {
    super(`The store holds the most assessments it may (${LIMITS.assessments})`);
    this.name = 'StoreFull';
  }
}

export interface AppStoreOptions {
  now?: () => Date;
  /** The writer's file-system calls; tests inject faults here. */
  io?: WriterFs;
  /** Written into each assessment file, as in an exported one. */
  appVersion?: string;
}

/** One earlier version of an assessment, kept in the daily backups. */
export interface BackupCopy {
  /** The day of the copy, YYYY-MM-DD. */
  date: string;
  path: string;
}

/**
 * The app's data in the user's data folder:
 * - `assessments/<id>.json`: one file per assessment, in the `.somekompass` format (docs/file-format.md), written
 *   by our own durable writer (every byte, fsync, rename, fsync of the folder); a save that fails throws, so the
 *   renderer never shows "saved" for it. A save costs the same with 5 or 5,000 assessments.
 * - `some-kompass.json`: the settings, through electron-store (conf in tests); each setting is validated on its own,
 *   and a bad value falls back to its default without touching any assessment.
 * - `backups/<day>/<id>.json`: the last copy of each assessment changed that day, for a week; best effort.
 * - `damaged/`: files that could not be read, moved aside with a dated name; every other assessment loads.
 * Before this layout all assessments lived in `some-kompass.json`; the first start splits them into files (see
 * `splitLegacyStore`), resuming safely if it was killed half way.
 */
export class AppStore {
  private readonly assessments = new Map<string, Assessment>();
  /** The home list's view of each assessment, kept in step with every save and delete. */
  private readonly summaries = new Map<string, AssessmentSummary>();
  private settings: Settings;
  private readonly backend: StoreBackend;
  private readonly dir: string;
  private readonly now: () => Date;
  private readonly io: WriterFs;
  private readonly appVersion: string;
  /** What the user must be told about this start-up, if anything. */
  readonly notice: StoreNotice | null;

  constructor(dir: string, openBackend: OpenStoreBackend, options: AppStoreOptions | (() => Date) = {}) {
    const opts = typeof options === 'function' ? { now: options } : options;
    this.dir = dir;
    this.now = opts.now ?? (() => new Date());
    this.io = opts.io ?? nodeWriterFs;
    this.appVersion = opts.appVersion ?? '0.0.0';
    mkdirSync(join(dir, ASSESSMENTS_DIR), { recursive: true });

    const legacy = this.readSettingsFile();
    let notice: StoreNotice | null = legacy.notice;
    if (legacy.assessments) this.splitLegacyStore(legacy.assessments);
    this.backend = openBackend(dir);
    this.settings = legacy.settings;
    if (legacy.rewrite) this.writeSettings();

    const loaded = this.loadAssessments();
    if (!notice && (loaded.damaged.length > 0 || loaded.newer.length > 0))
      notice = { kind: 'damagedFiles', damaged: loaded.damaged, newer: loaded.newer, backupsFolder: join(dir, BACKUPS_DIR) };
    this.notice = notice;
    this.pruneBackups();
  }

  // ---- Settings --------------------------------------------------------------------------------------------

  /**
   * Reads `some-kompass.json` as it is on disk (before electron-store opens it: conf throws on invalid JSON): the
   * settings, each validated on its own; assessments still in it from before the split; and whether it must be
   * rewritten. A file that is not JSON, or from a newer version, is moved aside with a dated name and the user told.
   */
  private readSettingsFile(): { settings: Settings; assessments: Assessment[] | null; notice: StoreNotice | null; rewrite: boolean } {
    const file = storePath(this.dir);
    const fresh = { settings: { ...DEFAULT_SETTINGS }, assessments: null, notice: null, rewrite: true };
    if (!existsSync(file)) return fresh;
    // A FIFO, device or folder where the file should be is refused without reading (a FIFO would block forever).
    if (!lstatSync(file).isFile()) return { ...fresh, notice: this.damagedNotice(this.moveAside(file, 'damaged')) };
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return { ...fresh, notice: this.damagedNotice(this.moveAside(file, 'damaged')) };
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SETTINGS_SCHEMA_VERSION) {
      const aside = this.moveAside(file, 'newer');
      return {
        ...fresh,
        notice: aside ? { kind: 'newerStore', backupPath: aside, found: version, supported: SETTINGS_SCHEMA_VERSION } : null,
      };
    }
    const rawSettings = (raw as { settings?: unknown } | null)?.settings;
    const settings = validSettings(rawSettings);
    if (version === SETTINGS_SCHEMA_VERSION)
      return { settings, assessments: null, notice: null, rewrite: JSON.stringify(settings) !== JSON.stringify(rawSettings) };

    // Before the split: the whole store in this file. Its assessments go to files; the settings stay here.
    const migrated = migrateStore(raw);
    const parsed = migrated.ok ? storeDataSchema.safeParse(migrated.data) : null;
    if (!parsed?.success) {
      // Every assessment that is valid on its own is saved; the file itself is kept aside for the rest.
      const list = Array.isArray((raw as { assessments?: unknown } | null)?.assessments)
        ? (raw as { assessments: unknown[] }).assessments
        : [];
      const good = list.flatMap((a) => {
        const one = storeDataSchema.shape.assessments.element.safeParse(withBankVersion1(a));
        return one.success ? [one.data] : [];
      });
      const notice = list.length > good.length ? this.copyAside(file) : null;
      return { settings, assessments: good, notice, rewrite: true };
    }
    return { settings, assessments: parsed.data.assessments, notice: null, rewrite: true };
  }

  /** Renames an unusable store file to a dated name beside it; throws when even that is not possible. */
  private moveAside(file: string, kind: 'damaged' | 'newer'): string {
    const aside = join(this.dir, `${basename(file, '.json')}.${kind}-${stamp(this.now())}.json`);
    renameSync(file, aside);
    return aside;
  }

  private damagedNotice(backupPath: string): StoreNotice {
    return { kind: 'damagedStore', backupPath };
  }

  /** Keeps a copy of a store whose some assessments could not be read, for the user or support to look at. */
  private copyAside(file: string): StoreNotice {
    const aside = join(this.dir, `${basename(file, '.json')}.damaged-${stamp(this.now())}.json`);
    copyFileSync(file, aside);
    return { kind: 'damagedStore', backupPath: aside };
  }

  private writeSettings(): void {
    this.backend.write({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings: this.settings });
  }

  /**
   * Moves the assessments of the single-file store into one file each. Safe to repeat: a file is named by its
   * assessment's id and written whole, so a split killed half way is redone at the next start without losing or
   * duplicating anything. Only when every file is on disk and reads back the same is the old file copied to a dated
   * backup and replaced by the settings alone.
   */
  private splitLegacyStore(assessments: Assessment[]): void {
    for (const a of assessments) this.writeAssessmentFile(a);
    for (const a of assessments) {
      const back = parseAssessmentFile(readFileSync(join(this.dir, ASSESSMENTS_DIR, fileOf(a.id))));
      if (!back.ok || JSON.stringify(back.assessment) !== JSON.stringify(migrateToCurrentBank(a)))
        throw new Error(`Moving assessment ${a.id} to its own file did not verify; the old store is left as it was`);
    }
    const file = storePath(this.dir);
    const backup = join(this.dir, `${basename(file, '.json')}.before-split-${day(this.now())}.json`);
    if (!existsSync(backup)) writeFileDurably(backup, readFileSync(file), this.io);
  }

  // ---- Assessments -----------------------------------------------------------------------------------------

  /**
   * Reads every assessment file. Temporary files from an interrupted write are removed; a file that cannot be read
   * is moved to `damaged/` with a dated name (and its company named, if that much is readable); a file from a newer
   * version of the app is left where it is and not loaded. Everything else loads.
   */
  private loadAssessments(): { damaged: Array<{ company: string | null; path: string }>; newer: Array<{ path: string }> } {
    const folder = join(this.dir, ASSESSMENTS_DIR);
    const damaged: Array<{ company: string | null; path: string }> = [];
    const newer: Array<{ path: string }> = [];
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (isTemporaryFile(name)) {
        rmSync(path, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      let stats;
      try {
        stats = lstatSync(path);
      } catch {
        continue;
      }
      let bytes: Uint8Array | null = null;
      if (stats.isFile() && stats.size <= MAX_FILE_BYTES) {
        try {
          bytes = readFileSync(path);
        } catch {
          bytes = null;
        }
      }
      const parsed = bytes ? parseAssessmentFile(bytes) : null;
      if (parsed?.ok && fileOf(parsed.assessment.id) === name) {
        this.assessments.set(parsed.assessment.id, parsed.assessment);
        this.summaries.set(parsed.assessment.id, summarize(parsed.assessment));
        continue;
      }
      if (parsed && !parsed.ok && parsed.error.code === 'newerVersion') {
        newer.push({ path });
        continue;
      }
      const aside = this.moveToDamaged(path, name);
      damaged.push({ company: bytes ? companyIn(bytes) : null, path: aside ?? path });
    }
    return { damaged, newer };
  }

  private moveToDamaged(path: string, name: string): string | null {
    const folder = join(this.dir, DAMAGED_DIR);
    const aside = join(folder, `${basename(name, '.json')}.${stamp(this.now())}.json`);
    try {
      mkdirSync(folder, { recursive: true });
      renameSync(path, aside);
      return aside;
    } catch {
      return null;
    }
  }

  private writeAssessmentFile(assessment: Assessment): void {
    const text = serializeAssessmentFile(assessment, this.appVersion, this.now());
    writeFileDurably(join(this.dir, ASSESSMENTS_DIR, fileOf(assessment.id)), text, this.io);
    this.backup(assessment.id, text);
  }

  /** Today's copy of an assessment, for a week of earlier versions. Best effort: a failure never stops a save. */
  private backup(id: string, text: string): void {
    try {
      const folder = join(this.dir, BACKUPS_DIR, day(this.now()));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, fileOf(id)), text);
    } catch {
      // The backups folder may be unwritable (permissions, a file in its place); the assessment itself is saved.
    }
  }

  /** Removes daily backup folders older than `BACKUP_DAYS`. Best effort. */
  private pruneBackups(): void {
    try {
      const folder = join(this.dir, BACKUPS_DIR);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) return;
      const oldest = day(new Date(this.now().getTime() - (BACKUP_DAYS - 1) * 86_400_000));
      for (const name of readdirSync(folder))
        if (/^\d{4}-\d{2}-\d{2}$/.test(name) && name < oldest) rmSync(join(folder, name), { recursive: true, force: true });
    } catch {
      // Backups never stop the app from starting.
    }
  }

  get path(): string {
    return this.backend.path;
  }

  /** The folder with the daily copies, named in notices. */
  get backupsFolder(): string {
    return join(this.dir, BACKUPS_DIR);
  }

  listAssessments(): Assessment[] {
    return structuredClone([...this.assessments.values()]);
  }

  /** The home list: one small summary per assessment, newest change first. */
  listSummaries(): AssessmentSummary[] {
    return [...this.summaries.values()].sort(byUpdatedDesc);
  }

  /** Every round of the series `id` belongs to, first round first (read from disk; a series is a handful). */
  listRounds(id: string): Assessment[] {
    const series = this.summaries.get(id)?.series;
    if (series === undefined) return [];
    return [...this.summaries.values()]
      .filter((s) => s.series === series)
      .sort((a, b) => a.round - b.round || a.createdAt.localeCompare(b.createdAt))
      .flatMap((s) => this.getAssessment(s.id) ?? []);
  }

  getAssessment(id: string): Assessment | null {
    const found = this.assessments.get(id);
    return found ? structuredClone(found) : null;
  }

  /**
   * Inserts or replaces by id, on disk first: throws `StoreFull` for a new assessment beyond `LIMITS.assessments`,
   * and the writer's error when the disk is full, read-only or refuses; in either case nothing changes in memory.
   */
  saveAssessment(assessment: Assessment): void {
    if (!this.assessments.has(assessment.id) && this.assessments.size >= LIMITS.assessments) throw new StoreFull();
    this.writeAssessmentFile(assessment);
    this.assessments.set(assessment.id, structuredClone(assessment));
    this.summaries.set(assessment.id, summarize(assessment));
  }

  deleteAssessment(id: string): boolean {
    if (!this.assessments.has(id)) return false;
    // Today's backup keeps a copy for a week; undo in the app saves it again.
    const path = join(this.dir, ASSESSMENTS_DIR, fileOf(id));
    if (existsSync(path)) {
      this.backup(id, readFileSync(path, 'utf8'));
      rmSync(path, { force: true });
    }
    this.assessments.delete(id);
    this.summaries.delete(id);
    return true;
  }

  /** The daily copies of one assessment, newest first. */
  listBackups(id: string): BackupCopy[] {
    const folder = join(this.dir, BACKUPS_DIR);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
    return readdirSync(folder)
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && existsSync(join(folder, d, fileOf(id))))
      .sort()
      .reverse()
      .map((d) => ({ date: d, path: join(folder, d, fileOf(id)) }));
  }

  getSettings(): Settings {
    return structuredClone(this.settings);
  }

  setUiLanguage(language: Language): void {
    this.updateSettings({ uiLanguage: language });
  }

  setLastFolder(folder: string): void {
    this.updateSettings({ lastFolder: folder });
  }

  setWindowState(window: WindowState): void {
    this.updateSettings({ window });
  }

  /** Puts a file first on the "Open recent" list (once, newest first, at most `MAX_RECENT_FILES`). */
  addRecentFile(path: string): void {
    const recentFiles = [path, ...this.settings.recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
    this.updateSettings({ recentFiles });
  }

  /** Settings are validated on every write: a value that would not load is never written. */
  private updateSettings(patch: Partial<Settings>): void {
    const next = settingsSchema.safeParse({ ...this.settings, ...patch });
    if (!next.success) return;
    this.settings = next.data;
    this.writeSettings();
  }
}

/** Each setting on its own: a bad value gives that setting's default and leaves the others. */
export function validSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    const one = settingsSchema.shape[key].safeParse(source[key]);
    if (one.success) (out as Record<keyof Settings, unknown>)[key] = one.data;
  }
  return out;
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
