/** Runs tests/fixtures/save-forever.ts as a child process and kills it with SIGKILL (durability tests). */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const CHILD = resolve(import.meta.dirname, '..', 'fixtures', 'save-forever.ts');
const TSX = resolve(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'loader.mjs');

/**
 * Runs the child and kills it with SIGKILL: `ms` after its first line when saving (so it is killed mid-save, not
 * while Node starts), `ms` after the start when opening. Returns every line it printed.
 */
export async function killAfter(mode: 'save' | 'open', dir: string, ms: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', TSX, CHILD, mode, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  const started = new Promise<void>((r) => {
    if (mode === 'open') r();
    child.stdout.once('data', () => r());
  });
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  await Promise.race([started.then(() => new Promise((r) => setTimeout(r, ms))), exited]);
  child.kill('SIGKILL');
  await exited;
  return out.split('\n').filter(Boolean);
}

/** A deterministic sequence of delays, so a failure can be reproduced. */
export const delays = (n: number, seed: number, max: number): number[] => {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % max;
  });
};
