/**
 * Speed figures (printed, never asserted): run `npm run bench` (it builds first).
 * 1. Initial JS+CSS of the renderer, KB gzip: what Chromium actually loads until the first screen is there.
 * 2. Navigation to the first interactive screen in Chromium, median of 10 loads.
 * 3. Scoring plus plan generation for one complete assessment, median of 1,000 runs.
 * 4. PDF export of a complete assessment, as the user does it (button, save dialog answered at once, print view,
 *    Chromium's page.pdf with the app's page options, file written), median of 5.
 * 5. Import of one typical .somekompass file into a store on disk, median of 20.
 * 6. Validation of 200 different files (parse, migrate, check), median of 5 rounds.
 * 7. Issue 8's data figures, each beside its floor (benchData.ts): autosave with 50, 500 and 5,000 assessments,
 *    start-up load with 5,000 (with no plan progress kept, and with all of it kept) and the home list with 5,000,
 *    import of 200 files, click "new" to the profile screen.
 * 8. Issue 9's workshop figures (benchWorkshop.ts): aggregation of 12 respondents, the results screen with 12.
 * 9. Issue 10's figures (benchClass.ts): the class overview of 200 hand-ins, the comparison of two rounds.
 * 10. Issue 14's figure (benchAnswer.ts): one answer clicked until the change is drawn.
 * 11. Issue 18's figures (benchPortfolio.ts): the portfolio of 1,000 stored assessments, button to table drawn, with
 *     the plan progress counted before and with nothing kept (main counts it when the screen asks).
 * 12. Issue 18's comparison (benchComparison.ts): "companies like yours" among 1,000 stored assessments.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { closeBrowser, launchApp, RENDERER_INDEX } from '../tests/e2e/harness';
import { scoreAssessment } from '../renderer/src/domain/scoring/scoring';
import { generatePlan } from '../renderer/src/domain/plan/plan';
import { answeredAll, withProfile } from '../tests/unit/fixtures';
import { QUESTIONS } from '../renderer/src/domain/bank';
import type { Assessment } from '../renderer/src/domain/model/types';
import { parseAssessmentFile, serializeAssessmentFile } from '../renderer/src/domain/files/fileFormat';
import { importAssessmentFile } from '../electron/main/services/fileImport';
import { AppStore } from '../electron/main/services/appStore';
import { openConfBackend } from '../electron/main/services/storeBackend';
import { dataBench } from './benchData';
import { workshopBench } from './benchWorkshop';
import { classBench } from './benchClass';
import { answerBench } from './benchAnswer';
import { portfolioBench } from './benchPortfolio';
import { comparisonBench } from './benchComparison';
import { median } from './median';

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
    {
      customerType: 'b2c',
      ageBands: ['18-29'],
      channels: ['facebook', 'instagram', 'tiktok'],
      hoursPerWeek: 3,
      goals: ['sales'],
      adBudget: 'none',
    },
    answeredAll(false),
  );
  for (let i = 0; i < 200; i++) generatePlan(assessment, scoreAssessment(assessment)); // warm up
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    generatePlan(assessment, scoreAssessment(assessment));
    times.push(performance.now() - t0);
  }
  return median(times) * 1000;
}

/** A complete assessment as a small business would leave it: every answer, a few notes, owners on the plan. */
function typicalAssessment(seed = 0): Assessment {
  const base = withProfile(
    {
      companyName: `Bakeri Ærlig ${seed}`,
      respondent: 'Åse',
      customerType: 'b2c',
      size: 'small',
      channels: ['facebook', 'instagram'],
      hoursPerWeek: 4,
      goals: ['sales', 'customerService'],
    },
    answeredAll(seed % 2 === 0),
  );
  const notes = Object.fromEntries(
    QUESTIONS.slice(seed % 10, (seed % 10) + 6).map((q) => [q.id, `Snakk med daglig leder om dette før jul (${seed}). `.repeat(4)]),
  );
  const planEdits = Object.fromEntries(
    generatePlan(base, scoreAssessment(base))
      .active.slice(0, 8)
      .map((p) => [p.action.id, { owner: 'Åse', due: '2026-12-31', status: 'inProgress' as const, note: 'Startet i november.' }]),
  );
  return { ...base, notes, planEdits };
}

