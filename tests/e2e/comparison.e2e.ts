/**
 * The honest comparison (issue 18, part 3), by keyboard in both languages: the official layer with its year, source
 * and the 10-employee note, and "no official figure" for a firm under 10; "companies like yours" off by default, then
 * on: nothing at 4 comparable companies, the median and middle half at 5, the company's own copy never counted, and
 * the PDF report saying the same (read back with pdftotext). axe finds nothing. With SOME_KOMPASS_SHOTS=<folder> the
 * results' comparison is also saved there as a PNG, and the report as a PDF.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, type LaunchedApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, toggleCheckbox } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { summarize } from '../../renderer/src/domain/model/summary';
import { peerComparison } from '../../renderer/src/domain/comparison/peers';
import { formatScore } from '../../renderer/src/domain/model/format';
import { MODULE_IDS, type Assessment, type Language, type Profile } from '../../renderer/src/domain/model/types';
import { COMPANIES, companyAssessment } from '../fixtures/companies';

const folders = tempFolders('some-kompass-comparison-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const shots = process.env['SOME_KOMPASS_SHOTS'];
const shot = async (page: Page, name: string): Promise<void> => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
};

const OWN = 'Fjordbakst';
/** Five other companies of the same size and customer type, each with its own answers. */
const PEER_KEYS = ['bakery', 'hairdresser', 'dentist', 'sportsShop', 'cafe'] as const;

function company(key: string, id: string, lng: Language, profile: Partial<Profile>): Assessment {
  const base = companyAssessment(COMPANIES.find((c) => c.key === key)!);
  return { ...base, id, planLanguage: lng, profile: { ...base.profile, ...profile } };
}

