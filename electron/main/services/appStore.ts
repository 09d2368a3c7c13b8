/**
 * The app's data in the user's data folder, as main's handlers use it: the settings (`SettingsStore`) and the
 * assessments (an `AssessmentRepository`, here `FileAssessmentRepository`: one file per assessment, daily backups,
 * `damaged/`). This facade opens both, moves the old single-file store into them on the first start after an
 * upgrade, and tells the user what start-up found (`notice`).
 * Before the layout of one file per assessment, all assessments lived in `some-kompass.json`; the first start splits
 * them into files (see `splitLegacyStore`), resuming safely if it was killed half way.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Assessment, Language } from '../../../renderer/src/domain/model/types';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings, type WindowState } from '../../../renderer/src/domain/files/schema';
import { parseAssessmentFile, readStoredAssessment, serializeAssessmentFile } from '../../../renderer/src/domain/files/fileFormat';
import { LIMITS } from '../../../renderer/src/domain/model/limits';
import type { AssessmentSummary, PlanProgress } from '../../../renderer/src/domain/model/summary';
import type { StoreNotice } from '../../shared/contract';
import { storePath, type OpenStoreBackend } from './storeBackend';
import { nodeWriterFs, writeFileDurably, type WriterFs } from './atomicWrite';
import { roundsOf, sameContentIn } from './assessmentRepository';
import { ASSESSMENTS_DIR, BACKUPS_DIR, DAMAGED_DIR, day, fileOf, FileAssessmentRepository, stamp } from './fileAssessmentRepository';
import { SettingsStore, bestEffort, validSettings } from './settingsStore';

export { StoreFull, type AssessmentRepository } from './assessmentRepository';
export { AssessmentTooLarge } from './assessmentSize';
export { ASSESSMENTS_DIR, BACKUP_DAYS, BACKUPS_DIR, DAMAGED_DIR } from './fileAssessmentRepository';
export { validSettings } from './settingsStore';

/** What start-up found that the user must hear of: assessments that could not be read, and values set aside. */
interface StartupFindings {
  damaged: Array<{ company: string | null; path: string }>;
  setAside: Array<{ company: string | null; count: number }>;
}

/** The company named in a raw stored assessment, if that much is there. */
function companyOf(raw: unknown): string | null {
  const name = (raw as { profile?: { companyName?: unknown } } | null)?.profile?.companyName;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, LIMITS.name) : null;
}

export interface AppStoreOptions {
  now?: () => Date;
  /** The writer's file-system calls (assessments, backups and settings); tests inject faults here. */
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

export class AppStore {
  /** The assessments: everything that reads or writes one goes through this interface. */
  readonly repository: FileAssessmentRepository;
  readonly settings: SettingsStore;
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
    this.repository = new FileAssessmentRepository(dir, { now: this.now, io: this.io, appVersion: this.appVersion });

    const legacy = this.readSettingsFile();
    let notice: StoreNotice | null = legacy.notice;
    const split = legacy.assessments ? this.splitLegacyStore(legacy.assessments) : { damaged: [], setAside: [] };
    this.settings = new SettingsStore(openBackend(dir, this.io), legacy.settings);
    // After a split, the settings-only file is what marks the split done: that write must succeed (or the start fails
    // and says why), else the next start would split again over what was saved since. Any other rewrite may fail.
    if (legacy.assessments) this.settings.write();
    else if (legacy.rewrite) bestEffort('start-up', () => this.settings.write());

    const loaded = this.repository.load();
    const damaged = [...split.damaged, ...loaded.damaged];
    const setAside = [...split.setAside, ...loaded.setAside];
    if (!notice && (damaged.length > 0 || loaded.newer.length > 0 || setAside.length > 0))
      notice = { kind: 'damagedFiles', damaged, newer: loaded.newer, setAside, backupsFolder: join(dir, BACKUPS_DIR) };
    this.notice = notice;
  }

  // ---- The settings file, and the old single-file store it once was -----------------------------------------

