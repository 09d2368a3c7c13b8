import { join } from 'node:path';
import Conf from 'conf';
import { nodeWriterFs, writeFileDurably, type WriterFs } from './atomicWrite';

/** The file name (without .json) of the store in the user's data folder. */
export const STORE_NAME = 'some-kompass';

/**
 * The settings file. electron-store in the app, plain `conf` (its engine) in Node tests, open and read it; our own
 * durable writer writes it. (conf writes through `atomically`, which on a full disk renames a cut-short temporary
 * file over the store: measured, 7 of 14 free-space levels left a settings file that no longer parsed.)
 */
export interface StoreBackend {
  readonly path: string;
  read(): unknown;
  /** Rewrites the whole file durably: the old content or the whole new one, whatever happens; throws when it fails. */
  write(data: object): void;
}

/** Opens the store file in `dir`, writing through `io`; throws if the file exists but is not valid JSON. */
export type OpenStoreBackend = (dir: string, io?: WriterFs) => StoreBackend;

/** Where the store file lives in a data folder (the same path electron-store and conf use). */
export const storePath = (dir: string): string => join(dir, `${STORE_NAME}.json`);

/** Options shared by both backends: never clear a file we cannot read, ids are not dot paths. */
export const STORE_OPTIONS = {
  configName: STORE_NAME,
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
} as const;

/** A backend over a file that electron-store or conf opened: read through them, written by our durable writer. */
export function durableBackend(store: { readonly path: string; readonly store: unknown }, io: WriterFs = nodeWriterFs): StoreBackend {
  return {
    path: store.path,
    read: () => store.store,
    // The same text conf writes (tab-indented JSON), so either can read what the other wrote.
    write: (data) => writeFileDurably(store.path, JSON.stringify(data, undefined, '\t'), io),
  };
}

/** `conf` is what electron-store is built on: same format, no Electron needed. */
export const openConfBackend: OpenStoreBackend = (dir, io) =>
  durableBackend(new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd: dir, projectName: STORE_NAME }), io);
