/**
 * What the File menu, the home screen and files opened with the app do: export and import .somekompass files and
 * save CSV. Dialogs are injected (Electron's in the app, a scripted stand-in in tests), so the same code runs
 * in unit tests, the end-to-end harness and the app.
 */
import { writeFileSync, renameSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Assessment, Language } from '../../../renderer/src/domain/types';
import { FILE_EXTENSION } from '../../../renderer/src/domain/fileFormatBasics';
import type { CsvKind, ImportResult, SaveResult } from '../../shared/contract';
import type { AppStore } from './appStore';
import { importAssessmentFile, writeAssessmentFile } from './fileImport';
import { MENU_LABELS } from '../menu';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** The chosen path, or null when the user cancels. */
  chooseSavePath(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface FileActionDeps {
  store: AppStore;
  dialogs: Dialogs;
  appVersion: string;
  /** Where dialogs start before the user has saved or opened anything (the Documents folder in the app). */
  defaultFolder: string;
  uiLanguage: () => Language;
  newId: () => string;
  now: () => Date;
}

/** Characters no file system takes. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|]/g;
const isControl = (c: string): boolean => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127;

/** A file name from what the user typed: unsafe characters out, trimmed, not too long, never empty. */
export function safeFileName(name: string, fallback: string): string {
  const visible = [...name].map((c) => (isControl(c) ? ' ' : c)).join('');
  // Leading dots and spaces out too: no hidden files, no "..".
  const cleaned = visible.replace(UNSAFE_IN_FILE_NAME, ' ').replace(/\s+/g, ' ').replace(/^[.\s]+/, '').slice(0, 80).trim();
  return cleaned || fallback;
}

export function createFileActions(deps: FileActionDeps) {
  const { store, dialogs } = deps;
  const labels = (): (typeof MENU_LABELS)['nb'] => MENU_LABELS[deps.uiLanguage()];
  const startFolder = (): string => store.getSettings().lastFolder ?? deps.defaultFolder;
  const remember = (path: string): void => store.setLastFolder(dirname(path));
  const assessmentFilter = (): FileFilter => ({ name: labels().assessmentFiles, extensions: [FILE_EXTENSION] });

  /** Imports one file as a new assessment; never merges into or overwrites an existing one. */
  async function importFromPath(path: string): Promise<ImportResult> {
    const fileName = basename(path);
    if (!isAbsolute(path)) return { kind: 'failed', fileName, error: { code: 'unreadable', detail: 'path is not absolute' } };
    const outcome = await importAssessmentFile(store, path, deps.newId(), deps.now());
    if (!outcome.ok) return { kind: 'failed', fileName, error: outcome.error };
    remember(path);
    return { kind: 'imported', assessment: outcome.assessment };
  }

  return {
    importFromPath,

    async exportAssessment(id: string): Promise<SaveResult> {
      const assessment: Assessment | null = store.getAssessment(id);
      if (!assessment) return { kind: 'failed', reason: 'notFound' };
      const name = safeFileName(assessment.profile.companyName, labels().untitled);
      const path = await dialogs.chooseSavePath({ defaultPath: join(startFolder(), `${name}.${FILE_EXTENSION}`), filters: [assessmentFilter()] });
      if (!path) return { kind: 'cancelled' };
      try {
        await writeAssessmentFile(path, assessment, deps.appVersion, deps.now());
      } catch {
        return { kind: 'failed', reason: 'writeFailed' };
      }
      remember(path);
      return { kind: 'saved', path };
    },

    async importAssessment(): Promise<ImportResult> {
      const path = await dialogs.chooseOpenPath({ defaultPath: startFolder(), filters: [assessmentFilter()] });
      if (!path) return { kind: 'cancelled' };
      return importFromPath(path);
    },

    async saveCsv(kind: CsvKind, suggestedName: string, content: string): Promise<SaveResult> {
      const name = safeFileName(suggestedName, kind);
      const path = await dialogs.chooseSavePath({
        defaultPath: join(startFolder(), `${name}.csv`),
        filters: [{ name: labels().csvFiles, extensions: ['csv'] }],
      });
      if (!path) return { kind: 'cancelled' };
      try {
        // Temporary file + rename: a failed write never leaves half a file under the user's chosen name.
        const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
        writeFileSync(temp, content, 'utf8');
        renameSync(temp, path);
      } catch {
        return { kind: 'failed', reason: 'writeFailed' };
      }
      remember(path);
      return { kind: 'saved', path };
    },
  };
}

export type FileActions = ReturnType<typeof createFileActions>;
