/**
 * Issue 10's figures, each beside its target (printed by `npm run bench`, never asserted):
 * - the class overview of 200 hand-ins: from choosing the folder to the rendered overview, in Chromium with the
 *   real main-process reading (median of 5 after one warm-up);
 * - comparison of two rounds of a complete assessment (median of 1,000 runs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeBrowser, launchApp } from '../tests/e2e/harness';
import { writeClass } from '../tests/fixtures/classroom';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';
import { compareRounds, startFollowUp } from '../renderer/src/domain/rounds/rounds';
import { median } from './median';

async function classOverview(): Promise<{ ms: number; runs: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bench-class-'));
  const cls = writeClass(join(dir, 'klasse'), 200);
  const app = await launchApp({ locale: 'nb', dataDir: join(dir, 'data') });
  try {
    const { page } = app;
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      // A fresh overview each time, so the previous run's table cannot be mistaken for this one's.
      await page.reload();
      await page.getByRole('button', { name: 'Klasseoversikt', exact: true }).click();
      await page.getByRole('button', { name: 'Velg mappe …', exact: true }).waitFor();
      app.dialogAnswers.push([cls.folder]);
      const t0 = performance.now();
      await page.getByRole('button', { name: 'Velg mappe …', exact: true }).click();
      await page.locator('.class-matrix tbody tr').nth(199).waitFor();
      await page.locator('.class-stats').waitFor();
      if (i > 0) times.push(performance.now() - t0);
    }
    return { ms: median(times), runs: times };
  } finally {
    await app.close();
    await closeBrowser();
    rmSync(dir, { recursive: true, force: true });
  }
}

function roundComparison(): number {
  const first = companyAssessment(COMPANIES[0]!);
  const second = startFollowUp(first, 'r2', '2027-05-30T09:00:00.000Z');
  for (let i = 0; i < 200; i++) compareRounds(first, second);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    compareRounds(first, second);
    times.push(performance.now() - t0);
  }
  return median(times) * 1000;
}

export async function classBench(): Promise<string[]> {
  const overview = await classOverview();
  const compare = roundComparison();
  return [
    `class overview of 200 hand-ins, folder chosen to overview drawn: ${overview.ms.toFixed(0)} ms median of 5   (target < 2000 ms; runs: ${overview.runs.map((t) => t.toFixed(0)).join(', ')})`,
    `comparison of two rounds: ${compare.toFixed(0)} µs median of 1,000 runs   (target < 1000 µs)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await classBench()) console.log(line);
