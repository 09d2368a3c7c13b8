/**
 * What every file action shares: the injected dialogs, the labels in the UI language, where dialogs start, and the
 * steps after a file was written or read (remember the folder, the recent-files lists). Dialogs are injected
 * (Electron's in the app, a scripted stand-in in tests), so the same code runs in unit tests, the end-to-end harness
 * and the app.
 */
import { dirname } from 'node:path';
import type { Language } from '../../../renderer/src/domain/model/types';
import { FILE_EXTENSION } from '../../../renderer/src/domain/files/fileFormatBasics';
import { MENU_LABELS, type MenuLabels } from '../menu';
import type { AppStore } from './appStore';
import { bestEffort } from './settingsStore';

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

export interface FileActionContext {
  labels(): MenuLabels;
  startFolder(): string;
  assessmentFilter(): FileFilter;
  /**
   * Runs after the commit point (the file written, the import stored, the file read): remembers the folder and, for
   * .somekompass files, puts the file on the recent lists. Each step may fail (a full disk, the desktop's recent list)
   * without changing what the user is told, because what they asked for is already done.
   */
  afterCommit(path: string, options: { recent: boolean }): void;
}

export function fileActionContext(deps: FileActionDeps): FileActionContext {
  const { store } = deps;
  const labels = (): MenuLabels => MENU_LABELS[deps.uiLanguage()];
  return {
    labels,
    startFolder: () => store.getSettings().lastFolder ?? deps.defaultFolder,
    assessmentFilter: () => ({ name: labels().assessmentFiles, extensions: [FILE_EXTENSION] }),
    afterCommit: (path, { recent }) => {
      bestEffort('last folder', () => store.setLastFolder(dirname(path)));
      if (!recent) return;
      bestEffort('recent files', () => store.addRecentFile(path));
      bestEffort('recent documents', () => deps.onRecentFile?.(path));
    },
  };
}
