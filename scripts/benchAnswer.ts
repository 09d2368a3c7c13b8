/**
 * Issue 14's figure (printed by `npm run bench`, never asserted): one answer clicked on an area's screen until the
 * change is drawn, in Chromium. The click is the commonest thing a user does, and each one rescored the assessment
 * in several places before the derived result was computed once per change. A complete assessment is open on its
 * first area; the first question's answer alternates between two levels (median of 60 clicks). Each click is timed
 * in the page from the click to the next task, by which React has drawn the change; the autosave (400 ms after the
 * last change) is not in it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, launchApp } from '../tests/e2e/harness';
import { AppStore } from '../electron/main/services/appStore';
import { openConfBackend } from '../electron/main/services/storeBackend';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';
import { QUESTIONS_BY_MODULE } from '../renderer/src/domain/bank';
import { median } from './median';

export async function answerClick(): Promise<{ ms: number; p90: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bench-answer-'));
  new AppStore(dir, openConfBackend).saveAssessment({ ...companyAssessment(COMPANIES[0]!), id: 'bench-answer' });
  const app = await launchApp({ locale: 'nb', dataDir: dir });
  try {
    const { page } = app;
    await page.locator('.row-actions button').first().click();
    await page.locator('.step-nav').waitFor();
    await page.locator('.step-nav button').nth(1).click();
    const first = QUESTIONS_BY_MODULE.strategy.find((q) => q.answer.kind === 'scale')!;
    await page.locator(`input[name="answers.${first.id}"]`).first().waitFor();
    // Plain JavaScript in a string: tsx would wrap named functions in a helper the page does not have.
    const times = await page.evaluate<number[]>(`(async () => {
      const radios = [...document.querySelectorAll('input[name="answers.${first.id}"]')];
      const out = [];
      for (let i = 0; i < 70; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const t0 = performance.now();
        radios[i % 2 === 0 ? 1 : 3].click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        // The first ten warm the page up.
        if (i >= 10) out.push(performance.now() - t0);
      }
      return out;
    })()`);
    const sorted = [...times].sort((a, b) => a - b);
    return { ms: median(times), p90: sorted[Math.floor(sorted.length * 0.9)]! };
  } finally {
    await app.close();
    await closeBrowser();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function answerBench(): Promise<string[]> {
  const r = await answerClick();
  return [`answer click to drawn, one complete assessment: ${r.ms.toFixed(2)} ms median of 60 (90th percentile ${r.p90.toFixed(2)} ms)`];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await answerBench()) console.log(line);
