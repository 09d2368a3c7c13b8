/**
 * Issue 16, points 2 and 3, by keyboard in nb and sv: what of each person leaves the app, and in what order.
 * Anonymous: the facilitator ticks "include each participant's answers"; the CSV and the PDF carry them under
 * "Person A, B …" in one order that is not the order people joined, the same in both, and the same after a restart;
 * the screen's and the PDF's per-person scores are the same low-to-high lists; nowhere that shows answers or scores
 * says who joined by file. Named: with the box unticked, the CSV has no per-person columns and the PDF no names.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, type LaunchedApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, toggleCheckbox } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { changeWorkshop, reveal } from '../../renderer/src/domain/workshop/workshop';
import { neutralOrder } from '../../renderer/src/domain/workshop/individualAnswers';
import { buildReport } from '../../renderer/src/domain/report/report';
import { answersCsv } from '../../renderer/src/domain/report/csv';
import { createAssessment } from '../../renderer/src/domain/model/assessment';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answerAt } from '../fixtures/companies';
import { sampleWorkshop, WORKSHOP_PROFILE } from '../fixtures/workshops';
import { storedAssessments } from '../unit/storedFiles';
import { createTestI18n, type TestI18n } from '../unit/reportI18n';

const folders = tempFolders('some-kompass-individual-e2e-');
let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

/** Without any whitespace: line breaks and wrapping in the PDF do not matter, the order of the characters does. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');
const pdfText = (path: string): string => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });

/** The texts of `cells` that are missing from `flat`, or out of order. */
function missingInOrder(flat: string, cells: ReadonlyArray<string>): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const cell of cells.map(squeeze).filter((c) => c !== '')) {
    const found = flat.indexOf(cell, at);
    if (found < 0) missing.push(cell);
    else at = found + cell.length;
  }
  return missing;
}

const onlyWorkshop = (dataDir: string): Assessment => storedAssessments(dataDir).find((a) => a.workshop)!;

/** Everything revealed, so each person's scores show on the screen. */
const revealed = (a: Assessment): Assessment =>
  changeWorkshop(a, (w) =>
    reveal(
      w,
      QUESTIONS.map((q) => q.id),
    ),
  );

