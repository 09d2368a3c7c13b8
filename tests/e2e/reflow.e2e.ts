/**
 * Issue 17, finding 1, Reflow (WCAG 1.4.10), in Chromium: at 320 CSS px wide (1280 px at 400 % zoom) and at 640 px
 * (200 %) no screen scrolls sideways at page level, in nb and sv. Every screen state is visited: home with several
 * assessments (a workshop, homework, follow-up rounds), its two forms, profile, each module, results, plan and its
 * export panel, follow-up progress with a trend, the workshop (respondents, answering, hand-over, hidden and revealed
 * answers, discuss, results), homework hand-in, the class overview with 30 hand-ins, the portfolio, the settings (a
 * colour refused, the brand's preview), and the header after a save that failed on a full disk. A failure names the screen and its widest element (the one whose right edge is furthest
 * beyond the window). Tables may scroll inside a focusable region of their own; a chart's labels must lie inside it.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, type LaunchedApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { COMPANIES, answerAt, companyAssessment } from '../fixtures/companies';
import { sampleWorkshop } from '../fixtures/workshops';
import { studentHomework, writeClass } from '../fixtures/classroom';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { confirmCarriedOver, startFollowUp } from '../../renderer/src/domain/rounds/rounds';
import type { Assessment, Language } from '../../renderer/src/domain/model/types';

const folders = tempFolders('some-kompass-reflow-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

/** 1280 px at 400 % and at 200 % zoom; the height of 1024 px at 400 %. */
const WIDTHS = [320, 640] as const;
const HEIGHT = 256;

