/**
 * The user's settings (UI language, window, last folder, recent files) in `some-kompass.json`. Each setting is
 * validated on its own, and a bad value falls back to its default without touching any assessment. A write that
 * fails throws, after the new value is in effect for this session: callers catch it, and a setting that could not
 * be written never stops an import, an export or the closing of a window.
 */
import {
  MAX_RECENT_FILES,
  SETTINGS_SCHEMA_VERSION,
  settingsSchema,
  type Settings,
  type WindowState,
} from '../../../renderer/src/domain/files/schema';
import { DEFAULT_SETTINGS } from '../../../renderer/src/domain/files/schema';
import type { Language } from '../../../renderer/src/domain/model/types';
import type { StoreBackend } from './storeBackend';

export class SettingsStore {
  constructor(
    private readonly backend: StoreBackend,
    private settings: Settings,
  ) {}

  get path(): string {
    return this.backend.path;
  }

  get(): Settings {
    return structuredClone(this.settings);
  }

  setUiLanguage(language: Language): void {
    this.update({ uiLanguage: language });
  }

  setLastFolder(folder: string): void {
    this.update({ lastFolder: folder });
  }

  setWindowState(window: WindowState): void {
    this.update({ window });
  }

  /** The class overview's due dates for classes without a class file, newest first. */
  setClassDueDates(classDueDates: NonNullable<Settings['classDueDates']>): void {
    this.update({ classDueDates });
  }

  /** The consultant's brand (null: none); the schema checks the logo as an image and the colour's contrast. */
  setBrand(brand: Settings['brand'] | null): void {
    const next = settingsSchema.safeParse({ ...this.settings, brand: brand ?? undefined });
    if (!next.success) throw new Error('The brand is not valid');
    if (!brand) delete next.data.brand;
    this.settings = next.data;
    this.write();
  }

  /** Shows or hides "companies like yours" in the comparison (comparison/peers.ts). */
  setPeerComparison(on: boolean): void {
    this.update({ peerComparison: on });
  }

  /** Puts a file first on the "Open recent" list (once, newest first, at most `MAX_RECENT_FILES`). */
  addRecentFile(path: string): void {
    const recentFiles = [path, ...this.settings.recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
    this.update({ recentFiles });
  }

  /** Writes the settings as they are now; throws when the disk refuses. */
  write(): void {
    this.backend.write({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings: this.settings });
  }

  /** Settings are validated on every write: a value that would not load is never written. */
  private update(patch: Partial<Settings>): void {
    const next = settingsSchema.safeParse({ ...this.settings, ...patch });
    if (!next.success) return;
    this.settings = next.data;
    this.write();
  }
}

/** Each setting on its own: a bad value gives that setting's default and leaves the others. */
export function validSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Settings = { ...DEFAULT_SETTINGS };
  // Every setting the schema knows; one that may be absent (the class due dates) is left out when it is.
  for (const key of Object.keys(settingsSchema.shape) as Array<keyof Settings>) {
    const one = settingsSchema.shape[key].safeParse(source[key]);
    if (one.success && one.data !== undefined) (out as Record<keyof Settings, unknown>)[key] = one.data;
  }
  return out;
}

/**
 * Runs a step that may fail without harm (a settings write, the desktop's recent documents): the failure is logged
 * and otherwise ignored, because what the user asked for does not depend on it.
 */
export function bestEffort(what: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    console.warn(`Not done (${what}): ${(error as Error).message}`);
  }
}
