/**
 * The consultant's portfolio by keyboard (issue 18), in nb and sv: 40 stored companies, ten of them with a second
 * round (better or worse) and some actions done. From home to "Kundeoversikt"/"Kundöversikt"; one row per company;
 * sorted by the overall score; filtered by size and by band; a company opened from its row; the CSV read back; the
 * PDF written and read; axe clean; no page-level sideways scroll at 320 px, the table scrolling in its own region.
 * The plan's progress: not counted at start, counted by main when the screen asks, "not counted yet" (on screen and
 * through the announcer) while it counts, and an error told, with no number, when counting fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { chooseRadio, pressButton, tabTo } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { COMPANIES, answerAt, companyAssessment } from '../fixtures/companies';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { confirmCarriedOver, startFollowUp } from '../../renderer/src/domain/rounds/rounds';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { UNCOUNTED } from '../../renderer/src/domain/model/summary';
import { PLAN_PROGRESS_FILE } from '../../electron/main/services/planProgressCache';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { filterRows, NO_FILTER, portfolioRows, sortRows } from '../../renderer/src/domain/portfolio/portfolio';
import { LOCALE_TAG, type Assessment, type Language } from '../../renderer/src/domain/model/types';

const folders = tempFolders('some-kompass-portfolio-e2e-');
const BRAND = { nb: 'Kari Rådgivning AS', sv: 'Karins Rådgivning AB' } as const;
const tempDir = folders.make;
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

/** 40 companies as the app stores them: every tenth-ish one with a second round, better or worse; some actions done. */
function seed(dataDir: string, lng: Language): AppStore {
  const store = new AppStore(dataDir, openConfBackend);
  const all = QUESTIONS.map((q) => q.id);
  for (let i = 0; i < 40; i++) {
    const c = COMPANIES[i % COMPANIES.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const first: Assessment = {
      ...companyAssessment(c),
      id: `company-${i}`,
      planLanguage: lng,
      createdAt: `2026-03-${day}T09:00:00.000Z`,
      profile: { ...companyAssessment(c).profile, companyName: `${c.profile.companyName ?? 'Firma'} ${i + 1}` },
    };
    const firstAction = generatePlan(first).active[0]!.action.id;
    store.saveAssessment(
      i % 3 === 0 ? { ...first, planEdits: { [firstAction]: { owner: '', due: '', status: 'done', note: '' } } } : first,
    );
    if (i % 4 !== 0) continue;
    const second = confirmCarriedOver(startFollowUp(first, `company-${i}-r2`, `2026-10-${day}T09:00:00.000Z`), all);
    for (const q of QUESTIONS.filter((x) => x.module === 'responsiveness'))
      second.answers[q.id] = answerAt(q, i % 8 === 0 ? 'strong' : 'weak');
    store.saveAssessment(second);
  }
  return store;
}

/** Data rows' company names, in the order shown. */
const shownNames = (page: Page): Promise<string[]> => page.locator('.portfolio-table tbody th').allTextContents();

/** Picks an option of a native select by keyboard: focus it, then the arrow keys, as a keyboard user does. */
async function chooseByKeyboard(page: Page, label: string, value: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await tabTo(page, select);
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  for (let i = from; i !== to; i += to > from ? 1 : -1) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect.poll(() => select.inputValue()).toBe(value);
}

describe.each(['nb', 'sv'] as const)('the portfolio (%s)', (lng) => {
  const common = load(lng, 'common');
  const pf = load(lng, 'portfolio');
  const p = (key: string, values?: Record<string, string | number>): string => get(pf, key, values);

  test('40 companies by keyboard: sort, filter, open, CSV and PDF, axe, 320 px', { timeout: 180_000 }, async () => {
    const dataDir = tempDir();
    const stored = seed(dataDir, lng);
    const rows = portfolioRows(stored.listSummaries());
    expect(rows).toHaveLength(40);
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    const launchedUncounted = app.store.listSummaries().every((s) => s.overall === null || s.plan === UNCOUNTED);
    // The consultant's brand, for the PDF's cover.
    const logo = `data:image/png;base64,${readFileSync(join(import.meta.dirname, '..', 'fixtures', 'brand', 'logo.png')).toString('base64')}`;
    app.store.settings.setBrand({ name: BRAND[lng], contact: '', accent: null, logo, onHomework: false, inFiles: false });

    await pressButton(page, page.getByRole('button', { name: get(common, 'home.portfolio'), exact: true }));
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(p('title'));
    expect(await page.title()).toContain(p('title'));
    await expect.poll(() => page.locator('.portfolio-table tbody tr').count()).toBe(40);
    expect(await page.locator('.portfolio-count').textContent()).toBe(p('shown_other', { count: 40, total: 40 }));
    // The plan's progress: the start counted none (nothing was kept), so the screen asked main, which counted each
    // row's and kept it for the next start; every row then says done of active, as the seed's saves counted it.
    expect(launchedUncounted).toBe(true);
    const progressShown = (): Promise<string[][]> =>
      page
        .locator('.portfolio-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.lastElementChild!.textContent]));
    const progressExpected = rows.map((r) => [r.companyName, r.plan && r.plan !== UNCOUNTED ? p('progress', { ...r.plan }) : p('noPlan')]);
    await expect.poll(async () => (await progressShown()).sort()).toEqual(progressExpected.sort());
    expect(progressExpected.some(([, text]) => text!.startsWith('1 '))).toBe(true);
    expect(await page.locator('.portfolio-counting').count()).toBe(0);
    expect(existsSync(join(dataDir, PLAN_PROGRESS_FILE))).toBe(true);
    // The second rounds: one row each, the change in the rounds' words.
    const improved = rows.find((r) => r.change === 'improved')!;
    const improvedRow = page.locator('.portfolio-table tbody tr', {
      has: page.getByRole('button', { name: improved.companyName, exact: true }),
    });
    expect(await improvedRow.textContent()).toContain(get(load(lng, 'rounds'), 'movement.improved'));
    expect(await axeViolations(page), 'axe on the portfolio').toEqual([]);

    // Sorted by the overall score, highest first.
    await pressButton(page, page.locator('.portfolio-table thead button', { hasText: p('columns.overall') }));
    await expect
      .poll(() => page.locator('.portfolio-table thead th[aria-sort="descending"]').textContent())
      .toContain(p('columns.overall'));
    const byOverall = sortRows(rows, { column: 'overall', descending: true }, LOCALE_TAG[lng]).map((r) => r.companyName);
    await expect.poll(() => shownNames(page)).toEqual(byOverall);
    // Again: lowest first.
    await pressButton(page, page.locator('.portfolio-table thead button', { hasText: p('columns.overall') }));
    await expect
      .poll(() => shownNames(page))
      .toEqual(sortRows(rows, { column: 'overall', descending: false }, LOCALE_TAG[lng]).map((r) => r.companyName));

    // Filtered by size, then by band too.
    await chooseByKeyboard(page, p('filters.size'), 'small');
    const small = filterRows(rows, { ...NO_FILTER, size: 'small' });
    expect(small.length).toBeGreaterThan(0);
    expect(small.length).toBeLessThan(40);
    await expect.poll(() => page.locator('.portfolio-table tbody tr').count()).toBe(small.length);
    expect(await page.locator('.portfolio-count').textContent()).toBe(
      p(small.length === 1 ? 'shown_one' : 'shown_other', { count: small.length, total: 40 }),
    );
    const band = small.find((r) => r.band !== null)!.band!;
    await chooseByKeyboard(page, p('filters.band'), band);
    const smallInBand = filterRows(rows, { ...NO_FILTER, size: 'small', band });
    await expect.poll(() => page.locator('.portfolio-table tbody tr').count()).toBe(smallInBand.length);
    expect(await axeViolations(page), 'axe on the filtered portfolio').toEqual([]);

    // The CSV: the rows as shown, read back with the same scores.
    const csvPath = join(tempDir(), 'kunder.csv');
    app.dialogAnswers.push(csvPath);
    await pressButton(page, page.getByRole('button', { name: p('exportCsv'), exact: true }));
    await expect.poll(() => existsSync(csvPath), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.locator('.portfolio .notice-ok').textContent()).toBe(p('saved.csv', { path: csvPath }));
    const csv = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((r) => r !== '')
      .map((r) => r.split(';'));
    expect(csv[0]![0]).toBe(p('columns.company'));
    const expectedCsv = sortRows(smallInBand, { column: 'overall', descending: false }, LOCALE_TAG[lng]);
    expect(csv.slice(1).map((r) => [r[0], Number(r[5])])).toEqual(expectedCsv.map((r) => [r.companyName, r.overall]));

    // The PDF: written, under the consultant's brand (name and logo), with the title and every company shown.
    const pdf = join(tempDir(), 'kunder.pdf');
    app.dialogAnswers.push(pdf);
    await pressButton(page, page.getByRole('button', { name: p('exportPdf'), exact: true }));
    await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
    // A long name may wrap in its cell: the words are read with the line breaks as spaces.
    const pdfText = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain(p('title'));
    expect(pdfText).toContain(`${get(load(lng, 'files'), 'brand.preparedBy')} ${BRAND[lng]}`);
    expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').length).toBeGreaterThan(2);
    for (const r of smallInBand) expect(pdfText).toContain(r.companyName);
    await expect.poll(() => page.locator('.print-view').count()).toBe(0);

    // At 320 px: the page never scrolls sideways; the table scrolls in its own region, which takes focus.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // The region becomes a tab stop once it notices that it scrolls (a resize observer): waited for, not assumed.
    await expect.poll(() => page.locator('.portfolio .table-scroll[tabindex="0"]').count()).toBe(1);
    expect(await axeViolations(page), 'axe at 320 px').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // A company opened from its row: its latest round.
    const target = expectedCsv[0]!;
    await pressButton(page, page.getByRole('button', { name: target.companyName, exact: true }));
    await expect.poll(() => page.locator('h1').first().textContent()).not.toBe(p('title'));
    expect(await page.locator('main').textContent()).toContain(target.companyName);
    await app.close();
  });

  test('while main counts the plans the rows and the announcer say so; a count that fails says so, never a number', async () => {
    const dataDir = tempDir();
    const first = new AppStore(dataDir, openConfBackend);
    const companies = COMPANIES.slice(0, 3).map((c) => ({ ...companyAssessment(c), planLanguage: lng }));
    for (const a of companies) first.saveAssessment(a);
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    const polite = page.locator('[data-announcer-politeness="polite"]');
    const progressCells = (): Promise<string[]> => page.locator('.portfolio-table tbody tr td:last-child').allTextContents();
    // Main's count held back until the test lets it go, as a slow machine with thousands of plans would.
    const realCount = app.store.countPlanProgress.bind(app.store);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    app.store.countPlanProgress = ((ids: string[]) => held.then(() => realCount(ids))) as unknown as typeof realCount;
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.portfolio'), exact: true }));
    await expect.poll(progressCells).toEqual([p('uncounted'), p('uncounted'), p('uncounted')]);
    expect(await page.locator('.portfolio-counting').textContent()).toBe(p('counting'));
    await expect.poll(() => polite.textContent(), { timeout: 5_000 }).toBe(p('counting'));
    expect(await axeViolations(page), 'axe while counting').toEqual([]);
    release();
    const expected = companies.map((a) => p('progress', { done: 0, active: generatePlan(a).active.length }));
    await expect.poll(async () => (await progressCells()).sort()).toEqual(expected.sort());
    expect(await page.locator('.portfolio-counting').count()).toBe(0);

    // A count that fails (here a fault put in main's store): the cells keep saying "not counted", and the error is told.
    rmSync(join(dataDir, PLAN_PROGRESS_FILE));
    await app.close();
    const again = await launchApp({ locale: lng, dataDir });
    again.store.countPlanProgress = () => {
      throw new Error('plan failed');
    };
    await pressButton(again.page, again.page.getByRole('button', { name: get(common, 'home.portfolio'), exact: true }));
    await expect.poll(() => again.page.locator('.portfolio .notice-error').textContent()).toBe(p('countFailed'));
    await expect.poll(() => again.page.locator('[data-announcer-politeness="assertive"]').textContent()).toBe(p('countFailed'));
    expect(await again.page.locator('.portfolio-table tbody tr td:last-child').allTextContents()).toEqual([
      p('uncounted'),
      p('uncounted'),
      p('uncounted'),
    ]);
    await again.close();
  });

  test("a folder's files, read and not stored: one row per company, a file that cannot be read named with why", async () => {
    const folder = join(tempDir(), 'Kunder');
    mkdirSync(folder);
    const files = COMPANIES.slice(0, 3).map((c) => ({ ...companyAssessment(c), id: `file-${c.key}`, planLanguage: lng }));
    for (const a of files) writeFileSync(join(folder, `${a.id}.somekompass`), serializeAssessmentFile(a, '1.0.0', new Date()));
    writeFileSync(join(folder, 'ødelagt.somekompass'), '{ not json');
    const app = await launchApp({ locale: lng, dataDir: tempDir() });
    const { page } = app;
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.portfolio'), exact: true }));
    await expect.poll(() => page.locator('.portfolio .empty').textContent()).toBe(p('empty'));
    await chooseRadio(page, page.getByRole('radio'), 1);
    app.dialogAnswers.push([folder]);
    await pressButton(page, page.getByRole('button', { name: p('source.chooseFolder'), exact: true }));
    await expect.poll(() => page.locator('.portfolio-table tbody tr').count()).toBe(3);
    expect((await shownNames(page)).sort()).toEqual(files.map((a) => a.profile.companyName).sort());
    // Not stored, so not opened from here: the names are no buttons.
    expect(await page.locator('.portfolio-table tbody th button').count()).toBe(0);
    expect(await page.locator('.portfolio-folder .notice-warning').textContent()).toContain(p('source.notRead_one'));
    expect(await page.locator('.portfolio-folder .notice-warning').textContent()).toContain('ødelagt.somekompass');
    expect(app.store.listSummaries()).toEqual([]);
    expect(await axeViolations(page), 'axe on a folder').toEqual([]);
    await app.close();
  });
});
