/**
 * Issue 9's figures, each beside its target (printed by `npm run bench`, never asserted):
 * - aggregation of a 12-respondent workshop: the team's answers, every question's spread and "to discuss", which
 *   the app redoes on every change in a workshop (median of 1,000 runs);
 * - the workshop's results screen with 12 respondents, everything revealed: click on "Resultater" until the
 *   respondents' score table is drawn, in Chromium (median of 10).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeBrowser, launchApp } from '../tests/e2e/harness';
import { AppStore } from '../electron/main/services/appStore';
import { openConfBackend } from '../electron/main/services/storeBackend';
import { QUESTIONS } from '../renderer/src/domain/bank';
import { changeWorkshop, reveal, setConsensus, workshopSpreads, workshopToDiscuss } from '../renderer/src/domain/workshop/workshop';
import { sampleWorkshop } from '../tests/fixtures/workshops';
import { median } from './median';

function aggregation(): number {
  const a = sampleWorkshop(12);
  const q = QUESTIONS[0]!;
  const once = (i: number): number => {
    const changed = changeWorkshop(a, (w) => setConsensus(w, q.id, { kind: 'scale', level: (i % 5) as 0 | 1 | 2 | 3 | 4 }));
    return workshopSpreads(changed.workshop!).length + workshopToDiscuss(changed.workshop!).length;
  };
  for (let i = 0; i < 200; i++) once(i);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    once(i);
    times.push(performance.now() - t0);
  }
  return median(times) * 1000;
}

async function resultsScreen(): Promise<{ ms: number; runs: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bench-workshop-'));
  const workshop = changeWorkshop(sampleWorkshop(12), (w) =>
    reveal(
      w,
      QUESTIONS.map((q) => q.id),
    ),
  );
  new AppStore(dir, openConfBackend).saveAssessment(workshop);
  const app = await launchApp({ locale: 'nb', dataDir: dir });
  try {
    const { page } = app;
    await page.locator('.row-actions button').first().click();
    await page.locator('.workshop').waitFor();
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      await page.getByRole('button', { name: 'Deltakere', exact: true }).click();
      await page.locator('.workshop').waitFor();
      const t0 = performance.now();
      await page.getByRole('button', { name: 'Resultater', exact: true }).click();
      await page.locator('.results .scores-table').waitFor();
      if (i > 0) times.push(performance.now() - t0);
    }
    return { ms: median(times), runs: times };
  } finally {
    await app.close();
    await closeBrowser();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function workshopBench(): Promise<string[]> {
  const micro = aggregation();
  const screen = await resultsScreen();
  return [
    `workshop aggregation, 12 respondents (team answers, spreads, to discuss): ${micro.toFixed(0)} µs median of 1,000 runs   (target < 2000 µs)`,
    `workshop results screen, 12 respondents, click to drawn: ${screen.ms.toFixed(0)} ms median of 10   (target < 300 ms; runs: ${screen.runs.map((t) => t.toFixed(0)).join(', ')})`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await workshopBench()) console.log(line);
