/**
 * Issue 18's portfolio figures, beside their floor (printed by `npm run bench`, never asserted): 1,000 stored
 * assessments: 800 companies, 200 of them with a second round (so rows come from series too), from the button on home
 * to the portfolio's 800 rows drawn with every plan's progress, in Chromium with the real store. Counted: the plan
 * progress was counted before (at this start or kept from an earlier one; median of 5 after one warm-up). Nothing
 * kept: the first visit after a start with no plan-progress.json (a new app version), where main counts each row's
 * progress when the screen asks (median of 5 fresh starts). The floor is the same way to the same screen with nothing
 * stored: the screen's code, texts and navigation, without the rows.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from '../tests/e2e/harness';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';
import { serializeAssessmentFile } from '../renderer/src/domain/files/fileFormat';
import { confirmCarriedOver, startFollowUp } from '../renderer/src/domain/rounds/rounds';
import { QUESTIONS } from '../renderer/src/domain/bank';
import type { Assessment } from '../renderer/src/domain/model/types';
import { PLAN_PROGRESS_FILE } from '../electron/main/services/planProgressCache';
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

/** What a progress cell says until main has counted it: the table is drawn only when no cell says it. */
const UNCOUNTED_TEXT = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'locales', 'nb', 'portfolio.json'), 'utf8')) as { uncounted: string }
).uncounted;

/** Waits until `rows` rows are drawn (0: the empty screen) and none of them waits for its plan's count. */
async function drawn(page: Page, rows: number): Promise<void> {
  // Polled at every frame, as the rows are below: a locator's wait polls at growing intervals and would add to the floor.
  if (rows === 0)
    return void (await page.waitForFunction(() => document.querySelector('.portfolio .empty') !== null, undefined, { polling: 'raf' }));
  await page.waitForFunction(
    ([count, uncounted]) => {
      const cells = [...document.querySelectorAll('.portfolio-table tbody tr td:last-child')];
      return cells.length === count && cells.every((c) => c.textContent !== uncounted);
    },
    [rows, UNCOUNTED_TEXT] as const,
    { polling: 'raf' },
  );
}

/** From the home screen's button to the screen drawn, on a page that is already up. */
async function visit(page: Page, rows: number): Promise<number> {
  const button = page.getByRole('button', { name: 'Kundeoversikt', exact: true });
  await button.waitFor();
  const t0 = performance.now();
  await button.click();
  await drawn(page, rows);
  return performance.now() - t0;
}

/** Median of 5 after a warm-up, a fresh page each time: the progress is counted at the warm-up at the latest. */
async function measure(dataDir: string, rows: number): Promise<{ ms: number; runs: number[] }> {
  const app = await launchApp({ locale: 'nb', dataDir });
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      await app.page.reload();
      const ms = await visit(app.page, rows);
      if (i > 0) times.push(ms);
    }
    return { ms: median(times), runs: times };
  } finally {
    await app.close();
  }
}

/** Median of 5 first visits, each after a fresh start with no plan progress kept: main counts when the screen asks. */
async function measureNothingKept(dataDir: string, rows: number): Promise<{ ms: number; runs: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    rmSync(join(dataDir, PLAN_PROGRESS_FILE), { force: true });
    const app = await launchApp({ locale: 'nb', dataDir });
    try {
      times.push(await visit(app.page, rows));
    } finally {
      await app.close();
    }
  }
  return { ms: median(times), runs: times };
}

export async function portfolioBench(): Promise<string[]> {
  const full = dataFolder();
  const empty = mkdtempSync(join(tmpdir(), 'some-kompass-bench-portfolio-empty-'));
  try {
    const cold = await measureNothingKept(full, COMPANIES_STORED);
    const counted = await measure(full, COMPANIES_STORED);
    const floor = await measure(empty, 0);
    const runs = (r: { runs: number[] }): string => r.runs.map((t) => t.toFixed(0)).join(', ');
    const what = `portfolio of ${COMPANIES_STORED + WITH_SECOND_ROUND} stored assessments (${COMPANIES_STORED} companies, ${WITH_SECOND_ROUND} with two rounds), button to table drawn with every progress`;
    return [
      `${what}, progress counted before: ${counted.ms.toFixed(0)} ms median of 5 (floor ${floor.ms.toFixed(0)} ms; target < 1000 ms; runs: ${runs(counted)})`,
      `${what}, nothing kept (first visit after a new version's start, main counts ${COMPANIES_STORED}): ${cold.ms.toFixed(0)} ms median of 5 (floor ${floor.ms.toFixed(0)} ms; target < 1000 ms; runs: ${runs(cold)})`,
    ];
  } finally {
    await closeBrowser();
    rmSync(full, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await portfolioBench()) console.log(line);
