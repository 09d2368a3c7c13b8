/**
 * What the File menu, the home screen, the export panel and files opened with the app do: export and import
 * .somekompass files, and save the CSV, PDF and Word files made from an assessment. Dialogs are injected (Electron's in the app, a scripted stand-in in tests), so the same code runs
 * in unit tests, the end-to-end harness and the app.
 */
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Assessment, Language } from '../../../renderer/src/domain/model/types';
import { FILE_EXTENSION } from '../../../renderer/src/domain/files/fileFormatBasics';
import type { CsvKind, ImportResult, RespondentFileResult, SaveResult } from '../../shared/contract';
import type { AppStore } from './appStore';
import { safeFileName } from '../../../renderer/src/domain/files/fileNames';
import { isUncPath } from '../openFiles';
import { AssessmentFileTooLarge, importAssessmentFile, readAssessmentFile, writeAssessmentFile } from './fileImport';
import { writeFileAtomically } from './atomicWrite';
import { MENU_LABELS } from '../menu';
import { handInFileName } from '../../../renderer/src/domain/homework/homework';

/** The day in the machine's time zone, YYYY-MM-DD: the day the student handed in. */
const localDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** The chosen path, or null when the user cancels. */
  chooseSavePath(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  /** Several files, or folders; null when the user cancels. Without it, one file is chosen. */
  chooseOpenPaths?(options: { defaultPath: string; filters: FileFilter[]; folders: boolean }): Promise<string[] | null>;
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
  /** Called with every .somekompass file imported or exported: the OS's recent documents and "Open recent". */
  onRecentFile?: (path: string) => void;
}

/** A file name from what the user typed (or the renderer suggested): see domain/fileNames.ts. */
export { safeFileName };

class PrintFailed extends Error {}

