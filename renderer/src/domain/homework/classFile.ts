/**
 * The teacher's saved class (`.somekompass-klasse`): which files and folders hold the hand-ins, and the class list.
 * The hand-ins themselves are read anew each time the class is opened. This is the format only (its schema, the
 * parse with a reason for every refusal, the serialisation); main reads and writes the bytes.
 */
import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { cleanName, nameKey } from '../model/names';
import { isIsoDate } from '../model/dates';

export const CLASS_FILE_EXTENSION = 'somekompass-klasse';
export const CLASS_FILE_FORMAT = 'some-kompass-class';
/**
 * 2 added the due date. A class without one is still written as 1, so an older app opens it as before; one with a
 * due date is written as 2, so an older app says it is from a newer version instead of calling it damaged.
 */
export const CLASS_FILE_SCHEMA_VERSION = 2;
/** More than any class; a folder with more is most likely the wrong folder (a whole disk). */
export const MAX_CLASS_FILES = 2_000;
/** Deep enough for "course/group/student/week"; a folder further down is listed as not read, not walked. */
export const MAX_FOLDER_DEPTH = 8;
/** A class file holds paths and names: a few hundred KB at most. */
export const MAX_CLASS_FILE_BYTES = 2 * 1024 * 1024;
/** The longest path any operating system takes. */
export const MAX_PATH_CHARS = 4096;

/**
 * What a class file holds: the files and folders chosen, the class list (names as the teacher pasted them), and the
 * due date when the teacher set one (an ISO date; hand-ins after that day are marked late).
 */
export interface ClassFileContent {
  paths: string[];
  classList: string[];
  dueDate?: string;
}

/** Why a class file was not opened; `files:class.problems.<reason>` says it to the teacher. */
export type ClassFileProblem =
  | { reason: 'notRegularFile' }
  | { reason: 'tooLarge' }
  | { reason: 'unreadable' }
  | { reason: 'notClassFile' }
  | { reason: 'newerVersion' }
  | { reason: 'invalid' }
  /** A path that would walk a whole disk or a home folder (`/`, `C:\`, the user's own folder). */
  | { reason: 'tooBroad'; path: string }
  /** A path that is not absolute: the app never wrote it, and it would be read from wherever the app runs. */
  | { reason: 'relativePath'; path: string };

export type ClassFileParse = { ok: true; content: ClassFileContent } | { ok: false; problem: ClassFileProblem };

export const classFileContentSchema = z.strictObject({
  paths: z.array(z.string().min(1).max(MAX_PATH_CHARS)).max(MAX_CLASS_FILES),
  classList: z.array(z.string().max(LIMITS.name)).max(MAX_CLASS_FILES),
  dueDate: z.string().max(10).refine(isIsoDate).optional(),
});

const classFileSchema = classFileContentSchema.extend({
  format: z.literal(CLASS_FILE_FORMAT),
  schemaVersion: z.union([z.literal(1), z.literal(CLASS_FILE_SCHEMA_VERSION)]),
  savedAt: z.string().max(40),
});

/** A path with `.` and `..` worked out and its separators made `/`, without asking any file system. */
function normalised(path: string): string {
  const unified = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:/.exec(unified)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of unified.slice(drive.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `${drive}/${parts.join('/')}`;
}

/** `/`, `C:\`, `\\?\C:\` and the like, also written `/tmp/..`: reading everything under it walks a whole disk. */
export function isDiskRoot(path: string): boolean {
  const plain = path.replace(/^[\\/]{2}[?.][\\/]/, '');
  return /^([A-Za-z]:)?\/$/.test(normalised(plain));
}

/** Absolute on any system the app runs on: `/…`, `C:\…`, or a network path (refused later, but never relative). */
export const isAbsolutePath = (path: string): boolean => /^([\\/]|[A-Za-z]:[\\/])/.test(path);

/** A pasted class list (or one read from a class file): one name a line, names cleaned, blank lines and repeats dropped. */
export function parseClassList(text: string): string[] {
  return uniqueNames(text.split(/\r?\n/));
}

function uniqueNames(lines: ReadonlyArray<string>): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of lines) {
    const name = cleanName(line);
    if (!name || seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    names.push(name);
  }
  return names;
}

/** Reads a class file's text; every refusal says why. Paths that would walk a whole disk are refused here. */
export function parseClassFile(text: string): ClassFileParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'notClassFile' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== CLASS_FILE_FORMAT)
    return { ok: false, problem: { reason: 'notClassFile' } };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > CLASS_FILE_SCHEMA_VERSION) return { ok: false, problem: { reason: 'newerVersion' } };
  const parsed = classFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: { reason: 'invalid' } };
  for (const path of parsed.data.paths) {
    if (!isAbsolutePath(path)) return { ok: false, problem: { reason: 'relativePath', path } };
    if (isDiskRoot(path)) return { ok: false, problem: { reason: 'tooBroad', path } };
  }
  const { dueDate } = parsed.data;
  return {
    ok: true,
    content: { paths: [...new Set(parsed.data.paths)], classList: uniqueNames(parsed.data.classList), ...(dueDate ? { dueDate } : {}) },
  };
}

/** A class's due date kept on this machine, for a class not saved as a class file: its chosen paths and the date. */
export interface RememberedDueDate {
  paths: string[];
  dueDate: string;
}
/** Due dates of the last classes looked at; older ones are forgotten. */
export const MAX_REMEMBERED_DUE_DATES = 20;

export const rememberedDueDatesSchema = z
  .array(z.strictObject({ paths: classFileContentSchema.shape.paths.min(1), dueDate: z.string().max(10).refine(isIsoDate) }))
  .max(MAX_REMEMBERED_DUE_DATES);

/** The same class: the same files and folders, in any order. */
function sameClass(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((p) => set.has(p));
}

/** The due date remembered for the class read from `paths`, or null. */
export function rememberedDueDate(remembered: ReadonlyArray<RememberedDueDate>, paths: ReadonlyArray<string>): string | null {
  return remembered.find((r) => sameClass(r.paths, paths))?.dueDate ?? null;
}

/** The list with this class's due date first (or without it, when cleared), at most MAX_REMEMBERED_DUE_DATES long. */
export function rememberDueDate(
  remembered: ReadonlyArray<RememberedDueDate>,
  paths: ReadonlyArray<string>,
  dueDate: string | null,
): RememberedDueDate[] {
  const others = remembered.filter((r) => !sameClass(r.paths, paths));
  return (dueDate && paths.length > 0 ? [{ paths: [...paths], dueDate }, ...others] : others).slice(0, MAX_REMEMBERED_DUE_DATES);
}

/** The class file's text, as `parseClassFile` reads it back. */
export function serializeClassFile(content: ClassFileContent, savedAt: Date): string {
  const file = {
    format: CLASS_FILE_FORMAT,
    schemaVersion: content.dueDate ? CLASS_FILE_SCHEMA_VERSION : 1,
    savedAt: savedAt.toISOString(),
    paths: content.paths,
    classList: content.classList,
    ...(content.dueDate ? { dueDate: content.dueDate } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
