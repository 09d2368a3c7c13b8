/**
 * Reading a class's hand-ins for the teacher's overview: files and whole folders (with subfolders), each file read
 * and checked like an import but never stored. Reads a few files at a time, reports progress after each, and stops
 * when cancelled, so 500 files keep the window responsive and can be called off. Nothing under the chosen paths is
 * dropped without a word: what is not read (a link, a folder too deep or locked, a whole disk) is listed with why.
 */
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { FILE_EXTENSION } from '../../../renderer/src/domain/files/fileFormatBasics';
import { isDiskRoot, MAX_CLASS_FILES, MAX_FOLDER_DEPTH } from '../../../renderer/src/domain/homework/classFile';
import type { ClassFile, ClassReadResult, NotRead, NotReadReason } from '../../../renderer/src/domain/homework/classOverview';
import { readAssessmentFile } from './fileImport';
import { isUncPath } from '../openFiles';

export { MAX_CLASS_FILES };
/** Files read at the same time. */
const PARALLEL = 8;

const isOurs = (path: string): boolean => path.toLowerCase().endsWith(`.${FILE_EXTENSION}`);

/**
 * A path whose walk would read a whole disk or every user's files: a disk's root, the home folder, or a folder
 * above it (`/home`, `C:\Users`).
 */
export function isTooBroad(path: string, homeFolder: string): boolean {
  if (isDiskRoot(path)) return true;
  const absolute = resolve(path);
  if (isDiskRoot(absolute)) return true;
  const fromHere = relative(absolute, resolve(homeFolder));
  return fromHere === '' || (!fromHere.startsWith('..') && !isAbsolute(fromHere));
}

/** The paths to read under the chosen ones, what was not read and why, and how many other files were passed over. */
interface Expanded {
  files: string[];
  notRead: NotRead[];
  skipped: number;
}

/** Every hand-in under the chosen paths: files as they are, folders walked. */
async function expand(paths: ReadonlyArray<string>, signal: AbortSignal, homeFolder: string): Promise<Expanded> {
  const found = new Set<string>();
  const notRead: NotRead[] = [];
  let skipped = 0;
  let full = false;
  const pass = (path: string, reason: NotReadReason): void => {
    // The list is for reading: past the cap (a folder of 10,000 links), the rest are only counted.
    if (notRead.length < MAX_CLASS_FILES) notRead.push({ path, reason });
    else skipped += 1;
  };
  const add = (path: string, folder: string): void => {
    if (found.size < MAX_CLASS_FILES) found.add(path);
    else if (!full) {
      full = true;
      pass(folder, 'tooMany');
    }
  };

  const walk = async (dir: string, depth: number): Promise<void> => {
    if (signal.aborted || full) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return pass(dir, 'folderUnreadable');
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isSymbolicLink()) pass(path, 'link');
      else if (e.isDirectory()) {
        if (depth < MAX_FOLDER_DEPTH) await walk(path, depth + 1);
        else pass(path, 'tooDeep');
      } else if (!isOurs(path)) skipped += 1;
      else if (e.isFile()) add(path, dir);
      else pass(path, 'notRegularFile');
    }
  };

  for (const path of paths) {
    if (!isAbsolute(path)) pass(path, 'relativePath');
    else if (isUncPath(path)) pass(path, 'network');
    else if (isTooBroad(path, homeFolder)) pass(path, 'tooBroad');
    else {
      let info: Stats;
      try {
        info = await stat(path);
      } catch {
        // A chosen hand-in that has gone is read anyway, so the overview says it vanished, like any bad file.
        if (isOurs(path)) add(path, path);
        else pass(path, 'missing');
        continue;
      }
      if (info.isDirectory()) await walk(path, 0);
      else if (isOurs(path)) add(path, path);
      else skipped += 1;
    }
  }
  return { files: [...found], notRead, skipped };
}

/** Reads and checks every .somekompass file under `paths`; `onProgress(done, total)` after each file. */
export async function readClassFiles(
  paths: ReadonlyArray<string>,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
  options: { homeFolder?: string } = {},
): Promise<ClassReadResult> {
  const { files: list, notRead, skipped } = await expand(paths, signal, options.homeFolder ?? homedir());
  const files: ClassFile[] = new Array<ClassFile>(list.length);
  let next = 0;
  let done = 0;
  onProgress(0, list.length);
  const worker = async (): Promise<void> => {
    while (!signal.aborted) {
      const i = next++;
      const path = list[i];
      if (path === undefined) return;
      const outcome = await readAssessmentFile(path);
      files[i] = outcome.ok
        ? { path, fileName: basename(path), ok: true, assessment: outcome.assessment }
        : { path, fileName: basename(path), ok: false, error: outcome.error };
      done += 1;
      onProgress(done, list.length);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { files: files.filter((f): f is ClassFile => f !== undefined), notRead, skipped, cancelled: signal.aborted };
}
