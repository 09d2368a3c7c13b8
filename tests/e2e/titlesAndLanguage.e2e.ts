/**
 * What each screen and each file says it is, and in which language (issue 17, findings 4 to 7), by keyboard in both
 * UI languages: every screen's document.title; the report, workshop, class overview and worksheet PDFs (pdfinfo's
 * Title and the catalog's /Lang) and the Word plan (w:lang) saved in the other language than the UI's; the trend
 * table of three rounds with every area's score per round, on screen and in the PDF; the projector's visible focus;
 * the language options' lang; every aria-label holding the text it stands on; the charts' scale lines at 3:1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { pressButton, tabTo } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { confirmCarriedOver, roundTrend, startFollowUp } from '../../renderer/src/domain/rounds/rounds';
import { formatScore } from '../../renderer/src/domain/model/format';
import { formatDisplayDate } from '../../renderer/src/domain/model/dates';
import { LOCALE_TAG, MODULE_IDS, type Assessment, type Language, type ModuleId } from '../../renderer/src/domain/model/types';
import { COMPANIES, answerAt, companyAssessment, type Level } from '../fixtures/companies';
import { sampleWorkshop, WORKSHOP_PROFILE } from '../fixtures/workshops';
import { writeClass } from '../fixtures/classroom';

const folders = tempFolders('some-kompass-titles-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const APP = 'SoMe-kompass';
const COMPANY = 'Bakeri Solsiden';

/** pdfinfo's Title line. */
function pdfTitle(path: string): string {
  return /^Title:\s+(.*)$/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? '';
}

/**
 * The document catalog's /Lang, read from the raw bytes (Chromium writes the catalog as a plain object): the
 * language a screen reader reads the whole file in, unless a part says otherwise.
 */
function pdfCatalogLang(path: string): string | null {
  const raw = readFileSync(path).toString('latin1');
  const catalog = /<<\s*\/Type\s*\/Catalog([\s\S]*?)endobj/.exec(raw)?.[1] ?? '';
  return /\/Lang\s*\(([^)]*)\)/.exec(catalog)?.[1] ?? null;
}

/** Every w:lang value in the Word file's styles and body. */
function docxLanguages(path: string): string[] {
  const zip = unzipSync(readFileSync(path));
  const xml = ['word/styles.xml', 'word/document.xml'].map((name) => strFromU8(zip[name]!)).join('');
  return [...xml.matchAll(/<w:lang\b[^>]*\bw:val="([^"]+)"/g)].map((m) => m[1]!);
}

/** A round after `previous`, every answer looked at, with one area's answers at `level`. */
function nextRound(previous: Assessment, id: string, day: string, module: ModuleId, level: Level): Assessment {
  const started = startFollowUp(previous, id, `${day}T09:00:00.000Z`);
  const confirmed = confirmCarriedOver(started, started.round!.carriedOver);
  const answers = { ...confirmed.answers };
  for (const q of QUESTIONS_BY_MODULE[module]) answers[q.id] = answerAt(q, level);
  return { ...confirmed, answers };
}

/**
 * Elements named by aria-label whose own visible text is not in that name (WCAG 2.5.3, "label in name"): a speech
 * user says what they see. Returned as "visible → name" for a readable failure.
 */
function labelsMissingTheirText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
    return [...document.querySelectorAll<HTMLElement>('[aria-label]')]
      .filter((el) => el.matches('button, a, input, select, textarea, [role="button"], [role="link"]'))
      .map((el) => ({
        visible: squash(el.innerText || (el as HTMLInputElement).placeholder || ''),
        name: squash(el.getAttribute('aria-label') ?? ''),
      }))
      .filter((x) => x.visible !== '' && !x.name.includes(x.visible))
      .map((x) => `${x.visible} → ${x.name}`);
  });
}

