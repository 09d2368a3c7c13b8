/**
 * Reading, importing and writing `.somekompass` files on disk. The format itself (and all checking of the
 * content) lives in the pure `domain/fileFormat.ts`; this adds what only the file system can go wrong with:
 * missing files, folders, devices, permissions, sizes, and files that change while we look at them.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { Assessment } from '../../../renderer/src/domain/model/types';
import { idSchema } from '../../../renderer/src/domain/files/schema';
import { MAX_FILE_BYTES, parseAssessmentFile } from '../../../renderer/src/domain/files/fileFormat';
import type { FileError, ParseOutcome } from '../../../renderer/src/domain/files/fileFormat';
import type { AppStore } from './appStore';
import { StoreFull } from './assessmentRepository';
import { AssessmentTooLarge, serializeWithinLimit } from './assessmentSize';
import { writeFailureOf, writeFileAtomically } from './atomicWrite';
import { LIMITS } from '../../../renderer/src/domain/model/limits';

export type ImportOutcome = { ok: true; assessment: Assessment } | { ok: false; error: FileError };

export interface ReadHooks {
  /** Runs after the size check, before the file is opened: lets tests change the file in exactly that gap. */
  afterStat?: () => void | Promise<void>;
}

const failure = (code: FileError['code'], detail: string): ParseOutcome => ({ ok: false, error: { code, detail } });

const errnoCode = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';

/** ENOENT means the file was there when the user chose it and is gone now; anything else means we may not read it. */
function fileSystemFailure(step: 'stat' | 'open' | 'read', error: unknown): ParseOutcome {
  const code = errnoCode(error);
  return failure(code === 'ENOENT' ? 'vanished' : 'unreadable', `${step} failed: ${code}`);
}

const tooLarge = (size: number): ParseOutcome => failure('tooLarge', `${size} bytes or more; the limit is ${MAX_FILE_BYTES} bytes`);

function notRegularFile(info: Stats): ParseOutcome {
  const kind = info.isDirectory()
    ? 'a folder'
    : info.isFIFO()
      ? 'a pipe'
      : info.isSocket()
        ? 'a socket'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
  return failure('unreadable', `the path is ${kind}`);
}

/**
 * Reads and parses one file. The size is checked before anything is read, so a huge file (or a device that never
 * ends) costs nothing; the read itself is capped too, in case the file grows after the check.
 */
export async function readAssessmentFile(path: string, hooks: ReadHooks = {}): Promise<ParseOutcome> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    return fileSystemFailure('stat', error);
  }
  if (!info.isFile()) return notRegularFile(info);
  if (info.size > MAX_FILE_BYTES) return tooLarge(info.size);
  await hooks.afterStat?.();

  let handle: FileHandle;
  try {
    // O_NONBLOCK: should the path have become a pipe since the check, opening returns instead of waiting forever
    // for a writer. Windows has no such flag and no such pipes.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return fileSystemFailure('open', error);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return notRegularFile(opened);
    const bytes = await readAtMost(handle, opened.size, MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
    return parseAssessmentFile(bytes);
  } catch (error) {
    return fileSystemFailure('read', error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads until the end of the file or `limit` bytes, whichever comes first, starting with room for `expected`. */
async function readAtMost(handle: FileHandle, expected: number, limit: number): Promise<Uint8Array> {
  // One byte more than expected, so a file that grew since it was measured is noticed.
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

/** What an import needs of the store: to see whether an id is taken, and to save. */
export type ImportTarget = Pick<AppStore, 'getAssessment' | 'saveAssessment'>;

/**
 * Imports a file as a NEW assessment: the content comes from the file, the id is `newId` and both dates are `now`
 * (the import is when this copy began). Never merges into or replaces an existing assessment; on any failure the
 * store is left exactly as it was.
 */
export async function importAssessmentFile(
  store: ImportTarget,
  path: string,
  newId: string,
  now: Date,
  hooks: ReadHooks = {},
): Promise<ImportOutcome> {
  if (!idSchema.safeParse(newId).success) throw new Error('importAssessmentFile: newId is not a valid assessment id');
  const outcome = await readAssessmentFile(path, hooks);
  if (!outcome.ok) return outcome;
  return storeAsNew(store, outcome.assessment, newId, now);
}

/**
 * Stores an assessment read from a file as a new one (`newId`, both dates `now`). This save is the import's commit
 * point: when it returns ok, the assessment is on disk and in the list, whatever fails after it.
 */
export function storeAsNew(store: ImportTarget, read: Assessment, newId: string, now: Date): ImportOutcome {
  if (!idSchema.safeParse(newId).success) throw new Error('importAssessmentFile: newId is not a valid assessment id');
  // Checked after the read (and with no await before the save): an import must never replace an assessment.
  if (store.getAssessment(newId)) throw new Error('importAssessmentFile: newId is already taken');
  const stamp = now.toISOString();
  const assessment: Assessment = { ...read, id: newId, createdAt: stamp, updatedAt: stamp };
  try {
    store.saveAssessment(assessment);
  } catch (error) {
    // A good file the app could not keep: nothing was added, and the user is told why in words.
    if (error instanceof StoreFull)
      return { ok: false, error: { code: 'storeFull', detail: `the app holds ${LIMITS.assessments} assessments, the most it may` } };
    if (error instanceof AssessmentTooLarge) return { ok: false, error: { code: 'tooLarge', detail: error.message } };
    return { ok: false, error: { code: 'notSaved', detail: `saving failed: ${writeFailureOf(error)}` } };
  }
  return { ok: true, assessment };
}

/**
 * Writes an assessment as a `.somekompass` file, atomically (see `writeFileAtomically`). Refuses a file larger
 * than import accepts (`AssessmentTooLarge`), so every file we write can be read back.
 */
export async function writeAssessmentFile(path: string, assessment: Assessment, appVersion: string, now: Date): Promise<void> {
  await writeFileAtomically(path, serializeWithinLimit(assessment, appVersion, now));
}