describe.each(['nb', 'sv'] as const)('the comparison (%s)', (lng) => {
  const common = load(lng, 'common');
  const comparison = load(lng, 'comparison');
  const sources = load(lng, 'sources');
  const c = (key: string, values?: Record<string, string | number>): string => get(comparison, key, values);
  const market = lng === 'nb' ? 'no' : 'se';
  const alike: Partial<Profile> = { size: 'medium', customerType: 'b2c', industry: 'retail', markets: [market] };

  test(
    'official figures with their limits; companies like yours off by default, absent at 4, shown at 5, in the PDF too',
    { timeout: 120_000 },
    async () => {
      const dataDir = folders.make();
      const own = company('manufacturer', 'own', lng, { ...alike, companyName: OWN });
      const peers = PEER_KEYS.map((key, i) => company(key, `peer-${i}`, lng, { ...alike, companyName: `Firma ${i + 1}` }));
      // The company's own copy (same name, its own series) must never count as a sixth company.
      const copy = company('hotel', 'own-copy', lng, { ...alike, companyName: OWN });
      const small = company('bakery', 'small', lng, { ...alike, size: 'small', companyName: 'Småbakst' });
      const store = new AppStore(dataDir, openConfBackend);
      for (const a of [own, ...peers, copy, small]) store.saveAssessment(a);

      const app = await launchApp({ locale: lng, dataDir });
      const { page } = app;
      await page.setViewportSize({ width: 1280, height: 800 });
      const section = page.locator('section.comparison');

      // Off by default: the official layer only, though five comparable companies are stored.
      await openResults(app, OWN, common, 'established');
      const figure = get(comparison, `official.figure_${market}`, {
        share: lng === 'nb' ? (market === 'no' ? '76 %' : '80 %') : '80 %',
        year: market === 'no' ? 2019 : 2021,
        earlierShare: '72 %',
        earlierYear: 2017,
        euShare: '59 %',
        source: get(sources, market === 'no' ? 'name.SSBIKT19' : 'name.ESTAT21'),
      });
      const sectionText = async (): Promise<string> => normalSpaces((await section.textContent()) ?? '');
      await expect.poll(sectionText).toContain(figure);
      expect(await sectionText()).toContain(c('official.note'));
      expect(await sectionText()).toContain(get(sources, market === 'no' ? 'line.SSBIKT19' : 'line.ESTAT21'));
      expect(await sectionText()).not.toContain(c('peers.heading'));
      expect(await axeViolations(page), 'axe with the official layer').toEqual([]);

      // The consultant turns it on in the settings, by keyboard; it is stored at once.
      await pressButton(page, page.locator('.app-header button.brand'));
      await pressButton(page, page.getByRole('button', { name: get(load(lng, 'files'), 'brand.settingsButton'), exact: true }));
      const box = page.getByRole('checkbox', { name: c('setting.label'), exact: true });
      await expect.poll(() => box.isChecked()).toBe(false);
      await toggleCheckbox(page, box);
      await expect.poll(() => app.store.getSettings().peerComparison).toBe(true);
      // The box shows ticked once main has said the setting is stored.
      await expect.poll(() => box.isChecked()).toBe(true);
      expect(await axeViolations(page), 'axe on the settings with the switch').toEqual([]);

      // On: five companies like this one, and its own copy not among them.
      await pressButton(page, page.locator('.app-header button.brand'));
      await openResults(app, OWN, common, 'established');
      const caption = c('peers.caption', { number: 5 });
      await expect.poll(() => section.locator('caption').textContent()).toBe(caption);
      const expected = peerComparison(
        { series: 'own', companyName: OWN, size: 'medium', customerType: 'b2c', industry: 'retail' },
        app.store.listSummaries(),
      );
      if (expected.kind !== 'shown') throw new Error('the core should compare five companies');
      const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
      expect(rows.map((r) => r.slice(2))).toEqual(
        MODULE_IDS.map((m) => {
          const s = expected.areas[m]!;
          return [formatScore(s.median), `${formatScore(s.lowerQuartile)}–${formatScore(s.upperQuartile)}`];
        }),
      );
      expect(rows.map((r) => r[1])).toEqual(MODULE_IDS.map((m) => formatScore(summarize(own).areas[m])));
      const text = await sectionText();
      expect(text).toContain(c('peers.basisIndustry'));
      for (const name of ['Firma 1', 'Firma 5']) expect(text).not.toContain(name);
      expect(await axeViolations(page), 'axe with both layers').toEqual([]);
      // At 320 px the table scrolls inside its own region, never the page.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.setViewportSize({ width: 1280, height: 800 });
      await section.scrollIntoViewIfNeeded();
      await shot(page, `${lng}-comparison`);

      // The PDF report carries both layers, read back as text.
      const pdf = join(dataDir, 'rapport.pdf');
      app.dialogAnswers.push(pdf);
      await pressButton(page, page.getByRole('button', { name: get(load(lng, 'files'), 'exports.pdf') }));
      await expect.poll(() => app.dialogAnswers.length, { timeout: 60_000 }).toBe(0);
      await expect.poll(() => page.locator('.print-view').count(), { timeout: 60_000 }).toBe(0);
      if (shots) copyFileSync(pdf, join(shots, `${lng}-comparison.pdf`));
      const pdfText = normalSpaces(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      for (const part of [c('title'), c('official.heading'), figure, c('peers.heading'), caption]) expect(pdfText).toContain(part);

      // Down to four: nothing is compared, and the screen says why.
      app.store.deleteAssessment('peer-4');
      await reopenResults(app, common);
      await expect.poll(sectionText).toContain(c('peers.tooFew'));
      expect(await section.locator('table').count()).toBe(0);
      expect(await axeViolations(page), 'axe with too few companies').toEqual([]);

      // A firm under 10 employees: no official figure covers it, and none is shown.
      await pressButton(page, page.locator('.app-header button.brand'));
      await openResults(app, 'Småbakst', common);
      await expect.poll(sectionText).toContain(c('official.belowTen'));
      expect(await sectionText()).not.toContain(figure);
      expect(await axeViolations(page), 'axe for a firm under 10').toEqual([]);
      await app.close();
    },
  );
});

const normalSpaces = (s: string): string => s.replace(/\s+/g, ' ');

/** Opens the company's results from the home list; `band` tells it from its copy of the same name. */
async function openResults(app: LaunchedApp, name: string, common: Record<string, unknown>, band?: string): Promise<void> {
  const { page } = app;
  const row = page.locator('tr').filter({ hasText: band ? get(common, `bands.${band}`) : name });
  await pressButton(page, row.getByRole('button', { name: get(common, 'home.openNamed', { name }), exact: true }));
  await pressButton(page, page.locator('.step-nav button', { hasText: get(common, 'steps.results') }));
  await expect.poll(() => page.locator('h1').first().textContent()).toBe(get(common, 'results.title'));
}

/** The comparison reads the stored summaries when the results open: to the plan and back. */
async function reopenResults(app: LaunchedApp, common: Record<string, unknown>): Promise<void> {
  const { page } = app;
  await pressButton(page, page.locator('.step-nav button').last());
  await expect.poll(() => page.locator('h1').first().textContent()).not.toBe(get(common, 'results.title'));
  await pressButton(page, page.locator('.step-nav button', { hasText: get(common, 'steps.results') }));
  await expect.poll(() => page.locator('h1').first().textContent()).toBe(get(common, 'results.title'));
}