  /**
   * Reads `some-kompass.json` as it is on disk (before electron-store opens it: conf throws on invalid JSON): the
   * settings, each validated on its own; assessments still in it from before the split; and whether it must be
   * rewritten. A file that is not JSON, or from a newer version, is moved aside with a dated name and the user told.
   */
  private readSettingsFile(): { settings: Settings; assessments: unknown[] | null; notice: StoreNotice | null; rewrite: boolean } {
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

    // Before the split: the whole store in this file. Its assessments go to files, each read on its own (one that
    // today's rules refuse never holds back the others); the settings stay here.
    // The store's own migrations only added fields around the assessments; each assessment is migrated on its own
    // below, so the list is taken as it was written (and an unreadable one is kept exactly so).
    const list = (raw as { assessments?: unknown } | null)?.assessments;
    return { settings, assessments: Array.isArray(list) ? list : [], notice: null, rewrite: true };
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

  /**
   * Moves the assessments of the single-file store into one file each. Each is read on its own, as a stored file is
   * (`readStoredAssessment`): what today's question bank cannot hold is set aside inside the assessment, and only one
   * that cannot be read at all goes to `damaged/`, alone. Safe to repeat: a file is named by its assessment's id and
   * written whole, so a split killed half way is redone at the next start without losing or duplicating anything.
   * When every file is on disk and reads back the same, the old file is copied to a dated backup (which keeps every
   * assessment exactly as it was) and then replaced by the settings alone.
   */
  private splitLegacyStore(assessments: ReadonlyArray<unknown>): StartupFindings {
    const findings: StartupFindings = { damaged: [], setAside: [] };
    assessments.forEach((raw, index) => {
      const outcome = readStoredAssessment(raw);
      if (!outcome.ok) {
        findings.damaged.push({ company: companyOf(raw), path: this.keepDamaged(`legacy-${index + 1}`, raw) ?? storePath(this.dir) });
        return;
      }
      const a = outcome.assessment;
      this.writeAssessmentFile(a);
      const back = parseAssessmentFile(readFileSync(join(this.dir, ASSESSMENTS_DIR, fileOf(a.id))), { setAside: true });
      if (!back.ok || JSON.stringify(back.assessment) !== JSON.stringify(a)) {
        // Cannot happen unless the disk changed what was written; the before-split backup still holds it.
        rmSync(join(this.dir, ASSESSMENTS_DIR, fileOf(a.id)), { force: true });
        findings.damaged.push({ company: companyOf(raw), path: this.keepDamaged(a.id, raw) ?? storePath(this.dir) });
        return;
      }
      if (outcome.setAside) findings.setAside.push({ company: a.profile.companyName.trim() || null, count: outcome.setAside.length });
    });
    const file = storePath(this.dir);
    const backup = join(this.dir, `${basename(file, '.json')}.before-split-${day(this.now())}.json`);
    if (!existsSync(backup)) writeFileDurably(backup, readFileSync(file), this.io);
    return findings;
  }

  /** Writes one unreadable assessment, as it was, to `damaged/`; its path, or null when even that failed. */
  private keepDamaged(name: string, raw: unknown): string | null {
    try {
      const folder = join(this.dir, DAMAGED_DIR);
      mkdirSync(folder, { recursive: true });
      const path = join(folder, `${name.slice(0, 100)}.${stamp(this.now())}.json`);
      writeFileDurably(path, `${JSON.stringify(raw, null, 2)}\n`, this.io);
      return path;
    } catch {
      return null;
    }
  }

  /** An assessment's file and today's copy, as the split writes them (no limits: it moves what was stored). */
  private writeAssessmentFile(assessment: Assessment): void {
    this.repository.writeFile(assessment.id, serializeAssessmentFile(assessment, this.appVersion, this.now()));
  }

  // ---- What the handlers call --------------------------------------------------------------------------------

  /** The settings file. */
  get path(): string {
    return this.settings.path;
  }

  /** The folder with the daily copies, named in notices. */
  get backupsFolder(): string {
    return join(this.dir, BACKUPS_DIR);
  }

  /** Every assessment in full (tests and scripts; the app lists summaries). */
  listAssessments(): Assessment[] {
    return this.repository.list();
  }

  listSummaries(): AssessmentSummary[] {
    return this.repository.listSummaries();
  }

  countPlanProgress(ids: ReadonlyArray<string>): Record<string, PlanProgress | null> {
    return this.repository.countPlanProgress(ids);
  }

  /** What a start left uncounted, counted a slice at a time (main starts it once the first screen is up). */
  countPlanProgressInBackground(): { stop: () => void; done: Promise<void> } {
    return this.repository.countPlanProgressInBackground();
  }

  listRounds(id: string): Assessment[] {
    return roundsOf(this.repository, id);
  }

  getAssessment(id: string): Assessment | null {
    return this.repository.get(id);
  }

  /** See `AssessmentRepository.save`: throws `StoreFull`, `AssessmentTooLarge` or the writer's error; then nothing changed. */
  saveAssessment(assessment: Assessment): void {
    this.repository.save(assessment);
  }

  deleteAssessment(id: string): boolean {
    return this.repository.delete(id);
  }

  /** The daily copies of one assessment that read, newest first. */
  listBackups(id: string): BackupCopy[] {
    return this.repository.listBackupDays(id).map((date) => ({ date, path: this.repository.backupPath(id, date) }));
  }

  /** A stored assessment with the same content as `assessment`, id and dates aside (the same file imported before). */
  findSameContent(assessment: Assessment): AssessmentSummary | null {
    return sameContentIn(this.repository, assessment);
  }

  getSettings(): Settings {
    return this.settings.get();
  }

  /** The setters below throw when the settings file cannot be written; the new value holds for this session. */
  setUiLanguage(language: Language): void {
    this.settings.setUiLanguage(language);
  }

  setLastFolder(folder: string): void {
    this.settings.setLastFolder(folder);
  }

  setWindowState(window: WindowState): void {
    this.settings.setWindowState(window);
  }

  addRecentFile(path: string): void {
    this.settings.addRecentFile(path);
  }

  setClassDueDates(classDueDates: NonNullable<Settings['classDueDates']>): void {
    this.settings.setClassDueDates(classDueDates);
  }
}
