/**
 * Screenshots of the screens issues 7 and 9 added or changed, in both languages at 1280x800 (the projector at
 * 1920x1080), with the workshop's PDF pages rendered by pdftoppm, and a set at 320 px wide (issue 17, reflow:
 * `<lng>-320-*.png`), for looking at what was built (`npm run screenshots -- <folder>`; default
 * /tmp/some-kompass-screenshots). Uses the named companies of the plan tests and the end-to-end harness (built
 * renderer in Chromium, real main-process services).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, closeBrowser } from '../tests/e2e/harness';
import { AppStore } from '../electron/main/services/appStore';
import { openConfBackend } from '../electron/main/services/storeBackend';
import { COMPANIES, answerAt, companyAssessment } from '../tests/fixtures/companies';
import { QUESTIONS } from '../renderer/src/domain/bank';
import { execFileSync } from 'node:child_process';
import { sampleWorkshop } from '../tests/fixtures/workshops';
import { confirmCarriedOver, startFollowUp } from '../renderer/src/domain/rounds/rounds';
import { studentHomework, writeClass } from '../tests/fixtures/classroom';
import { brandScreenshots } from './screenshotsBrand';

const out = process.argv[2] ?? '/tmp/some-kompass-screenshots';
mkdirSync(out, { recursive: true });

for (const lng of ['nb', 'sv'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'shots-'));
  const store = new AppStore(dir, openConfBackend);
  for (const c of COMPANIES) {
    const a = { ...companyAssessment(c), planLanguage: lng };
    if (c.key === 'hairdresser') for (const q of QUESTIONS.filter((q) => q.module === 'authenticity')) delete a.answers[q.id];
    store.saveAssessment(a);
  }
  const app = await launchApp({ locale: lng, dataDir: dir });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForSelector('.assessment-table');
  await page.screenshot({ path: `${out}/${lng}-home.png`, fullPage: true });
  const open = async (name: string) => {
    await page.locator('button.brand').click();
    await page
      .locator('tr', { has: page.locator('th', { hasText: name }) })
      .locator('.row-actions button')
      .first()
      .click();
  };
  await open('Bakeri Solsiden');
  await page.locator('.step-nav button').last().click();
  await page.waitForSelector('.action-card');
  await page.screenshot({ path: `${out}/${lng}-plan-top.png` });
  await page.locator('details.later summary').click();
  await page.locator('details.later').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-plan-later.png` });
  await open(lng === 'nb' ? 'Kafé Mys' : 'Sportbutiken i Umeå');
  await page.locator('.step-nav button').last().click();
  // Several cards carry figures now (where the audience is, fewer channels): the first one is shown.
  await page.locator('.channel-advice').first().waitFor();
  await page.locator('.channel-advice').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-plan-channels.png` });
  await open('Byggmester Hansen');
  await page.waitForSelector('h1');
  await page.screenshot({ path: `${out}/${lng}-results-prelim.png` });
  await open('Frisør Lena');
  await page.locator('.step-nav button').nth(1).click();
  await page.locator('.question.not-asked').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-not-asked.png` });
  await open('Hotell Fjordgløtt');
  await page.locator('.step-nav button').last().click();
  await page.waitForSelector('.action-card');
  await page.screenshot({ path: `${out}/${lng}-plan-upkeep.png` });
  await app.close();
}
// Issue 10: a second round of Bakeri Solsiden, with responsiveness improved and a target set.
for (const lng of ['nb', 'sv'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'shots-'));
  const store = new AppStore(dir, openConfBackend);
  const first = { ...companyAssessment(COMPANIES[0]!), planLanguage: lng, createdAt: '2026-05-30T09:00:00.000Z' };
  const second = startFollowUp(first, 'round-2', '2026-11-30T09:00:00.000Z');
  for (const q of QUESTIONS.filter((x) => x.module === 'responsiveness')) second.answers[q.id] = answerAt(q, 'good');
  store.saveAssessment(first);
  store.saveAssessment({
    ...confirmCarriedOver(
      second,
      QUESTIONS.filter((x) => x.module !== 'channels').map((x) => x.id),
    ),
    targets: { strategy: 'advanced' },
  });
  const app = await launchApp({ locale: lng, dataDir: dir });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page
    .locator('tr', { has: page.locator('.workshop-tag') })
    .locator('.row-actions button')
    .first()
    .click();
  await page.locator('.step-nav button').nth(5).click();
  await page.locator('section.progress').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-round-progress.png` });
  await page.locator('.module-cards').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-round-targets.png` });
  await page.locator('.step-nav button').nth(2).click();
  await page.locator('.carried-over').first().waitFor();
  await page.screenshot({ path: `${out}/${lng}-round-carried-over.png` });
  await app.close();
}

// Issue 10: the teacher's class overview of 30 hand-ins, and a student's hand-in with what is missing.
for (const lng of ['nb', 'sv'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'shots-'));
  const cls = writeClass(join(dir, 'klasse'), 30, lng);
  const store = new AppStore(join(dir, 'data'), openConfBackend);
  const draft = studentHomework(3, lng);
  store.saveAssessment({
    ...draft,
    homework: { ...draft.homework!, student: '', handedInAt: null, reflections: { strategy: 'For kort.' } },
  });
  const app = await launchApp({ locale: lng, dataDir: join(dir, 'data') });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('.row-actions button').first().click();
  await page.locator('.step-nav button').last().click();
  await page.locator('.hand-in-actions button').click();
  await page.locator('.hand-in-missing').waitFor();
  await page.screenshot({ path: `${out}/${lng}-handin-missing.png`, fullPage: true });
  await page.locator('.step-nav button').nth(1).click();
  await page.locator('.reflection').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-reflection.png` });
  await page.locator('button.brand').click();
  await page.locator('.head-buttons button', { hasText: /Klasseoversikt|Klassöversikt/ }).click();
  await page.locator('.class-overview').waitFor();
  await page.locator('.class-overview textarea').fill(cls.classList.join('\n'));
  app.dialogAnswers.push([cls.folder]);
  await page.locator('.class-overview .head-buttons button').nth(1).click();
  await page.locator('.class-matrix').waitFor();
  await page.screenshot({ path: `${out}/${lng}-class-top.png` });
  await page.locator('.class-matrix').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-class-matrix.png` });
  await page.locator('.class-stats').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-class-stats.png` });
  await page.locator('.class-overview input[type="checkbox"]').check();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${out}/${lng}-class-anonymous.png` });
  await app.close();
}

// Issue 9: a named workshop of five at Nordlys Regnskap, from the respondents to the projector and the PDF.
for (const lng of ['nb', 'sv'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'shots-'));
  new AppStore(dir, openConfBackend).saveAssessment(sampleWorkshop(5, { language: lng }));
  const app = await launchApp({ locale: lng, dataDir: dir, displays: 2 });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForSelector('.assessment-table');
  await page.screenshot({ path: `${out}/${lng}-ws-home.png` });
  await page.locator('.row-actions button').first().click();
  await page.waitForSelector('.workshop');
  await page.screenshot({ path: `${out}/${lng}-ws-respondents.png`, fullPage: true });
  // Everyone has answered: the facilitator reopens the first person's answers through the confirmation.
  await page.locator('.respondent-table .row-actions button').first().click();
  await page.locator('.confirm-dialog button.primary').click();
  await page.waitForSelector('.answering-as');
  await page.screenshot({ path: `${out}/${lng}-ws-answering.png` });
  await page.locator('.hand-back').click();
  // The hand-over screen: its last button is "I lead the workshop".
  await page.locator('main button').last().click();
  await page.waitForSelector('.workshop');
  await page.locator('.step-nav button').nth(2).click();
  await page.screenshot({ path: `${out}/${lng}-ws-module-hidden.png` });
  await page.locator('.workshop-module > button').first().click();
  await page.locator('.workshop-question.disagreement').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/${lng}-ws-module-revealed.png` });
  await page.locator('.step-nav button').nth(1).click();
  await page.locator('.workshop .head-buttons button').first().click();
  await page.locator('.step-nav button').nth(6).click();
  await page.screenshot({ path: `${out}/${lng}-ws-discuss.png` });
  await page.locator('.step-nav button').nth(7).click();
  await page.screenshot({ path: `${out}/${lng}-ws-results.png`, fullPage: true });
  const pdf = join(out, `${lng}-ws-report.pdf`);
  app.dialogAnswers.push(pdf);
  await page.locator('.export-buttons button').first().click();
  await page.waitForSelector('.export-panel [role="status"] p, .notice-ok p', { timeout: 60_000 });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, `${lng}-ws-report-page`)]);
  await page.locator('.step-nav button').nth(1).click();
  await page.locator('button', { hasText: /Start presentasjonen|Starta presentationen/ }).click();
  const projector = (await app.presentationPage())!;
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.waitForSelector('.present-body h1');
  await projector.screenshot({ path: `${out}/${lng}-ws-projector.png` });
  for (let i = 0; i < 5; i++) await projector.keyboard.press('ArrowRight');
  await projector.waitForTimeout(200);
  await projector.screenshot({ path: `${out}/${lng}-ws-projector-6.png` });
  await projector.keyboard.press('End');
  for (let i = 0; i < 50; i++) await projector.keyboard.press('ArrowRight');
  await projector.keyboard.press('ArrowLeft');
  await projector.waitForTimeout(200);
  await projector.screenshot({ path: `${out}/${lng}-ws-projector-discuss.png` });
  await projector.keyboard.press('ArrowRight');
  await projector.waitForTimeout(200);
  await projector.screenshot({ path: `${out}/${lng}-ws-projector-scores.png` });
  await app.close();
}
// Issue 17, finding 1 (reflow): home, a module, results, plan, workshop, class overview, portfolio and settings at
// 320 CSS px (1280 px at 400 % zoom), full page, in both languages: nothing may need sideways scrolling but a table
// inside its own region.
for (const lng of ['nb', 'sv'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'shots-'));
  const store = new AppStore(join(dir, 'data'), openConfBackend);
  store.saveAssessment({ ...companyAssessment(COMPANIES[0]!), planLanguage: lng });
  store.saveAssessment(sampleWorkshop(5, { language: lng }));
  const cls = writeClass(join(dir, 'klasse'), 30, lng);
  const app = await launchApp({ locale: lng, dataDir: join(dir, 'data') });
  const { page } = app;
  await page.setViewportSize({ width: 320, height: 256 });
  const shot = (name: string) => page.screenshot({ path: `${out}/${lng}-320-${name}.png`, fullPage: true });
  const openRow = async (name: string) => {
    await page.locator('button.brand').click();
    await page
      .locator('.assessment-table tr', { has: page.locator('th', { hasText: name }) })
      .locator('.row-actions button')
      .first()
      .click();
  };
  await page.waitForSelector('.assessment-table');
  await shot('home');
  await openRow('Bakeri Solsiden');
  await page.locator('.step-nav li button').nth(1).click();
  await page.locator('.question').first().waitFor();
  await shot('module');
  await page.locator('.step-nav li button').nth(5).click();
  await page.locator('svg.radar').waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await shot('results');
  await page.locator('.step-nav li button').nth(6).click();
  await page.locator('.action-card').first().waitFor();
  await shot('plan');
  await openRow('Nordlys');
  await page.locator('.workshop').waitFor();
  await shot('workshop');
  await page.locator('.step-nav li button').nth(2).click();
  await page.locator('.workshop-module > button').first().click();
  await page.locator('.workshop-question').first().waitFor();
  await shot('workshop-revealed');
  await page.locator('button.brand').click();
  await page.locator('.home .head-buttons button', { hasText: /Klasseoversikt|Klassöversikt/ }).click();
  await page.locator('.class-overview textarea').fill(cls.classList.join('\n'));
  app.dialogAnswers.push([cls.folder]);
  await page.locator('.class-overview .head-buttons button').nth(1).click();
  await page.locator('.class-matrix').waitFor();
  await shot('class');
  // The portfolio of the companies stored here, and the settings with a colour refused (its reason and suggestion).
  await page.locator('button.brand').click();
  await page.locator('.home .head-buttons button', { hasText: /Kundeoversikt|Kundöversikt/ }).click();
  await page.locator('section.portfolio table').waitFor();
  await shot('portfolio');
  await page.locator('button.brand').click();
  await page.locator('.home .head-buttons button', { hasText: /Profil og logo|Profil och logotyp/ }).click();
  await page.locator('.brand-accent-row input').fill('#ff9900');
  await page.locator('.brand-form .field-error', { hasText: '#ff9900' }).waitFor();
  await shot('settings');
  await app.close();
}
await brandScreenshots(out);
await closeBrowser();
