import { join } from 'node:path';
import Conf from 'conf';

/** The file name (without .json) of the store in the user's data folder. */
export const STORE_NAME = 'some-kompass';

/** The JSON file behind the store. electron-store in the app, plain `conf` (its engine) in Node tests. */
export interface StoreBackend {
  readonly path: string;
  read(): unknown;
  /** Rewrites the whole file atomically (temporary file + rename), so a crash never leaves half a file. */
  write(data: object): void;
}

/** Opens the store file in `dir`; throws if the file exists but is not valid JSON. */
export type OpenStoreBackend = (dir: string) => StoreBackend;

/** Where the store file lives in a data folder (the same path electron-store and conf use). */
export const storePath = (dir: string): string => join(dir, `${STORE_NAME}.json`);

/** Options shared by both backends: never clear a file we cannot read, ids are not dot paths. */
export const STORE_OPTIONS = {
  configName: STORE_NAME,
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
} as const;

/** `conf` is what electron-store is built on: same format, same atomic writes, no Electron needed. */
export const openConfBackend: OpenStoreBackend = (dir) => {
  const conf = new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd: dir, projectName: STORE_NAME });
  return {
    path: conf.path,
    read: () => conf.store,
    write: (data) => {
      conf.store = data as Record<string, unknown>;
    },
  };
};
