/**
 * Shared by the end-to-end tests: the texts of `locales/<lng>/<ns>.json` (what the user should see, with i18next's
 * `{{name}}` filled in the simple way the tests need), and temporary folders removed after the file's tests.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
export type Dict = Record<string, unknown>;

export const load = (lng: string, ns: string): Dict => JSON.parse(readFileSync(join(root, 'locales', lng, `${ns}.json`), 'utf8')) as Dict;

export const get = (d: Dict, path: string, values: Record<string, string | number> = {}): string =>
  Object.entries(values).reduce(
    (s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)),
    path.split('.').reduce<unknown>((o, k) => (o as Dict)[k], d) as string,
  );

/** Temporary folders for one test file: `make()` creates one, `removeAll()` (in afterAll) removes them. */
export function tempFolders(prefix: string): { make: () => string; removeAll: () => void } {
  const dirs: string[] = [];
  return {
    make: () => {
      const d = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(d);
      return d;
    },
    removeAll: () => {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}