/** What overflows one screen at one width, in words a failing test can print; null when nothing does. */
function overflowAt(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clips = (e: Element): boolean => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (e: Element): string =>
      `<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? ` class="${e.className}"` : ''}> "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    const problems: string[] = [];
    if (root.scrollWidth > root.clientWidth) {
      let widest: Element | null = null;
      let right = 0;
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.right > right && !clips(e)) [widest, right] = [e, r.right];
      }
      problems.push(
        `page ${root.scrollWidth} px wide in ${root.clientWidth}; widest ${widest ? describe(widest) : '?'} to ${Math.round(right)} px`,
      );
    }
    // A chart's labels must lie inside the chart: SVG clips what is outside its box, where no scrolling reaches.
    for (const svg of document.querySelectorAll('svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
          problems.push(
            `chart label "${text.textContent}" at ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} px of ${Math.round(box.width)}`,
          );
      }
    }
    return problems.length ? problems.join('; ') : null;
  });
}

/** The assessments of one language: companies, three rounds of one, a workshop of five, a student's draft. */
function seed(dataDir: string, lng: Language): void {
  const store = new AppStore(dataDir, openConfBackend);
  for (const c of COMPANIES.slice(1, 4)) store.saveAssessment({ ...companyAssessment(c), planLanguage: lng });
  const first: Assessment = { ...companyAssessment(COMPANIES[0]!), planLanguage: lng, createdAt: '2026-01-30T09:00:00.000Z' };
  const all = QUESTIONS.map((q) => q.id);
  const second = confirmCarriedOver(startFollowUp(first, 'round-2', '2026-05-30T09:00:00.000Z'), all);
  const third = startFollowUp(second, 'round-3', '2026-11-30T09:00:00.000Z');
  for (const q of QUESTIONS.filter((x) => x.module === 'responsiveness')) third.answers[q.id] = answerAt(q, 'good');
  for (const a of [first, second, { ...confirmCarriedOver(third, all), targets: { strategy: 'advanced' as const } }])
    store.saveAssessment(a);
  store.saveAssessment(sampleWorkshop(5, { language: lng }));
  const draft = studentHomework(3, lng);
  store.saveAssessment({ ...draft, homework: { ...draft.homework!, student: '', handedInAt: null } });
}

describe.each(['nb', 'sv'] as const)('reflow at 320 and 640 px (%s)', (lng) => {
  test('no screen scrolls sideways, and no chart label is cut off', async () => {
    const dir = folders.make();
    seed(join(dir, 'data'), lng);
    const cls = writeClass(join(dir, 'klasse'), 30, lng);
    const app: LaunchedApp = await launchApp({ locale: lng, dataDir: join(dir, 'data') });
    const { page } = app;
    page.setDefaultTimeout(10_000);
    const common = load(lng, 'common');
    const homeButton = (key: string) => page.locator('.home .head-buttons button', { hasText: get(common, key) });
    const failures: string[] = [];
    const measured: string[] = [];
    /**
     * Measures the screen as it stands, every <details> open, at each width, ending at 320; with `axe`, axe-core checks
     * it at 320 too (a table that scrolls in its region must be reachable by keyboard: scrollable-region-focusable).
     */
    const check = async (screen: string, options: { axe?: boolean } = {}): Promise<void> => {
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      for (const width of [...WIDTHS].reverse()) {
        await page.setViewportSize({ width, height: HEIGHT });
        const problem = await overflowAt(page);
        if (problem) failures.push(`${screen} at ${width} px: ${problem}`);
        measured.push(`${screen}@${width}`);
      }
      if (options.axe) for (const v of await axeViolations(page)) failures.push(`${screen} at 320 px, axe: ${v}`);
    };
    /** Goes to the nth step and waits until it is the one shown. */
    const step = async (n: number): Promise<void> => {
      const button = page.locator('.step-nav li button').nth(n);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-current')).toBe('step');
    };
    const home = async () => {
      await page.locator('button.brand').click();
      await page.locator('.assessment-table').waitFor();
    };
    const open = async (row: string) => {
      await home();
      await page
        .locator('.assessment-table tr', { has: page.locator('th', { hasText: row }) })
        .locator('.row-actions button')
        .first()
        .click();
      await page.locator('.step-nav').waitFor();
    };
    await page.setViewportSize({ width: 320, height: HEIGHT });
    await page.locator('.assessment-table').waitFor();
    await check('home', { axe: true });
    await homeButton('home.newHomework').click();
    await check('home, new homework form');
    await homeButton('home.newWorkshop').click();
    await check('home, new workshop form');

    // A company from the profile through every area to the results, the plan and the export panel.
    await open(COMPANIES[1]!.profile.companyName!);
    const steps = await page.locator('.step-nav li button').count();
    for (let i = 0; i < steps; i++) {
      await step(i);
      await page.locator('h1').first().waitFor();
      const title = (await page.locator('h1').first().textContent()) ?? '';
      // The results (four tables in their regions) and the plan (cards, export panel) are also checked by axe.
      await check(`${COMPANIES[1]!.profile.companyName}, step ${i + 1} "${title}"`, { axe: i >= steps - 2 });
    }
    await page.locator('.action-card').first().waitFor();

    // The third round: its progress with a trend over three rounds, and an area with answers to confirm.
    await home();
    const round3 = page.locator('.assessment-table tr', { has: page.locator('.workshop-tag', { hasText: '3' }) });
    await round3.locator('.row-actions button').first().click();
    await step(5);
    await page.locator('section.progress').waitFor();
    await check('third round, results with progress and trend', { axe: true });
    // At 320 px a wide table scrolls in its region, which is a named tab stop: the keyboard scrolls it sideways.
    const region = page.getByRole('region', { name: get(common, 'results.tableCaption', { module: get(load(lng, 'strategy'), 'name') }) });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    // At 1280 px the same table fits: no landmark and no tab stop of its own.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('.table-scroll[role="region"], .table-scroll[tabindex]').count()).toBe(0);
    await step(2);
    await check('third round, an area');

    // The workshop: respondents, one person answering, the hand-over, hidden and revealed answers, discuss, results.
    await home();
    await page
      .locator('.assessment-table tr', { has: page.locator('th', { hasText: 'Nordlys' }) })
      .locator('.row-actions button')
      .first()
      .click();
    await page.locator('.workshop').waitFor();
    await check('workshop, respondents', { axe: true });
    // Everyone has answered: the facilitator reopens the first person's answers through a confirmation.
    await page.locator('.respondent-table .row-actions button').first().click();
    await page.locator('.confirm-dialog').waitFor();
    await check('workshop, confirm reopening answers');
    await page.locator('.confirm-dialog button.primary').click();
    await page.locator('.answering-as').waitFor();
    await check('workshop, answering');
    await page.locator('.hand-back').first().click();
    await page.locator('h1').first().waitFor();
    await check('workshop, hand-over');
    await page.locator('main button').last().click();
    await page.locator('.workshop').waitFor();
    await step(2);
    await check('workshop, answers hidden');
    await page.locator('.workshop-module > button').first().click();
    await page.locator('.workshop-question').first().waitFor();
    await check('workshop, answers revealed');
    await step(6);
    await check('workshop, to discuss');
    await step(7);
    await check('workshop, results', { axe: true });

    // A student's homework: the hand-in with what is missing.
    await open('Case 3');
    await page.locator('.step-nav button').last().click();
    await page.locator('.hand-in-actions button').first().click();
    await page.locator('.hand-in-missing').waitFor();
    await check('homework, hand-in', { axe: true });

    // The class overview, read from a folder of 30 hand-ins.
    await home();
    await homeButton('home.classOverview').click();
    await page.locator('.class-overview').waitFor();
    await check('class overview, empty');
    await page.locator('.class-overview textarea').fill(cls.classList.join('\n'));
    app.dialogAnswers.push([cls.folder]);
    await page.locator('.class-overview .head-buttons button').nth(1).click();
    await page.locator('.class-matrix').waitFor();
    await check('class overview, 30 hand-ins', { axe: true });

    // The portfolio of the stored companies, and the settings with a colour refused and the brand's preview.
    await home();
    await homeButton('home.portfolio').click();
    await page.locator('section.portfolio table').waitFor();
    await check('portfolio', { axe: true });
    await home();
    await page.locator('.home .head-buttons button', { hasText: get(load(lng, 'files'), 'brand.settingsButton') }).click();
    await page.locator('.settings-screen .brand-form').waitFor();
    await page.locator('.brand-accent-row input').fill('#ff9900');
    await page.locator('.brand-form .field-error', { hasText: '#ff9900' }).waitFor();
    await check('settings, a colour too light', { axe: true });

    // A save that fails on a full disk: the header says so and offers "try again".
    await open(COMPANIES[2]!.profile.companyName!);
    app.store.saveAssessment = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await step(0);
    const name = page.locator('input').first();
    await name.fill(`${(await name.inputValue()) || 'X'} AS`);
    await page.locator('.retry-save').waitFor();
    await check('header after a save failed, disk full');

    expect(measured.length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
    await app.close();
  });
});
