/**
 * What is stored in a data folder, read straight from the files: the assessments (one file each, in
 * `assessments/`) and a snapshot of every file's bytes, to show that a failed action changed nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import type { Assessment } from '../../renderer/src/domain/model/types';

export function storedAssessments(dataDir: string): Assessment[] {
  const folder = join(dataDir, 'assessments');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .sort()
    .map((f) => {
      const parsed = parseAssessmentFile(readFileSync(join(folder, f)));
      if (!parsed.ok) throw new Error(`${f} does not parse: ${parsed.error.code} ${parsed.error.detail}`);
      return parsed.assessment;
    });
}

/** Every file under the folder (backups excluded) with its bytes, by relative path. */
export function snapshot(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(dataDir, path);
      if (rel === 'backups') continue;
      if (statSync(path).isDirectory()) walk(path);
      else out[rel] = readFileSync(path).toString('base64');
    }
  };
  walk(dataDir);
  return out;
}
