/**
 * What the class overview asks of main: choose hand-ins (files or folders), read them with progress and cancel, and
 * save and open the class file. The class file's format is the core's (`domain/homework/classFile.ts`); this only
 * touches the file system. Dialogs are injected, as in fileActions.ts, so tests and the app run the same code.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Language } from '../../../renderer/src/domain/model/types';
import { FILE_EXTENSION } from '../../../renderer/src/domain/files/fileFormatBasics';
import { safeFileName } from '../../../renderer/src/domain/files/fileNames';
import {
  CLASS_FILE_EXTENSION,
  MAX_CLASS_FILE_BYTES,
  parseClassFile,
  rememberDueDate,
  rememberedDueDate,
  serializeClassFile,
  type ClassFileContent,
  type ClassFileProblem,
} from '../../../renderer/src/domain/homework/classFile';
import type { ClassReadResult } from '../../../renderer/src/domain/homework/classOverview';
import type { SaveResult } from '../../shared/contract';
import { MENU_LABELS } from '../menu';
import type { AppStore } from './appStore';
import { writeFileAtomically } from './atomicWrite';
import { bestEffort } from './settingsStore';
import { isTooBroad, readClassFiles } from './classFiles';
import type { Dialogs, FileFilter } from './fileActions';

export interface ClassActionDeps {
  store: AppStore;
  dialogs: Dialogs;
  /** Where dialogs start before the user has saved or opened anything (the Documents folder in the app). */
  defaultFolder: string;
  uiLanguage: () => Language;
  now: () => Date;
  /** The user's home folder: it and everything above it are too broad to read. The real one unless a test says. */
  homeFolder?: string;
}

export type OpenClassFileResult =
  | { kind: 'opened'; content: ClassFileContent; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; fileName: string; problem: ClassFileProblem };

type TextRead = { ok: true; text: string } | { ok: false; problem: ClassFileProblem };

/**
 * A small file's text, or why not. Opened without blocking (a pipe chosen as the file would otherwise wait for a
 * writer for ever), then checked on the open handle: a regular file under `limit` bytes, so a link to a device
 * (`/dev/urandom`) or a huge file is refused before anything is read. At most `limit` + 1 bytes are read.
 */
async function readSmallFile(path: string, limit: number): Promise<TextRead> {
  let handle: FileHandle;
  try {
    // Windows has no O_NONBLOCK, and no such pipes.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return { ok: false, problem: { reason: 'unreadable' } };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, problem: { reason: 'notRegularFile' } };
    if (info.size > limit) return { ok: false, problem: { reason: 'tooLarge' } };
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // Grown since it was measured: read no further than the limit.
    if (length > limit) return { ok: false, problem: { reason: 'tooLarge' } };
    return { ok: true, text: buffer.subarray(0, length).toString('utf8') };
  } catch {
    return { ok: false, problem: { reason: 'unreadable' } };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export function createClassActions(deps: ClassActionDeps) {
  const { store, dialogs } = deps;
  const labels = (): (typeof MENU_LABELS)['nb'] => MENU_LABELS[deps.uiLanguage()];
  const startFolder = (): string => store.getSettings().lastFolder ?? deps.defaultFolder;
  const classFilter = (): FileFilter => ({ name: labels().classFiles, extensions: [CLASS_FILE_EXTENSION] });
  /** The class read in progress, so it can be cancelled (a new read cancels the one before). */
  let classRead: AbortController | null = null;

  return {
    /** Hand-ins for the class overview: several files, or folders (with subfolders). */
    async chooseClassPaths(kind: 'files' | 'folder'): Promise<string[] | null> {
      const options = { defaultPath: startFolder(), filters: [{ name: labels().assessmentFiles, extensions: [FILE_EXTENSION] }] };
      const paths = dialogs.chooseOpenPaths
        ? await dialogs.chooseOpenPaths({ ...options, folders: kind === 'folder' })
        : await dialogs.chooseOpenPath(options).then((p) => (p ? [p] : null));
      if (!paths || paths.length === 0) return null;
      const first = paths[0];
      if (first) bestEffort('last folder', () => store.setLastFolder(kind === 'folder' ? first : dirname(first)));
      return paths;
    },

    async readClassFiles(paths: string[], onProgress: (done: number, total: number) => void): Promise<ClassReadResult> {
      classRead?.abort();
      const controller = new AbortController();
      classRead = controller;
      try {
        return await readClassFiles(paths, onProgress, controller.signal, { homeFolder: deps.homeFolder });
      } finally {
        if (classRead === controller) classRead = null;
      }
    },

    cancelClassRead(): void {
      classRead?.abort();
    },

    /** Save dialog (named after what the teacher typed), then the class file, written atomically. */
    async saveClassFile(suggestedName: string, content: ClassFileContent): Promise<SaveResult> {
      const name = safeFileName(suggestedName, labels().untitled);
      const path = await dialogs.chooseSavePath({
        defaultPath: join(startFolder(), `${name}.${CLASS_FILE_EXTENSION}`),
        filters: [classFilter()],
      });
      if (!path) return { kind: 'cancelled' };
      try {
        await writeFileAtomically(path, serializeClassFile(content, deps.now()));
      } catch {
        return { kind: 'failed', reason: 'writeFailed' };
      }
      bestEffort('last folder', () => store.setLastFolder(dirname(path)));
      return { kind: 'saved', path };
    },

    /** The due date kept on this machine for the class read from `paths` (a class without a class file), or null. */
    classDueDate(paths: string[]): string | null {
      return rememberedDueDate(store.getSettings().classDueDates ?? [], paths);
    },

    /** Keeps (or, with null, forgets) the due date of the class read from `paths`; false when it could not be written. */
    setClassDueDate(paths: string[], dueDate: string | null): boolean {
      try {
        store.setClassDueDates(rememberDueDate(store.getSettings().classDueDates ?? [], paths, dueDate));
        return true;
      } catch {
        return false;
      }
    },

    /** Open dialog, then the class file read and checked; every refusal says why, and nothing is read from its paths. */
    async openClassFile(): Promise<OpenClassFileResult> {
      const path = await dialogs.chooseOpenPath({ defaultPath: startFolder(), filters: [classFilter()] });
      if (!path) return { kind: 'cancelled' };
      const fileName = basename(path);
      const read = await readSmallFile(path, MAX_CLASS_FILE_BYTES);
      if (!read.ok) return { kind: 'failed', fileName, problem: read.problem };
      const parsed = parseClassFile(read.text);
      if (!parsed.ok) return { kind: 'failed', fileName, problem: parsed.problem };
      const broad = parsed.content.paths.find((p) => isTooBroad(p, deps.homeFolder ?? homedir()));
      if (broad !== undefined) return { kind: 'failed', fileName, problem: { reason: 'tooBroad', path: broad } };
      bestEffort('last folder', () => store.setLastFolder(dirname(path)));
      return { kind: 'opened', fileName, content: parsed.content };
    },
  };
}

export type ClassActions = ReturnType<typeof createClassActions>;