/** The lang of each language option, and the nearest lang above it: both must be the UI's, whose words they show. */
function languageOptionLangs(page: Page): Promise<string[]> {
  return page
    .locator('.language-select option')
    .evaluateAll((options) =>
      options.map((o) => `${o.getAttribute('lang') ?? ''}/${o.parentElement?.closest('[lang]')?.getAttribute('lang') ?? ''}`),
    );
}

/** The stroke of each of the charts' scale lines (radar rings and axes, trend chart grid) and the colour behind it. */
function scaleLineColours(page: Page): Promise<Array<{ stroke: string; background: string }>> {
  return page.locator('.radar-ring, .radar-axis, .trend-chart > svg > g > line').evaluateAll((lines) =>
    lines.map((line) => {
      let behind: Element | null = line.closest('svg');
      let background = 'rgb(255, 255, 255)';
      for (; behind; behind = behind.parentElement) {
        const colour = getComputedStyle(behind).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
          background = colour;
          break;
        }
      }
      return { stroke: getComputedStyle(line).stroke, background };
    }),
  );
}

describe.each(['nb', 'sv'] as const)('titles and languages, UI in %s', (ui) => {
  const other: Language = ui === 'nb' ? 'sv' : 'nb';
  const common = load(ui, 'common');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const r = (key: string, values?: Record<string, string | number>): string => get(load(ui, 'rounds'), key, values);
  const area = (m: ModuleId, lng: Language = ui): string => get(load(lng, m), 'name');
  const title = (...parts: string[]): string => [...parts, APP].join(' – ');

  test('three rounds in the other language: titles, the trend table, the PDF and Word files', { timeout: 120_000 }, async () => {
    const dataDir = folders.make();
    const first: Assessment = {
      ...companyAssessment(COMPANIES.find((c) => c.key === 'bakery')!),
      planLanguage: other,
      createdAt: '2026-02-02T09:00:00.000Z',
    };
    const second = nextRound(first, 'round-2', '2026-05-30', 'strategy', 'strong');
    const third = nextRound(second, 'round-3', '2026-11-28', 'channels', 'weak');
    const store = new AppStore(dataDir, openConfBackend);
    for (const a of [first, second, third]) store.saveAssessment(a);
    const app = await launchApp({ locale: ui, dataDir });
    const { page } = app;
    const h1 = () => page.locator('h1').first().textContent();
    const pageTitle = () => page.title();

    await expect.poll(pageTitle).toBe(title(t('home.title')));
    expect(await languageOptionLangs(page)).toEqual([`${ui}/${ui}`, `${ui}/${ui}`]);
    expect(await labelsMissingTheirText(page)).toEqual([]);

    const row = page.locator('tr', { has: page.locator('.workshop-tag', { hasText: t('home.roundTag', { number: 3 }) }) });
    await pressButton(page, row.locator('.row-actions button').first());
    await expect.poll(h1).toBe(t('results.title'));
    expect(await pageTitle()).toBe(title(t('steps.results'), COMPANY));

    // The trend table: every round, its date, every area's score and the overall one.
    const trend = roundTrend([first, second, third]);
    const table = page.locator('section.progress table.trend-table');
    expect(await table.locator('caption').textContent()).toBe(r('trendTable.caption'));
    expect(await table.locator('thead th').allTextContents()).toEqual([
      r('trendTable.round'),
      r('trendTable.date'),
      ...MODULE_IDS.map((m) => area(m)),
      t('report.overall'),
    ]);
    const expectedRows = trend.map((round) => [
      r('progress.roundShort', { number: round.number }),
      formatDisplayDate(round.day, ui),
      ...MODULE_IDS.map((m) => formatScore(round.modules[m])),
      formatScore(round.overall),
    ]);
    expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent)))).toEqual(
      expectedRows,
    );
    // The rounds differ area by area, so a table of the overall score alone would not pass.
    expect(new Set(trend.map((x) => x.modules.strategy)).size).toBeGreaterThan(1);
    expect(new Set(trend.map((x) => x.modules.channels)).size).toBeGreaterThan(1);
    expect(await labelsMissingTheirText(page)).toEqual([]);
    // The charts' scale lines mark the bands: each at least 3:1 against what it is drawn on (WCAG 1.4.11).
    const scaleLines = await scaleLineColours(page);
    expect(scaleLines.length).toBeGreaterThanOrEqual(4 + 4 + 5);
    for (const line of scaleLines) expect(contrast(line.stroke, line.background), JSON.stringify(line)).toBeGreaterThanOrEqual(3);

    // Each step names itself and the company.
    for (const label of [t('steps.profile'), area('strategy'), t('steps.plan')]) {
      await pressButton(page, page.locator('.step-nav button', { hasText: label }));
      await expect.poll(pageTitle).toBe(title(label, COMPANY));
    }
    // On the plan, the options stand inside the plan's part in the other language: they still say the UI's.
    expect(await languageOptionLangs(page)).toEqual(Array.from({ length: 6 }, () => `${ui}/${ui}`));
    expect(await labelsMissingTheirText(page)).toEqual([]);

    // The report PDF, in the plan's language: its title and catalog language are the report's.
    const files = load(ui, 'files');
    const reportTexts = load(other, 'common');
    const pdf = join(folders.make(), 'rapport.pdf');
    app.dialogAnswers.push(pdf);
    await pressButton(page, page.getByRole('button', { name: get(files, 'exports.pdf'), exact: true }));
    await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
    expect(pdfTitle(pdf)).toBe(`${COMPANY} – ${get(reportTexts, 'report.title')}`);
    expect(pdfCatalogLang(pdf)).toBe(other);
    // The window has its own title and language back.
    await expect.poll(pageTitle).toBe(title(t('steps.plan'), COMPANY));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(ui);
    // The PDF's trend table, in the report's language: every row of every round.
    const pdfText = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const otherRounds = load(other, 'rounds');
    expect(pdfText).toContain(get(otherRounds, 'trendTable.caption').replace(/\s+/g, ''));
    for (const round of trend) {
      const cells = [
        get(otherRounds, 'progress.roundShort', { number: round.number }),
        formatDisplayDate(round.day, other),
        ...MODULE_IDS.map((m) => formatScore(round.modules[m])),
        formatScore(round.overall),
      ];
      expect(pdfText).toContain(cells.join('').replace(/\s+/g, ''));
    }

    // The Word plan: every run in the plan's language, none in the UI's.
    const docx = join(folders.make(), 'plan.docx');
    app.dialogAnswers.push(docx);
    await pressButton(page, page.getByRole('button', { name: get(files, 'exports.word'), exact: true }));
    await expect.poll(() => existsSync(docx), { timeout: 30_000 }).toBe(true);
    const languages = docxLanguages(docx);
    expect(languages.length).toBeGreaterThan(0);
    expect(new Set(languages)).toEqual(new Set([LOCALE_TAG[other]]));
    await app.close();
  });

  test('home, worksheet, class overview, workshop and projector: titles, file languages, visible focus', { timeout: 120_000 }, async () => {
    const dataDir = folders.make();
    const workshop = sampleWorkshop(3, { language: other });
    new AppStore(dataDir, openConfBackend).saveAssessment(workshop);
    const app = await launchApp({ locale: ui, dataDir });
    const { page } = app;
    const h1 = () => page.locator('h1').first().textContent();
    const pageTitle = () => page.title();
    await expect.poll(pageTitle).toBe(title(t('home.title')));

    // The blank worksheet in the other language: its own title and language.
    await pressButton(page, page.getByRole('button', { name: t('home.newHomework'), exact: true }));
    await tabTo(page, page.getByLabel(t('home.homework.worksheetLanguage'), { exact: true }));
    await page.keyboard.press(other === 'sv' ? 'End' : 'Home');
    const sheet = join(folders.make(), 'ark.pdf');
    app.dialogAnswers.push(sheet);
    await pressButton(page, page.getByRole('button', { name: t('home.homework.worksheet'), exact: true }));
    await expect.poll(() => existsSync(sheet), { timeout: 60_000 }).toBe(true);
    const sheetTitle = pdfTitle(sheet);
    expect(sheetTitle).toBe(get(load(other, 'homework'), 'worksheet.title'));
    expect(pdfCatalogLang(sheet)).toBe(other);
    await expect.poll(pageTitle).toBe(title(t('home.title')));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(ui);

    // The class overview: its screen and its PDF (in the UI's language) say what they are, not what the sheet is.
    const cl = load(ui, 'class');
    const cls = writeClass(folders.make(), 3, other);
    await pressButton(page, page.getByRole('button', { name: t('home.classOverview'), exact: true }));
    await expect.poll(h1).toBe(get(cl, 'title'));
    expect(await pageTitle()).toBe(title(get(cl, 'title')));
    app.dialogAnswers.push([cls.folder]);
    await pressButton(page, page.getByRole('button', { name: get(cl, 'chooseFolder'), exact: true }));
    await page.locator('.class-summary').waitFor();
    expect(await labelsMissingTheirText(page)).toEqual([]);
    const classPdf = join(folders.make(), 'klasse.pdf');
    app.dialogAnswers.push(classPdf);
    await pressButton(page, page.getByRole('button', { name: get(cl, 'exportPdf'), exact: true }));
    await expect.poll(() => existsSync(classPdf), { timeout: 60_000 }).toBe(true);
    expect(pdfTitle(classPdf)).toBe(title(get(cl, 'title')));
    expect(pdfTitle(classPdf)).not.toBe(sheetTitle);
    expect(pdfCatalogLang(classPdf)).toBe(ui);

    // The workshop in the other language: its screens, and its report in its language.
    const company = WORKSHOP_PROFILE.companyName!;
    await pressButton(page, page.locator('button.brand'));
    await pressButton(page, page.locator('tr', { hasText: company }).locator('.row-actions button').first());
    await expect.poll(h1).toBe(get(load(ui, 'workshop'), 'screen.title'));
    expect(await pageTitle()).toBe(title(t('steps.workshop'), company));
    expect(await labelsMissingTheirText(page)).toEqual([]);
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.results') }));
    await expect.poll(pageTitle).toBe(title(t('steps.results'), company));
    const workshopPdf = join(folders.make(), 'verksted.pdf');
    app.dialogAnswers.push(workshopPdf);
    await pressButton(page, page.getByRole('button', { name: get(load(ui, 'files'), 'exports.pdf'), exact: true }));
    await expect.poll(() => existsSync(workshopPdf), { timeout: 60_000 }).toBe(true);
    expect(pdfTitle(workshopPdf)).toBe(`${company} – ${get(load(other, 'common'), 'report.title')}`);
    expect(pdfCatalogLang(workshopPdf)).toBe(other);

    // The projector in this window: named, and its only focus stop shows that it has the focus (WCAG 2.4.7).
    const ws = load(ui, 'workshop');
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.workshop') }));
    await expect.poll(h1).toBe(get(ws, 'screen.title'));
    await pressButton(page, page.getByRole('button', { name: get(ws, 'present.start'), exact: true }));
    const presentation = page.locator('main.presentation');
    await presentation.waitFor();
    await expect.poll(pageTitle).toBe(title(get(ws, 'present.label', { company })));
    expect(await presentation.evaluate((el) => el === document.activeElement)).toBe(true);
    const focus = await presentation.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, background: s.backgroundColor };
    });
    expect(focus.style).not.toBe('none');
    expect(focus.width).toBeGreaterThanOrEqual(2);
    expect(contrast(focus.color, focus.background)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    await expect.poll(h1).toBe(get(ws, 'screen.title'));
    await expect.poll(pageTitle).toBe(title(t('steps.workshop'), company));
    await app.close();
  });
});

/** WCAG's contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