describe.each(['nb', 'sv'] as const)('what of each person leaves the app (%s)', (lng) => {
  const ws = load(lng, 'workshop');
  const common = load(lng, 'common');
  const files = load(lng, 'files');
  const w = (key: string, values?: Record<string, string | number>): string => get(ws, key, values);
  const fromFile = new RegExp(`\\b${w('screen.fromFile')}\\b`);

  async function exportBoth(app: LaunchedApp, folder: string, tag: string): Promise<{ csv: string; pdf: string }> {
    const { page } = app;
    await pressButton(page, page.locator('.step-nav button', { hasText: get(common, 'steps.results') }));
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(get(common, 'results.title'));
    const panel = page.locator('.export-panel');
    const csv = join(folder, `svar-${tag}.csv`);
    app.dialogAnswers.push(csv);
    await pressButton(page, panel.getByRole('button', { name: get(files, 'exports.answersCsv'), exact: true }));
    await expect.poll(() => existsSync(csv)).toBe(true);
    await expect.poll(() => panel.locator('.export-status').textContent()).toBe('');
    const pdf = join(folder, `rapport-${tag}.pdf`);
    app.dialogAnswers.push(pdf);
    await pressButton(page, panel.getByRole('button', { name: get(files, 'exports.pdf'), exact: true }));
    await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => panel.locator('.export-status').textContent(), { timeout: 60_000 }).toBe('');
    // Kept for looking at when SCREENSHOT_DIR is set.
    if (process.env.SCREENSHOT_DIR) copyFileSync(pdf, join(process.env.SCREENSHOT_DIR, `individual-${lng}-${tag}.pdf`));
    return { csv: readFileSync(csv, 'utf8'), pdf: pdfText(pdf) };
  }

  /** The per-person scores as the screen shows them: each area's row, as text. */
  const screenScores = (page: Page): Promise<string[]> => page.locator('.respondent-scores tbody tr').allTextContents();

  test('anonymous: one order, not the joining order, in the CSV and the PDF, kept after a restart; no file mark', async () => {
    const dataDir = folders.make();
    const folder = folders.make();
    new AppStore(dataDir, openConfBackend).saveAssessment(revealed(sampleWorkshop(4, { anonymous: true, language: lng })));
    let app = await launchApp({ locale: lng, dataDir });
    let { page } = app;
    await pressButton(page, page.locator('.row-actions button').first());
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(w('screen.title'));

    // A fifth person answered on her own machine and sent her file.
    const own = createAssessment('own-id', '2026-11-29T18:00:00.000Z', lng);
    const file = join(folder, 'deltaker.somekompass');
    writeFileSync(
      file,
      serializeAssessmentFile(
        {
          ...own,
          profile: { ...own.profile, companyName: WORKSHOP_PROFILE.companyName! },
          answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, answerAt(q, 'strong')])),
        },
        '0.1.0',
        new Date(),
      ),
    );
    app.dialogAnswers.push(file);
    await pressButton(page, page.getByRole('button', { name: w('screen.addFromFile'), exact: true }));
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.respondents).toHaveLength(5);

    // Unticked, the CSV has no one's column; the facilitator ticks the box by keyboard.
    expect((await exportBoth(app, folder, 'unticked')).csv.split('\r\n')[0]!.split(';')).toHaveLength(5);
    await pressButton(page, page.locator('.step-nav button', { hasText: get(common, 'steps.workshop') }));
    const box = page.getByLabel(w('individualExport.includeAnonymous'), { exact: true });
    await toggleCheckbox(page, box);
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.includeIndividualAnswers).toBe(true);
    expect(await axeViolations(page), 'axe on the workshop screen with the box').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.include-answers').scrollIntoViewIfNeeded();
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `individual-anonymous-${lng}.png`) });
    const scoresOnScreen = await screenScores(page);
    expect(scoresOnScreen).toHaveLength(4);
    expect(await page.locator('.respondent-scores').textContent()).not.toMatch(fromFile);

    const stored = onlyWorkshop(dataDir);
    const order = neutralOrder(stored.workshop!).map((r) => r.id);
    const joined = stored.workshop!.respondents.map((r) => r.id);
    expect([...order].sort()).toEqual([...joined].sort());
    expect(order).not.toEqual(joined);

    const first = await exportBoth(app, folder, 'first');
    // The CSV is the core's, column for column: Person A … E in the neutral order, not the joining order.
    expect(first.csv).toBe(answersCsv(buildReport(stored, i18n.t(lng), lng, new Date())));
    const person = (i: number): string => w('individualExport.person', { letter: 'ABCDE'[i]! });
    expect(first.csv.split('\r\n')[0]!.split(';').slice(5)).toEqual([0, 1, 2, 3, 4].map(person));
    const report = buildReport(stored, i18n.t(lng), lng, new Date()).workshop!;
    // The same answers listed in the order people joined (as a named workshop lists them) are not what was exported.
    const byJoining = buildReport(
      { ...stored, workshop: { ...stored.workshop!, anonymous: false } },
      i18n.t(lng),
      lng,
      new Date(),
    ).workshop!;
    expect(report.individual!.rows.map((r) => r.answers)).not.toEqual(byJoining.individual!.rows.map((r) => r.answers));

    // The PDF: the same columns, every row's answers in the same order, the line that says how they are ordered.
    const flat = squeeze(first.pdf);
    expect(flat).toContain(squeeze(w('individualExport.orderNote')));
    const table = flat.slice(flat.indexOf(squeeze(w('report.individualHeading'))));
    expect(missingInOrder(table, [0, 1, 2, 3, 4].map(person))).toEqual([]);
    expect(
      missingInOrder(
        table,
        report.individual!.rows.flatMap((r) => [r.topic, ...r.answers]),
      ),
    ).toEqual([]);
    // The screen's per-person scores are the PDF's, the same low-to-high lists.
    for (const row of scoresOnScreen) expect(flat).toContain(squeeze(row));
    // Nowhere that shows answers or scores says who joined by file, or uses the numbers the laptop is passed by.
    for (const text of [first.csv, first.pdf]) {
      expect(text).not.toMatch(fromFile);
      for (const n of [1, 2, 3, 4, 5]) expect(text).not.toContain(w('respondent.numbered', { number: n }));
    }
    await app.close();

    // A restart: the same order on the screen and in both files.
    app = await launchApp({ locale: lng, dataDir });
    page = app.page;
    await pressButton(page, page.locator('.row-actions button').first());
    await pressButton(page, page.locator('.step-nav button', { hasText: get(common, 'steps.workshop') }));
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(w('screen.title'));
    expect(await screenScores(page)).toEqual(scoresOnScreen);
    const again = await exportBoth(app, folder, 'again');
    expect(again.csv).toBe(first.csv);
    const pdfDate = (s: string): string => s.replace(/\d{1,2}\.\s\p{L}+\s\d{4}|\d{1,2}\s\p{L}+\s\d{4}/gu, '');
    expect(squeeze(pdfDate(again.pdf))).toBe(squeeze(pdfDate(first.pdf)));
    await app.close();
  });

  test('named, box unticked: no one’s column in the CSV, no name in the PDF; ticked, a column each', async () => {
    const dataDir = folders.make();
    const folder = folders.make();
    const workshop = revealed(sampleWorkshop(3, { language: lng }));
    new AppStore(dataDir, openConfBackend).saveAssessment(workshop);
    const names = workshop.workshop!.respondents.map((r) => r.name);
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await pressButton(page, page.locator('.row-actions button').first());
    const unticked = await exportBoth(app, folder, 'named-unticked');
    expect(unticked.csv.split('\r\n').every((line) => line === '' || !names.some((n) => line.includes(n)))).toBe(true);
    expect(unticked.csv.split('\r\n')[0]!.split(';')).toHaveLength(5);
    for (const name of names) expect(unticked.pdf).not.toContain(name);
    expect(squeeze(unticked.pdf)).not.toContain(squeeze(w('report.individualHeading')));

    await pressButton(page, page.locator('.step-nav button', { hasText: get(common, 'steps.workshop') }));
    await toggleCheckbox(page, page.getByLabel(w('individualExport.includeNamed'), { exact: true }));
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.includeIndividualAnswers).toBe(true);
    expect(await axeViolations(page), 'axe on the named workshop screen').toEqual([]);
    const ticked = await exportBoth(app, folder, 'named-ticked');
    expect(ticked.csv.split('\r\n')[0]!.split(';').slice(5)).toEqual(names);
    for (const name of names) expect(ticked.pdf).toContain(name);
    await app.close();
  });
});
