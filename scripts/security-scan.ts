/**
 * Static security scan with electronegativity (42 checks) over all Electron code (electron/) and the renderer's
 * HTML, where the CSP lives. Any HIGH or MEDIUM finding fails, except manual-review reminders listed in REVIEWED
 * with the reason they are fine. Run: `npm run security-scan`; `npm test` runs it through
 * tests/unit/securityScan.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Checks that flag a pattern for a human to review, with our review. */
export const REVIEWED: Record<string, string> = {
  PRELOAD_JS_CHECK:
    "fires on any preload; ours are sandboxed and never expose ipcRenderer: the app window's exposes exactly AppApi (one invoke per channel), the projector window's exactly ProjectorApi, proven by tests/unit/preload.test.ts",
};

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  manualReview: boolean;
}

export interface ScanResult {
  checks: number;
  errors: number;
  issues: Finding[];
}

export function scan(): ScanResult {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-scan-'));
  try {
    cpSync(join(root, 'electron'), join(dir, 'electron'), { recursive: true });
    cpSync(join(root, 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'));
    const electronVersion = (
      JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
    ).version;
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'electronegativity.cjs'), dir, electronVersion], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return JSON.parse(out) as ScanResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const isSerious = (f: Finding): boolean => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !(f.check in REVIEWED);

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = scan();
  for (const f of result.issues)
    console.log(
      `${f.severity.padEnd(8)} ${f.confidence.padEnd(10)} ${f.check}  ${f.file}:${f.location}${REVIEWED[f.check] ? `  (reviewed: ${REVIEWED[f.check]})` : ''}`,
    );
  const serious = result.issues.filter(isSerious);
  console.log(
    `${result.checks} checks, ${result.errors} parse errors, ${result.issues.length} findings, ${serious.length} HIGH or MEDIUM not reviewed`,
  );
  process.exitCode = serious.length > 0 || result.errors > 0 ? 1 : 0;
}
