/**
 * Reading a class's hand-ins for the teacher's overview (issue 10): files and whole folders (with subfolders), each
 * file read and checked like an import but never stored. Reads a few files at a time, reports progress after each,
 * and stops when cancelled, so 500 files keep the window responsive and can be called off.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { FILE_EXTENSION } from '../../../renderer/src/domain/files/fileFormatBasics';
import type { ClassFile } from '../../../renderer/src/domain/homework/classOverview';
import { readAssessmentFile } from './fileImport';
import { isUncPath } from '../openFiles';

/** More than any class; a folder with more is most likely the wrong folder (a whole disk). */
export const MAX_CLASS_FILES = 2_000;
/** Deep enough for "course/group/student/week"; a symbolic link loop cannot send the walk on for ever. */
const MAX_DEPTH = 8;
const PARALLEL = 8;

export interface ClassReadResult {
  files: ClassFile[];
  /** Files that are not .somekompass files (and any beyond MAX_CLASS_FILES), not read. */
  skipped: number;
  cancelled: boolean;
}

const isOurs = (path: string): boolean => path.toLowerCase().endsWith(`.${FILE_EXTENSION}`);

/** Every file under the chosen paths: files as they are, folders walked (symbolic links are not followed). */
async function expand(paths: ReadonlyArray<string>, signal: AbortSignal): Promise<{ files: string[]; skipped: number }> {
  const files: string[] = [];
  let skipped = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || signal.aborted) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile()) {
        if (isOurs(path)) files.push(path);
        else skipped += 1;
      }
    }
  };
  for (const path of paths) {
    if (!isAbsolute(path) || isUncPath(path)) continue;
    let info;
    try {
      info = await stat(path);
    } catch {
      // A chosen file that has gone: read it anyway, so the overview says it vanished.
      if (isOurs(path)) files.push(path);
      continue;
    }
    if (info.isDirectory()) await walk(path, 0);
    else if (isOurs(path)) files.push(path);
    else skipped += 1;
  }
  const unique = [...new Set(files)];
  return { files: unique.slice(0, MAX_CLASS_FILES), skipped: skipped + Math.max(0, unique.length - MAX_CLASS_FILES) };
}

/** Reads and checks every .somekompass file under `paths`; `onProgress(done, total)` after each file. */
export async function readClassFiles(
  paths: ReadonlyArray<string>,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ClassReadResult> {
  const { files: list, skipped } = await expand(paths, signal);
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
  return { files: files.filter((f): f is ClassFile => f !== undefined), skipped, cancelled: signal.aborted };
}
