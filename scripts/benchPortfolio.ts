/**
 * Issue 18's portfolio figure, beside its floor (printed by `npm run bench`, never asserted): 1,000 stored
 * assessments: 800 companies, 200 of them with a second round (so rows come from series too), from the button on home
 * to the portfolio's 800 rows drawn, in Chromium with the real store (median of 5 after one warm-up). The floor is
 * the same way to the same screen with nothing stored: the screen's code, texts and navigation, without the rows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeBrowser, launchApp } from '../tests/e2e/harness';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';
import { serializeAssessmentFile } from '../renderer/src/domain/files/fileFormat';
import { confirmCarriedOver, startFollowUp } from '../renderer/src/domain/rounds/rounds';
import { QUESTIONS } from '../renderer/src/domain/bank';
import type { Assessment } from '../renderer/src/domain/model/types';
import { median } from './median';

const COMPANIES_STORED = 800;
/** Companies with a second round: 800 + 200 = 1,000 assessments. */
const WITH_SECOND_ROUND = 200;

/** A data folder with the assessment files, as the app stores them. */
function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bench-portfolio-'));
  mkdirSync(join(dir, 'assessments'));
  const all = QUESTIONS.map((q) => q.id);
  for (let i = 0; i < COMPANIES_STORED; i++) {
    const c = COMPANIES[i % COMPANIES.length]!;
    let round: Assessment = { ...companyAssessment(c), id: `bench-${i}-1` };
    round = { ...round, profile: { ...round.profile, companyName: `${round.profile.companyName} ${i + 1}` } };
    for (let r = 1; r <= (i < WITH_SECOND_ROUND ? 2 : 1); r++) {
      if (r > 1) round = confirmCarriedOver(startFollowUp(round, `bench-${i}-${r}`, `2026-0${r}-01T09:00:00.000Z`), all);
      writeFileSync(join(dir, 'assessments', `${round.id}.json`), serializeAssessmentFile(round, '1.0.0', new Date()));
    }
  }
  return dir;
}

/** From the home screen's button to `ready` drawn, median of 5 after a warm-up; a fresh page each time. */
async function measure(dataDir: string, ready: string): Promise<{ ms: number; runs: number[] }> {
  const app = await launchApp({ locale: 'nb', dataDir });
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      await app.page.reload();
      const button = app.page.getByRole('button', { name: 'Kundeoversikt', exact: true });
      await button.waitFor();
      const t0 = performance.now();
      await button.click();
      await app.page.locator(ready).waitFor();
      if (i > 0) times.push(performance.now() - t0);
    }
    return { ms: median(times), runs: times };
  } finally {
    await app.close();
  }
}

export async function portfolioBench(): Promise<string[]> {
  const full = dataFolder();
  const empty = mkdtempSync(join(tmpdir(), 'some-kompass-bench-portfolio-empty-'));
  try {
    const drawn = await measure(full, `.portfolio-table tbody tr:nth-child(${COMPANIES_STORED})`);
    const floor = await measure(empty, '.portfolio .empty');
    return [
      `portfolio of ${COMPANIES_STORED + WITH_SECOND_ROUND} stored assessments (${COMPANIES_STORED} companies, ${WITH_SECOND_ROUND} with two rounds), button to table drawn: ${drawn.ms.toFixed(0)} ms median of 5 (floor ${floor.ms.toFixed(0)} ms; target < 1000 ms; runs: ${drawn.runs.map((t) => t.toFixed(0)).join(', ')})`,
    ];
  } finally {
    await closeBrowser();
    rmSync(full, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await portfolioBench()) console.log(line);
