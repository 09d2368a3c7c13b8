import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Assessment, Language } from '../../../renderer/src/domain/types';
import {
  DEFAULT_SETTINGS,
  STORE_SCHEMA_VERSION,
  storeDataSchema,
  type Settings,
  type StoreData,
  type WindowState,
} from '../../../renderer/src/domain/schema';
import { migrateStore } from '../../../renderer/src/domain/migrations';
import { migrateToCurrentBank } from '../../../renderer/src/domain/bankMigrations';
import { LIMITS } from '../../../renderer/src/domain/limits';
import type { StoreNotice } from '../../shared/contract';
import { storePath, type OpenStoreBackend, type StoreBackend } from './storeBackend';

/** How many daily copies of the store are kept in `backups/`. */
export const ROLLING_BACKUPS = 5;

/** `2026-11-23T12-30-05` (file-name safe, sorts by time). */
const stamp = (d: Date): string => d.toISOString().slice(0, 19).replace(/:/g, '-');

const emptyStore = (): StoreData => ({ schemaVersion: STORE_SCHEMA_VERSION, assessments: [], settings: { ...DEFAULT_SETTINGS } });

/**
 * All the app's data: assessments and settings, in one JSON file in the user's data folder.
 * Reads once at start-up, then keeps the data in memory and writes the whole file on every change
 * (the renderer debounces its saves). Whatever happens, the user's file is never silently reset:
 * a file we cannot use is moved aside to a dated copy and the user is told.
 */
export class StoreFull extends Error {
  constructor() {
    super(`The store holds the most assessments it may (${LIMITS.assessments})`);
    this.name = 'StoreFull';
  }
}

export class AppStore {
  private data: StoreData;
  private readonly backend: StoreBackend;
  /** What the user must be told about this start-up, if anything. */
  readonly notice: StoreNotice | null;

  constructor(dir: string, openBackend: OpenStoreBackend, now: () => Date = () => new Date()) {
    mkdirSync(dir, { recursive: true });
    const loaded = AppStore.load(dir, openBackend, now);
    this.backend = loaded.backend;
    this.data = loaded.data;
    this.notice = loaded.notice;
    this.rollBackups(now());
  }

  private static load(dir: string, openBackend: OpenStoreBackend, now: () => Date) {
    // Look at the file ourselves before opening the backend: conf throws on invalid JSON, and reads an array or
    // `null` as an empty object that the next write would overwrite.
    const file = storePath(dir);
    let raw: unknown = {};
    let problem: 'damaged' | { newer: number } | null = null;
    if (existsSync(file)) {
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        problem = 'damaged';
      }
    }
    let data: StoreData | null = null;
    if (!problem) {
      const migrated = migrateStore(raw);
      if (!migrated.ok) problem = migrated.reason === 'newerVersion' ? { newer: migrated.found } : 'damaged';
      else {
        const parsed = storeDataSchema.safeParse(migrated.data);
        // Answers to questions a newer bank changed are retired and marked for a new answer, never re-scored.
        if (parsed.success) data = { ...parsed.data, assessments: parsed.data.assessments.map(migrateToCurrentBank) };
        else problem = 'damaged';
      }
    }
    if (!problem && data) {
      const backend = openBackend(dir);
      if (existsSync(file) && JSON.stringify(raw) !== JSON.stringify(data)) backend.write(data); // migrated
      return { backend, data, notice: null };
    }

    // Keep the unusable file under a dated name next to where it was, then start with an empty store.
    const kind = problem === 'damaged' ? 'damaged' : 'newer';
    const aside = join(dirname(file), `${basename(file, '.json')}.${kind}-${stamp(now())}.json`);
    renameSync(file, aside);
    const backend = openBackend(dir);
    const fresh = emptyStore();
    backend.write(fresh);
    const notice: StoreNotice =
      problem === 'damaged'
        ? { kind: 'damagedStore', backupPath: aside }
        : { kind: 'newerStore', backupPath: aside, found: (problem as { newer: number }).newer, supported: STORE_SCHEMA_VERSION };
    return { backend, data: fresh, notice };
  }

  /** One copy of the store per day in `backups/`, the newest few kept. */
  private rollBackups(today: Date): void {
    const file = this.backend.path;
    if (!existsSync(file)) return;
    const dir = join(dirname(file), 'backups');
    mkdirSync(dir, { recursive: true });
    const name = `${basename(file, '.json')}-${today.toISOString().slice(0, 10)}.json`;
    if (!existsSync(join(dir, name))) copyFileSync(file, join(dir, name));
    const copies = readdirSync(dir)
      .filter((f) => f.startsWith(basename(file, '.json') + '-') && f.endsWith('.json'))
      .sort();
    for (const old of copies.slice(0, Math.max(0, copies.length - ROLLING_BACKUPS))) rmSync(join(dir, old));
  }

  get path(): string {
    return this.backend.path;
  }

  private commit(next: StoreData): void {
    this.backend.write(next);
    this.data = next;
  }

  listAssessments(): Assessment[] {
    return structuredClone(this.data.assessments);
  }

  getAssessment(id: string): Assessment | null {
    const found = this.data.assessments.find((a) => a.id === id);
    return found ? structuredClone(found) : null;
  }

  /** Inserts or replaces by id. */
  /** Inserts or replaces by id. Throws `StoreFull` for a new assessment beyond `LIMITS.assessments`. */
  saveAssessment(assessment: Assessment): void {
    const others = this.data.assessments.filter((a) => a.id !== assessment.id);
    const exists = others.length !== this.data.assessments.length;
    // Checked here, not left to the schema: a store over the limit would be refused as damaged at the next start.
    if (!exists && others.length >= LIMITS.assessments) throw new StoreFull();
    const assessments = exists
      ? this.data.assessments.map((a) => (a.id === assessment.id ? assessment : a))
      : [...others, assessment];
    this.commit({ ...this.data, assessments: structuredClone(assessments) });
  }

  deleteAssessment(id: string): boolean {
    const assessments = this.data.assessments.filter((a) => a.id !== id);
    if (assessments.length === this.data.assessments.length) return false;
    this.commit({ ...this.data, assessments });
    return true;
  }

  getSettings(): Settings {
    return structuredClone(this.data.settings);
  }

  setUiLanguage(language: Language): void {
    this.commit({ ...this.data, settings: { ...this.data.settings, uiLanguage: language } });
  }

  setLastFolder(folder: string): void {
    this.commit({ ...this.data, settings: { ...this.data.settings, lastFolder: folder } });
  }

  setWindowState(window: WindowState): void {
    this.commit({ ...this.data, settings: { ...this.data.settings, window } });
  }
}