async function pdfExport(): Promise<{ ms: number; perRun: number[]; pages: number }> {
  const app = await launchApp({ locale: 'nb' });
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bench-pdf-'));
  try {
    const { page } = app;
    app.store.saveAssessment(typicalAssessment());
    await page.reload();
    await page.getByRole('button', { name: /^(Åpne|Fortsett) / }).click();
    await page.getByRole('button', { name: 'Resultater', exact: true }).click();
    const times: number[] = [];
    let bytes = '';
    for (let i = 0; i < 6; i++) {
      const path = join(dir, `rapport-${i}.pdf`);
      app.dialogAnswers.push(path);
      const t0 = performance.now();
      await page.getByRole('button', { name: 'Lagre rapport som PDF' }).click();
      await page.getByRole('status').filter({ hasText: path }).waitFor();
      // The first run warms Chromium's print path up and is not counted.
      if (i > 0) times.push(performance.now() - t0);
      bytes = readFileSync(path, 'latin1');
    }
    return { ms: median(times), perRun: times, pages: (bytes.match(/\/Type\s*\/Page\b/g) ?? []).length };
  } finally {
    await app.close();
    await closeBrowser();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function importOne(): Promise<{ ms: number; kb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bench-import-'));
  try {
    const file = join(dir, 'typisk.somekompass');
    const text = serializeAssessmentFile(typicalAssessment(), '1.0.0', new Date());
    writeFileSync(file, text);
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const store = new AppStore(mkdtempSync(join(dir, 'store-')), openConfBackend);
      const t0 = performance.now();
      const outcome = await importAssessmentFile(store, file, randomUUID(), new Date());
      if (i > 0) times.push(performance.now() - t0);
      if (!outcome.ok) throw new Error(`bench: the typical file did not import: ${outcome.error.code}`);
    }
    return { ms: median(times), kb: Buffer.byteLength(text) / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function validate200(): number {
  const files = Array.from({ length: 200 }, (_, i) =>
    new TextEncoder().encode(serializeAssessmentFile(typicalAssessment(i), '1.0.0', new Date())),
  );
  const rounds: number[] = [];
  for (let r = 0; r < 6; r++) {
    const t0 = performance.now();
    for (const bytes of files) if (!parseAssessmentFile(bytes).ok) throw new Error('bench: a generated file did not validate');
    if (r > 0) rounds.push(performance.now() - t0);
  }
  return median(rounds);
}

const screen = await firstScreen();
const micro = scoringAndPlan();
const pdf = await pdfExport();
const imported = await importOne();
const validated = validate200();
console.log(`renderer initial JS+CSS: ${screen.kb.toFixed(1)} KB gzip in ${screen.files} files   (target <= 155 KB)`);
console.log(
  `first interactive screen: ${screen.ms.toFixed(0)} ms median of 10 loads   (target <= 150 ms; loads: ${screen.perLoad.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(`scoring + plan, one complete assessment: ${micro.toFixed(0)} µs median of 1,000 runs   (target < 1000 µs)`);
console.log(
  `PDF report of a complete assessment (${pdf.pages} pages): ${pdf.ms.toFixed(0)} ms median of 5   (target < 1500 ms; runs: ${pdf.perRun.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(`import of one typical file (${imported.kb.toFixed(0)} KB): ${imported.ms.toFixed(1)} ms median of 20`);
console.log(`validation of 200 files: ${validated.toFixed(0)} ms median of 5 rounds   (target < 500 ms)`);
for (const l of await dataBench()) console.log(l);
for (const l of await workshopBench()) console.log(l);
for (const l of await classBench()) console.log(l);
for (const l of await answerBench()) console.log(l);
for (const l of await portfolioBench()) console.log(l);
for (const l of comparisonBench()) console.log(l);
