/**
 * What the File menu, the home screen, the export panel and files opened with the app do with files, by feature:
 * `.somekompass` files in and out (importExport.ts) and the CSV, PDF and Word files made from an assessment
 * (savedFiles.ts), and a logo read for the brand (logoFile.ts). The class overview's files are in classActions.ts.
 */
import { safeFileName } from '../../../renderer/src/domain/files/fileNames';
import { fileActionContext, type FileActionDeps } from './fileActionContext';
import { createImportExport } from './importExport';
import { createSavedFiles } from './savedFiles';
import { createLogoFile } from './logoFile';

export type { Dialogs, FileActionDeps, FileFilter } from './fileActionContext';

/** A file name from what the user typed (or the renderer suggested): see domain/fileNames.ts. */
export { safeFileName };

export function createFileActions(deps: FileActionDeps) {
  const context = fileActionContext(deps);
  return { ...createImportExport(deps, context), ...createSavedFiles(deps, context), ...createLogoFile(deps, context) };
}

export type FileActions = ReturnType<typeof createFileActions>;
