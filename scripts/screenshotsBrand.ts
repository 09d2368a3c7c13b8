/**
 * Screenshots of the consultant's brand (issue 18, part 1), in both languages: the settings screen with its preview
 * (1280 wide, and 320 for reflow), and the branded PDF report's cover and second page rendered with pdftoppm.
 * Called by scripts/screenshots.ts; runs alone too: `npx tsx scripts/screenshotsBrand.ts <folder>`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchApp, closeBrowser } from '../tests/e2e/harness';
import { AppStore } from '../electron/main/services/appStore';
import { openConfBackend } from '../electron/main/services/storeBackend';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';

const fixtures = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'brand');
const dataUrl = (file: string, mime: string): string => `data:${mime};base64,${readFileSync(join(fixtures, file)).toString('base64')}`;

export async function brandScreenshots(out: string): Promise<void> {
  for (const lng of ['nb', 'sv'] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'shots-brand-'));
    const store = new AppStore(join(dir, 'data'), openConfBackend);
    const company = { ...companyAssessment(COMPANIES[0]!), planLanguage: lng, clientLogo: dataUrl('client.jpg', 'image/jpeg') };
    store.saveAssessment(company);
    store.settings.setBrand({
      name: lng === 'nb' ? 'Kari Rådgivning AS' : 'Karins Rådgivning AB',
      contact: 'kari@example.no · 900 00 000',
      accent: '#8a3b12',
      logo: dataUrl('logo.png', 'image/png'),
      onHomework: false,
      inFiles: false,
    });
    const app = await launchApp({ locale: lng, dataDir: join(dir, 'data') });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.sendMenuCommand('brandSettings');
    await page.locator('.brand-preview-cover .brand-name').waitFor();
    await page.screenshot({ path: `${out}/${lng}-brand-settings.png`, fullPage: true });
    await page.setViewportSize({ width: 320, height: 256 });
    await page.screenshot({ path: `${out}/${lng}-320-brand-settings.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    await app.sendMenuCommand('goHome');
    await page
      .locator('.assessment-table tr', { has: page.locator('th', { hasText: company.profile.companyName }) })
      .locator('.row-actions button')
      .first()
      .click();
    await page.locator('.step-nav li button').nth(5).click();
    const pdf = join(dir, 'rapport.pdf');
    app.dialogAnswers.push(pdf);
    await page.locator('.export-panel .export-buttons button').first().click();
    await page.locator('.export-panel .notice').waitFor({ timeout: 60_000 });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, `${out}/${lng}-brand-pdf`]);
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2] ?? '/tmp/some-kompass-screenshots';
  mkdirSync(out, { recursive: true });
  await brandScreenshots(out);
  await closeBrowser();
}
