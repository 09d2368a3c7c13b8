/**
 * The files made from an assessment, end to end by keyboard: the PDF report (the print view printed by Chromium
 * with the app's page options, read back with poppler's pdftotext/pdfinfo), the Word plan and the two CSV files,
 * in a report language other than the UI's. The assessment is the hard case: a company name with markup, ten
 * notes of 10,000 characters, an unbroken 600-character "word", and every planned action with a long note.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { pressButton, tabTo } from './keyboard';
import { answeredAll, withProfile } from '../unit/fixtures';
import { createTestI18n, type TestI18n } from '../unit/reportI18n';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { buildReport, type Report } from '../../renderer/src/domain/report/report';
import { PDF_MARGINS_INCHES } from '../../electron/main/pdfOptions';
import type { Assessment, Language } from '../../renderer/src/domain/model/types';
import { load, type Dict } from './texts';

const text = (d: Dict, path: string): string => path.split('.').reduce<unknown>((o, k) => (o as Dict)[k], d) as string;

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-exports-'));
  dirs.push(d);
  return d;
};
let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n({ escapeValue: false });
});
afterAll(async () => {
  await closeBrowser();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const COMPANY = '<img src=x onerror=alert(1)> Bakeri «Ærlig» & Co';
/** Numbered words, so each can be found again in the PDF, in order; `length` characters. */
const longNote = (seed: string, length = 10_000): string => {
  const words = ['kundeservice', 'æøå', 'åäö', 'sommerkampanje', 'svartid', seed, 'nyhetsbrev', 'Reels'];
  let s = '';
  for (let i = 0; s.length < length; i++) s += `${words[i % words.length]}${i}x `;
  return s.slice(0, length).trim();
};
const UNBROKEN = `https://eksempel.no/${'a1b2c3'.repeat(100)}`;

function hardAssessment(): Assessment {
  // Hours enough for the fullest plan (12 actions): the exports are tested at their longest.
  const base = withProfile(
    { companyName: COMPANY, respondent: 'Åse <b>Ærø</b>', customerType: 'b2c', hoursPerWeek: 20 },
    answeredAll(false),
  );
  const notes = Object.fromEntries(
    QUESTIONS.slice(0, 10).map((q, i) => [q.id, i === 0 ? `${UNBROKEN}\n${longNote(q.id)}` : longNote(q.id)]),
  );
  const plan = generatePlan(base, scoreAssessment(base)).active;
  const planEdits = Object.fromEntries(
    plan.map((p, i) => [
      p.action.id,
      {
        owner: `Ærlige Åse ${i} =SUM(A1)`,
        due: '2026-12-31',
        status: i % 2 ? ('inProgress' as const) : ('notStarted' as const),
        note: longNote(`tiltak${i}`, 1_500),
      },
    ]),
  );
  return { ...base, notes, planEdits };
}

/** Without any whitespace: line breaks and wrapping in the PDF do not matter, the order of the characters does. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');

/**
 * The pieces of `long` that are missing from `flat`, or out of order. A text that runs over a page break has the
 * page number and the repeated table header in between, so it is looked for word by word (long words in chunks).
 */
function missingInOrder(flat: string, long: string): string[] {
  const pieces = long.split(/\s+/).flatMap((w) => w.match(/.{1,40}/gu) ?? []);
  const missing: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    const found = flat.indexOf(piece, at);
    if (found < 0) missing.push(piece);
    else at = found + piece.length;
  }
  return missing;
}

function pdfText(path: string): string {
  // -raw keeps the content stream's order: cell by cell, as Chromium painted them, not column-interleaved.
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

interface PdfWord {
  page: number;
  pageWidth: number;
  pageHeight: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  word: string;
}
function pdfWords(path: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page += 1;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w)
      words.push({
        page,
        pageWidth,
        pageHeight,
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        word: w[5]!,
      });
  }
  return words;
}

