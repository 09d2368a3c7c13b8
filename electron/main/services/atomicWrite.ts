import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system calls the writer makes, so tests can inject short writes, a full disk, a read-only disk or a
 * crash between write and rename. The real ones are Node's synchronous calls.
 */
export interface WriterFs {
  openSync(path: string, flags: string): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
  /** Flushes a folder's entry list, so a rename survives a power cut. Not possible everywhere (Windows). */
  fsyncDir(path: string): void;
}

export const nodeWriterFs: WriterFs = {
  openSync: (path, flags) => fs.openSync(path, flags),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (path, options) => fs.rmSync(path, options),
  fsyncDir: (path) => {
    let fd: number | null = null;
    try {
      fd = fs.openSync(path, 'r');
      fs.fsyncSync(fd);
    } catch {
      // Windows cannot open a folder for fsync; its renames are durable through the file's own flush.
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
  },
};

/** A write that stored fewer bytes than asked and then nothing more: the disk is full or failing. */
export class ShortWrite extends Error {
  readonly code = 'ENOSPC';
  constructor(written: number, total: number) {
    super(`Only ${written} of ${total} bytes could be written`);
    this.name = 'ShortWrite';
  }
}

/** Temporary files are named `.<target>.<pid>-<random>.tmp` beside the target, so start-up can find and remove them. */
export const isTemporaryFile = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/**
 * Writes a file so that it is either the old content or the whole new content, whatever happens: every byte is
 * written to a temporary file in the same folder (looping over short writes; a write that stores nothing is an
 * error), the file is flushed to disk, renamed over `path`, and the folder is flushed. On any failure the temporary
 * file is removed and the error is thrown: a failed save never looks like a saved one.
 */
export function writeFileDurably(path: string, content: Uint8Array | string, io: WriterFs = nodeWriterFs): void {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = io.openSync(temp, 'wx');
    let written = 0;
    while (written < bytes.length) {
      const n = io.writeSync(fd, bytes, written, bytes.length - written);
      if (n <= 0) throw new ShortWrite(written, bytes.length);
      written += n;
    }
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = null;
    io.renameSync(temp, path);
  } catch (error) {
    if (fd !== null) {
      try {
        io.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    try {
      io.rmSync(temp, { force: true });
    } catch {
      // Start-up removes temporary files left behind.
    }
    throw error;
  }
  io.fsyncDir(dirname(path));
}

/** The same, for files the user saves through a dialog (exports); async so a large file does not block. */
export async function writeFileAtomically(path: string, content: Uint8Array | string): Promise<void> {
  await Promise.resolve();
  writeFileDurably(path, content);
}

/** Why a write failed, in the words the UI has for it. */
export type WriteFailure = 'diskFull' | 'readOnly' | 'noPermission' | 'failed';

export function writeFailureOf(error: unknown): WriteFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull';
  if (code === 'EROFS') return 'readOnly';
  if (code === 'EACCES' || code === 'EPERM') return 'noPermission';
  return 'failed';
}
