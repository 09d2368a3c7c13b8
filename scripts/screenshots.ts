/**
 * Screenshots of the screens issue 7 added or changed, in both languages at 1280x800, for looking at what was built
 * (`npm run screenshots -- <folder>`; default /tmp/some-kompass-screenshots). Uses the named companies of the plan
 * tests and the end-to-end harness (built renderer in Chromium, real main-process services).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, closeBrowser } from '../tests/e2e/harness';
import { AppStore } from '../electron/main/services/appStore';
import { openConfBackend } from '../electron/main/services/storeBackend';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';
import { QUESTIONS } from '../renderer/src/domain/bank';

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
    await page.locator('tr', { has: page.locator('th', { hasText: name }) }).locator('.row-actions button').first().click();
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
  await page.waitForSelector('.channel-advice');
  await page.locator('.channel-advice').scrollIntoViewIfNeeded();
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
await closeBrowser();