const docxText = (path: string): { xml: Record<string, string>; text: string } => {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = Object.fromEntries(
    Object.entries(parts)
      .filter(([n]) => /\.(xml|rels)$/.test(n))
      .map(([n, b]) => [n, strFromU8(b)]),
  );
  const document = xml['word/document.xml'] ?? '';
  const decode = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return { xml, text: [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(' ') };
};

describe.each([
  ['nb', 'sv'],
  ['sv', 'nb'],
] as Array<[Language, Language]>)('files made from an assessment (UI %s, report %s)', (ui, reportLng) => {
  test('PDF report, Word plan and CSV, by keyboard, in the chosen language', { timeout: 120_000 }, async () => {
    const files = load(ui, 'files');
    const common = load(ui, 'common');
    const app = await launchApp({ locale: ui });
    const { page } = app;
    const outDir = tempDir();
    const assessment = hardAssessment();
    app.store.saveAssessment(assessment);
    await page.reload();
    await pressButton(
      page,
      page.getByRole('button', { name: text(common, 'home.continueNamed').replace('{{name}}', COMPANY), exact: true }),
    );
    await pressButton(page, page.getByRole('button', { name: text(common, 'steps.results'), exact: true }));
    await page.getByRole('heading', { level: 1, name: text(common, 'results.title') }).waitFor();

    // The report language is picked in the panel, by keyboard; the UI keeps its own.
    const panel = page.locator('.export-panel');
    const languageSelect = panel.getByLabel(text(files, 'exports.language'), { exact: true });
    await tabTo(page, languageSelect);
    await page.keyboard.press(reportLng === 'sv' ? 'End' : 'Home');
    expect(await languageSelect.inputValue()).toBe(reportLng);
    expect(await axeViolations(page)).toEqual([]);

    const report: Report = buildReport(assessment, i18n.t(reportLng), reportLng, new Date());
    const allActions = report.plan.flatMap((h) => h.actions);
    // Every due date (2026-12-31) as the report's language writes dates, and never in the other language's form.
    const [due, otherForm] = reportLng === 'nb' ? ['31.12.2026', '2026-12-31'] : ['2026-12-31', '31.12.2026'];
    // The whole active plan (no hours given: twelve), and a "Later" list behind it.
    expect(allActions.length).toBe(12);
    expect(report.later.length).toBeGreaterThan(5);

    // --- PDF ---
    const pdf = join(outDir, 'rapport.pdf');
    app.dialogAnswers.push(pdf);
    await pressButton(page, panel.getByRole('button', { name: text(files, 'exports.pdf') }));
    await expect
      .poll(() => panel.locator('.notice').textContent(), { timeout: 60_000 })
      .toBe(`${text(files, 'saved.pdf').replace('{{path}}', pdf)}${text(common, 'home.dismiss')}`);
    const suggested = app.dialogsShown.at(-1)!;
    expect(suggested.kind).toBe('save');
    expect(suggested.defaultPath.endsWith('.pdf')).toBe(true);
    // The print view is gone from the page again, and the UI is still in its own language.
    expect(await page.locator('.print-view').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(ui);

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    // The PDF's title is the report's, for the file's properties and the reader's window.
    expect(info).toContain(`Title:           ${COMPANY}`);
    expect(info).toMatch(/Tagged:\s+yes/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(10);

    const raw = pdfText(pdf);
    const flat = squeeze(raw);
    const reportTexts = load(reportLng, 'common');
    // The company name as the text it is (React never made it an element), on the cover and beyond.
    expect(flat).toContain(squeeze(COMPANY));
    expect(flat).toContain(squeeze(text(reportTexts, 'report.title')));
    for (const m of report.modules) expect(flat).toContain(squeeze(m.name));
    for (const h of report.plan) expect(flat).toContain(squeeze(h.title));
    for (const a of allActions) {
      expect(flat).toContain(squeeze(a.title));
      expect(missingInOrder(flat, a.note)).toEqual([]);
      expect(flat).toContain(squeeze(a.owner));
      // The work it takes, as the plan card says it (plan/workText.ts).
      expect(a.work.length).toBeGreaterThan(0);
      for (const part of a.work) expect(flat).toContain(squeeze(part));
    }
    // The "Later" list as titles, after the plan.
    expect(flat).toContain(squeeze(text(reportTexts, 'plan.later.title')));
    for (const a of report.later) expect(flat).toContain(squeeze(a.title));
    for (const s of report.sources) expect(flat).toContain(squeeze(s.text));
    expect(raw).toContain(reportLng === 'nb' ? 'Kilder' : 'Källor');
    expect(raw).toMatch(reportLng === 'nb' ? /[æøå]/ : /[äö]/);
    // On one line, never broken inside the date.
    expect(raw).toContain(due);
    expect(flat).not.toContain(otherForm);
    // Every long note is there in full and in order: nothing was cut off at a page or cell edge.
    for (const note of Object.values(assessment.notes)) expect(missingInOrder(flat, note)).toEqual([]);
    // Page numbers in the footer: "1 / N" ... "N / N".
    expect(raw).toContain(`1 / ${pages}`);
    expect(raw).toContain(`${pages} / ${pages}`);

    // No word outside the printable area: long words wrap inside their cells instead of running off the page.
    const words = pdfWords(pdf);
    expect(new Set(words.map((w) => w.page)).size).toBe(pages);
    const left = PDF_MARGINS_INCHES.left * 72;
    const right = PDF_MARGINS_INCHES.right * 72;
    const outside = words.filter((w) => w.xMin < left - 2 || w.xMax > w.pageWidth - right + 2 || w.yMin < 0 || w.yMax > w.pageHeight);
    expect(outside.map((w) => `${w.page}: ${w.word}`)).toEqual([]);

    // --- Word ---
    const docx = join(outDir, 'plan.docx');
    app.dialogAnswers.push(docx);
    await pressButton(page, panel.getByRole('button', { name: text(files, 'exports.word') }));
    await expect.poll(() => panel.locator('.notice').textContent(), { timeout: 30_000 }).toContain(docx);
    expect(app.dialogsShown.at(-1)!.defaultPath.endsWith('.docx')).toBe(true);
    const word = docxText(docx);
    for (const [name, xml] of Object.entries(word.xml)) expect(XMLValidator.validate(xml), name).toBe(true);
    expect(word.xml['word/document.xml']).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(word.text).toContain(COMPANY);
    for (const a of allActions) {
      expect(word.text).toContain(a.title);
      expect(word.text).toContain(a.owner);
      for (const part of a.work) expect(word.text).toContain(part);
    }
    for (const h of report.plan) expect(word.text).toContain(h.title);
    expect(word.text).toContain(due);
    expect(word.text).not.toContain(otherForm);

    // --- CSV ---
    const answersCsv = join(outDir, 'svar.csv');
    app.dialogAnswers.push(answersCsv);
    await pressButton(page, panel.getByRole('button', { name: text(files, 'exports.answersCsv') }));
    await expect.poll(() => panel.locator('.notice').textContent()).toContain(answersCsv);
    const answers = readFileSync(answersCsv, 'utf8');
    expect(answers.startsWith(`\ufeff${text(reportTexts, 'csv.answers.module')};`)).toBe(true);
    expect(answers.split('\r\n').filter((l) => l.length > 0).length).toBeGreaterThanOrEqual(QUESTIONS.length + 1);

    const planCsvPath = join(outDir, 'plan.csv');
    app.dialogAnswers.push(planCsvPath);
    await pressButton(page, panel.getByRole('button', { name: text(files, 'exports.planCsv') }));
    await expect.poll(() => panel.locator('.notice').textContent()).toContain(planCsvPath);
    const planCsv = readFileSync(planCsvPath, 'utf8');
    expect(planCsv.startsWith(`\ufeff${text(reportTexts, 'csv.plan.horizon')};`)).toBe(true);
    // The owner begins with a letter, but "=SUM(A1)" inside it must never start a cell.
    expect(planCsv).not.toMatch(/(^|;|\r\n)=SUM/);
    for (const a of allActions) expect(planCsv).toContain(a.title);
    for (const a of allActions) for (const part of a.work) expect(planCsv).toContain(part);
    expect(planCsv).toContain(`;${due};`);
    expect(planCsv).not.toContain(otherForm);

    // A cancelled dialog writes nothing and says nothing.
    app.dialogAnswers.push(null);
    await pressButton(page, panel.getByRole('button', { name: text(files, 'exports.planCsv') }));
    await expect.poll(() => app.dialogAnswers.length).toBe(0);
    expect(await panel.locator('.notice').count()).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();
  });
});

/** Control characters and bidirectional overrides: what a suggested file name must never hold. */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BIDI = /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/;

describe('a 200-character company name with control and bidi characters', () => {
  test('every export still works, and every suggested name is short and safe', { timeout: 120_000 }, async () => {
    const files = load('nb', 'files');
    const common = load('nb', 'common');
    const app = await launchApp({ locale: 'nb' });
    const { page } = app;
    const outDir = tempDir();
    const longName = `CON\u202Etxt.exe \u0007${'Fjord & Fjell «Æøå» '.repeat(12)}`.slice(0, 200);
    expect(longName).toHaveLength(200);
    const assessment = withProfile(
      { companyName: longName, customerType: 'b2c', size: 'small', channels: ['facebook'] },
      answeredAll(false),
    );
    app.store.saveAssessment(assessment);
    await page.reload();
    await pressButton(page, page.getByRole('button', { name: text(common, 'home.openNamed').replace('{{name}}', longName), exact: true }));
    await page.getByRole('heading', { level: 1, name: text(common, 'results.title') }).waitFor();
    const panel = page.locator('.export-panel');
    for (const [kind, ext] of [
      ['pdf', 'pdf'],
      ['word', 'docx'],
      ['answersCsv', 'csv'],
      ['planCsv', 'csv'],
    ] as const) {
      const path = join(outDir, `${kind}.${ext}`);
      app.dialogAnswers.push(path);
      await pressButton(page, panel.getByRole('button', { name: text(files, `exports.${kind}`) }));
      await expect.poll(() => panel.locator('.notice').textContent(), { timeout: 60_000 }).toContain(path);
      const suggested = app.dialogsShown.at(-1)!.defaultPath.split('/').at(-1)!;
      expect([...suggested].length, kind).toBeLessThanOrEqual(130);
      expect(suggested, kind).not.toMatch(CONTROL_OR_BIDI);
      expect(existsSync(path), kind).toBe(true);
    }
    // The assessment itself, from the home list.
    await pressButton(page, page.locator('button.brand'));
    const exported = join(outDir, 'vurdering.somekompass');
    app.dialogAnswers.push(exported);
    await pressButton(page, page.getByRole('button', { name: text(files, 'home.exportNamed').replace('{{name}}', longName), exact: true }));
    await expect.poll(() => existsSync(exported)).toBe(true);
    expect(app.dialogsShown.at(-1)!.defaultPath).not.toMatch(CONTROL_OR_BIDI);
    await app.close();
  });
});