export function createFileActions(deps: FileActionDeps) {
  const { store, dialogs } = deps;
  const labels = (): (typeof MENU_LABELS)['nb'] => MENU_LABELS[deps.uiLanguage()];
  const startFolder = (): string => store.getSettings().lastFolder ?? deps.defaultFolder;
  const remember = (path: string): void => store.setLastFolder(dirname(path));
  const recent = (path: string): void => {
    store.addRecentFile(path);
    deps.onRecentFile?.(path);
  };
  const assessmentFilter = (): FileFilter => ({ name: labels().assessmentFiles, extensions: [FILE_EXTENSION] });

  /** Imports one file as a new assessment; never merges into or overwrites an existing one. */
  async function importFromPath(path: string): Promise<ImportResult> {
    const fileName = basename(path);
    if (!isAbsolute(path)) return { kind: 'failed', fileName, error: { code: 'unreadable', detail: 'path is not absolute' } };
    if (isUncPath(path)) return { kind: 'failed', fileName, error: { code: 'unreadable', detail: 'network (UNC) paths are not opened' } };
    const outcome = await importAssessmentFile(store, path, deps.newId(), deps.now());
    if (!outcome.ok) return { kind: 'failed', fileName, error: outcome.error };
    remember(path);
    recent(path);
    return { kind: 'imported', assessment: outcome.assessment };
  }

  /** Save dialog (named after what the user typed), then the content, written atomically. */
  async function saveFile(
    suggestedName: string,
    fallback: string,
    filter: FileFilter,
    content: () => Promise<Uint8Array | string>,
  ): Promise<SaveResult> {
    const name = safeFileName(suggestedName, fallback);
    const path = await dialogs.chooseSavePath({
      defaultPath: join(startFolder(), `${name}.${filter.extensions[0] ?? ''}`),
      filters: [filter],
    });
    if (!path) return { kind: 'cancelled' };
    try {
      await writeFileAtomically(path, await content());
    } catch (error) {
      return { kind: 'failed', reason: error instanceof PrintFailed ? 'printFailed' : 'writeFailed' };
    }
    remember(path);
    return { kind: 'saved', path };
  }

  /** Save dialog (suggesting `name`), then the assessment as a .somekompass file; a recent file once written. */
  async function saveAssessmentAs(assessment: Assessment, name: string): Promise<SaveResult> {
    const path = await dialogs.chooseSavePath({
      defaultPath: join(startFolder(), `${name}.${FILE_EXTENSION}`),
      filters: [assessmentFilter()],
    });
    if (!path) return { kind: 'cancelled' };
    try {
      await writeAssessmentFile(path, assessment, deps.appVersion, deps.now());
    } catch (error) {
      return { kind: 'failed', reason: error instanceof AssessmentFileTooLarge ? 'tooLarge' : 'writeFailed' };
    }
    remember(path);
    recent(path);
    return { kind: 'saved', path };
  }

  return {
    importFromPath,

    async exportAssessment(id: string): Promise<SaveResult> {
      const assessment: Assessment | null = store.getAssessment(id);
      if (!assessment) return { kind: 'failed', reason: 'notFound' };
      return saveAssessmentAs(assessment, safeFileName(assessment.profile.companyName, labels().untitled));
    },

    /** Homework handed in: the stored assessment (marked handed in) as a file named from student, course and day. */
    async handInAssessment(id: string): Promise<SaveResult> {
      const assessment = store.getAssessment(id);
      if (!assessment?.homework) return { kind: 'failed', reason: 'notFound' };
      return saveAssessmentAs(assessment, handInFileName(assessment.homework, localDay(deps.now()), labels().untitled));
    },

    /** A daily copy restored as a new assessment, checked like any imported file; the current one is untouched. */
    async restoreEarlierVersion(id: string, day: string): Promise<ImportResult> {
      const copy = store.listBackups(id).find((b) => b.date === day);
      if (!copy) return { kind: 'failed', fileName: `${day}/${id}.json`, error: { code: 'vanished', detail: 'no copy of that day' } };
      const outcome = await importAssessmentFile(store, copy.path, deps.newId(), deps.now());
      if (!outcome.ok) return { kind: 'failed', fileName: `${day}/${id}.json`, error: outcome.error };
      return { kind: 'imported', assessment: outcome.assessment };
    },

    async importAssessment(): Promise<ImportResult> {
      const path = await dialogs.chooseOpenPath({ defaultPath: startFolder(), filters: [assessmentFilter()] });
      if (!path) return { kind: 'cancelled' };
      return importFromPath(path);
    },

    /**
     * A participant's file for a workshop: read and checked like any import (an older question bank mapped onto
     * this one), but not stored. The renderer decides whether it belongs in the workshop (domain/respondentFile.ts)
     * and adds it as a respondent; the store is not touched here.
     */
    async readRespondentFile(): Promise<RespondentFileResult> {
      const path = await dialogs.chooseOpenPath({ defaultPath: startFolder(), filters: [assessmentFilter()] });
      if (!path) return { kind: 'cancelled' };
      const fileName = basename(path);
      if (isUncPath(path)) return { kind: 'failed', fileName, error: { code: 'unreadable', detail: 'network (UNC) paths are not opened' } };
      const outcome = await readAssessmentFile(path);
      if (!outcome.ok) return { kind: 'failed', fileName, error: outcome.error };
      remember(path);
      return { kind: 'read', fileName, assessment: outcome.assessment };
    },

    saveCsv(kind: CsvKind, suggestedName: string, content: string): Promise<SaveResult> {
      return saveFile(suggestedName, kind, { name: labels().csvFiles, extensions: ['csv'] }, () => Promise.resolve(content));
    },

    /** `print` makes the PDF of the report the renderer shows; it runs only after the user chose where to save. */
    savePdf(suggestedName: string, print: () => Promise<Uint8Array>): Promise<SaveResult> {
      return saveFile(suggestedName, labels().untitled, { name: labels().pdfFiles, extensions: ['pdf'] }, async () => {
        try {
          return await print();
        } catch {
          throw new PrintFailed();
        }
      });
    },

    saveWord(suggestedName: string, content: Uint8Array): Promise<SaveResult> {
      return saveFile(suggestedName, labels().untitled, { name: labels().wordFiles, extensions: ['docx'] }, () => Promise.resolve(content));
    },
  };
}

export type FileActions = ReturnType<typeof createFileActions>;
