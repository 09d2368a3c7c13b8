/**
 * Speed figures (printed, never asserted): run `npm run bench` (it builds first).
 * 1. Initial JS+CSS of the renderer, KB gzip: what Chromium actually loads until the first screen is there.
 * 2. Navigation to the first interactive screen in Chromium, median of 10 loads.
 * 3. Scoring plus plan generation for one complete assessment, median of 1,000 runs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { closeBrowser, launchApp, RENDERER_INDEX } from '../tests/e2e/harness';
import { scoreAssessment } from '../renderer/src/domain/scoring';
import { generatePlan } from '../renderer/src/domain/plan';
import { answeredAll, withProfile } from '../tests/unit/fixtures';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function firstScreen(): Promise<{ kb: number; files: number; ms: number; perLoad: number[] }> {
  const app = await launchApp({ locale: 'nb' });
  try {
    const { page } = app;
    const url = pathToFileURL(RENDERER_INDEX).toString();
    // What the first screen loads: every JS and CSS file requested on the way to the home screen's heading.
    const assets = [...new Set(app.requests.filter((u) => /\.(js|css)$/.test(u)))];
    const bytes = assets.reduce((sum, u) => sum + gzipSync(readFileSync(fileURLToPath(u)), { level: 9 }).length, 0);
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await page.goto(url);
      await page.getByRole('button', { name: /Ny vurdering/ }).waitFor({ state: 'visible' });
      times.push(performance.now() - t0);
    }
    return { kb: bytes / 1024, files: assets.length, ms: median(times), perLoad: times };
  } finally {
    await app.close();
    await closeBrowser();
  }
}

function scoringAndPlan(): number {
  const assessment = withProfile(
    { customerType: 'b2c', ageBands: ['18-29'], channels: ['facebook', 'instagram', 'tiktok'], hoursPerWeek: 3, goals: ['sales'], adBudget: 'none' },
    answeredAll(false),
  );
  for (let i = 0; i < 200; i++) generatePlan(assessment, scoreAssessment(assessment.answers)); // warm up
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    generatePlan(assessment, scoreAssessment(assessment.answers));
    times.push(performance.now() - t0);
  }
  return median(times) * 1000;
}

const screen = await firstScreen();
const micro = scoringAndPlan();
console.log(`renderer initial JS+CSS: ${screen.kb.toFixed(1)} KB gzip in ${screen.files} files   (target <= 155 KB)`);
console.log(`first interactive screen: ${screen.ms.toFixed(0)} ms median of 10 loads   (target <= 150 ms; loads: ${screen.perLoad.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`scoring + plan, one complete assessment: ${micro.toFixed(0)} µs median of 1,000 runs   (target < 1000 µs)`);
