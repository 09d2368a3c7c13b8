/**
 * The files made from an assessment that the app never reads back: the CSV of answers or plan, the PDF report and
 * the Word plan. Each goes through the save dialog and is written atomically; remembering the folder comes after.
 */
import { join } from 'node:path';
import { safeFileName } from '../../../renderer/src/domain/files/fileNames';
import type { CsvKind, SaveResult } from '../../shared/contract';
import { writeFileAtomically } from './atomicWrite';
import type { FileActionContext, FileActionDeps, FileFilter } from './fileActionContext';

class PrintFailed extends Error {}

export function createSavedFiles(deps: FileActionDeps, context: FileActionContext) {
  /** Save dialog (named after what the user typed), then the content, written atomically. */
  async function saveFile(
    suggestedName: string,
    fallback: string,
    filter: FileFilter,
    content: () => Promise<Uint8Array | string>,
  ): Promise<SaveResult> {
    const name = safeFileName(suggestedName, fallback);
    const path = await deps.dialogs.chooseSavePath({
      defaultPath: join(context.startFolder(), `${name}.${filter.extensions[0] ?? ''}`),
      filters: [filter],
    });
    if (!path) return { kind: 'cancelled' };
    try {
      await writeFileAtomically(path, await content());
    } catch (error) {
      return { kind: 'failed', reason: error instanceof PrintFailed ? 'printFailed' : 'writeFailed' };
    }
    context.afterCommit(path, { recent: false });
    return { kind: 'saved', path };
  }

  const labels = (): ReturnType<FileActionContext['labels']> => context.labels();
  return {
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
