/**
 * Status messages reach a live region that was there before them (issue 17, WCAG 4.1.3), in real Chromium, nb and sv:
 * the app's two regions (polite, assertive) are tagged right after start-up, and each message must then appear in
 * the tagged node itself, so a region made together with its text (which a screen reader often never speaks) fails.
 * Covered: "saved as …", an import's result and a bad file's error, the home search's count and "no match", the class
 * overview's result, "the presentation shows on display 2 …", and the settings: a logo refused or chosen, a colour
 * that is none, and the profile saved.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, typeInto } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { createAssessment } from '../../renderer/src/domain/model/assessment';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { buildClassOverview } from '../../renderer/src/domain/homework/classOverview';
import { readClassFiles } from '../../electron/main/services/classFiles';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { sampleWorkshop } from '../fixtures/workshops';
import { writeClass } from '../fixtures/classroom';

const folders = tempFolders('some-kompass-status-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

type Politeness = 'polite' | 'assertive';
const region = (page: Page, politeness: Politeness) => page.locator(`[data-announcer-politeness="${politeness}"]`);

/** Marks both regions, so a later check can tell the very same nodes from new ones. */
async function tagRegions(page: Page): Promise<void> {
  for (const p of ['polite', 'assertive'] as const) {
    await region(page, p).waitFor({ state: 'attached' });
    await region(page, p).evaluate((el) => el.setAttribute('data-tagged', 'before'));
  }
}

/** Waits until the tagged region (the node that was there before the action) says `text`. */
async function expectHeard(page: Page, politeness: Politeness, text: string): Promise<void> {
  const tagged = page.locator(`[data-announcer-politeness="${politeness}"][data-tagged="before"]`);
  await expect.poll(() => tagged.textContent(), { message: `${politeness} region should say: ${text}`, timeout: 5000 }).toBe(text);
}

const company = (id: string, name: string): Assessment => {
  const a = createAssessment(id, '2026-11-20T10:00:00.000Z', 'nb');
  return { ...a, profile: { ...a.profile, companyName: name } };
};

describe.each(['nb', 'sv'] as const)('status messages reach a live region that was there before them (%s)', (lng) => {
  const common = load(lng, 'common');
  const files = load(lng, 'files');
  const workshop = load(lng, 'workshop');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);

  test('saved as, import, a bad file, the search count and no match', async () => {
    const dataDir = folders.make();
    const out = folders.make();
    const store = new AppStore(dataDir, openConfBackend);
    const names = [
      'Bakeri Solsiden',
      'Bakeri Nord',
      'Sykkel AS',
      'Frisør Fie',
      'Rørlegger Ås',
      'Kafé Torget',
      'Blomster',
      'Regnskap',
      'Tannlege',
      'Snekker',
    ];
    names.forEach((name, i) => store.saveAssessment(company(`c${i}`, name)));
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await page.locator('.company-cell').first().waitFor();
    await tagRegions(page);

    // The search: how many match, then that none do.
    const search = page.getByLabel(t('home.searchLabel'), { exact: true });
    await search.fill('Bakeri');
    await expectHeard(page, 'polite', t('homeSearch.matches_other', { count: 2 }));
    await search.fill('Bakeri Sol');
    await expectHeard(page, 'polite', t('homeSearch.matches_one', { count: 1 }));
    await search.fill('Zzz');
    await expectHeard(page, 'polite', t('home.noMatch', { query: 'Zzz' }));
    await search.fill('');

    // Saved as: the exported file's path.
    const exported = join(out, 'sykkel.somekompass');
    app.dialogAnswers.push(exported);
    await page.getByRole('button', { name: get(files, 'home.exportNamed', { name: 'Sykkel AS' }), exact: true }).press('Enter');
    await expectHeard(page, 'polite', get(files, 'saved.assessment', { path: exported }));

    // An import: a file from elsewhere comes in as a new assessment.
    const incoming = join(out, 'ny.somekompass');
    writeFileSync(incoming, serializeAssessmentFile(company('from-file', 'Gartneri Vest'), '0.3.0', new Date()));
    app.dialogAnswers.push(incoming);
    await page.getByRole('button', { name: get(files, 'home.import'), exact: true }).press('Enter');
    await expectHeard(page, 'polite', get(files, 'import.success', { name: 'Gartneri Vest' }));

    // A bad file: said at once, in the assertive region.
    const bad = join(out, 'skadet.somekompass');
    writeFileSync(bad, Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x22]));
    app.dialogAnswers.push(bad);
    await page.getByRole('button', { name: get(files, 'home.import'), exact: true }).press('Enter');
    await expectHeard(
      page,
      'assertive',
      `${get(files, 'import.failedFile', { file: 'skadet.somekompass' })} ${get(files, 'import.errors.binary')}`,
    );
    // The visible notices are not live regions of their own: only the announcer speaks.
    expect(await page.locator('.notice[role], .notice [role="status"], .notice [role="alert"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await app.close();
  });

  test('the class overview says its result once the files are read', async () => {
    const cls = writeClass(folders.make(), 5, lng);
    const app = await launchApp({ locale: lng, dataDir: folders.make() });
    const { page } = app;
    await tagRegions(page);
    await page.getByRole('button', { name: t('home.classOverview'), exact: true }).press('Enter');
    app.dialogAnswers.push([cls.folder]);
    await page.getByRole('button', { name: get(load(lng, 'class'), 'chooseFolder'), exact: true }).press('Enter');
    const overview = buildClassOverview(await readClassFiles([cls.folder], () => undefined, new AbortController().signal), []);
    const summary = get(load(lng, 'class'), 'summary', {
      students: overview.students.length,
      missing: overview.missing.length,
      bad: overview.bad.length,
      notRead: overview.notRead.length,
      skipped: overview.skipped,
    });
    await expectHeard(page, 'polite', summary);
    await app.close();
  });

  test('the settings say a logo refused or chosen, a colour that is none, and the profile saved', async () => {
    const app = await launchApp({ locale: lng, dataDir: folders.make() });
    const { page } = app;
    await tagRegions(page);
    const f = (key: string, values?: Record<string, string | number>): string => get(files, key, values);
    await pressButton(page, page.getByRole('button', { name: f('brand.settingsButton'), exact: true }));
    const choose = page.getByRole('button', { name: f('brand.chooseLogo'), exact: true });

    // A renamed SVG: refused at once, in the assertive region.
    const dir = folders.make();
    const svg = join(dir, 'logo.png');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    app.dialogAnswers.push(svg);
    await pressButton(page, choose);
    await expectHeard(page, 'assertive', f('brand.logoProblems.svg', { file: 'logo.png' }));

    const logo = join(dir, 'firmalogo.png');
    copyFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'brand', 'logo.png'), logo);
    app.dialogAnswers.push(logo);
    await pressButton(page, choose);
    await expectHeard(page, 'polite', f('brand.logoChosen', { file: 'firmalogo.png' }));

    // A colour that is none: said once typing pauses.
    const accent = page.getByLabel(f('brand.accent'), { exact: true });
    await typeInto(page, accent, 'blå');
    await expectHeard(page, 'polite', f('brand.accentNotAColour', { value: 'blå' }));
    await accent.fill('');

    await typeInto(page, page.getByLabel(f('brand.name'), { exact: true }), 'Rådgiver Rask');
    await pressButton(page, page.getByRole('button', { name: f('brand.save'), exact: true }));
    await expectHeard(page, 'polite', f('brand.saved'));
    // Shown beside the buttons too, but the settings make no live region of their own.
    await page.locator('.settings-screen').getByText(f('brand.saved'), { exact: true }).waitFor();
    expect(
      await page.locator('.settings-screen [role="status"], .settings-screen [role="alert"], .settings-screen [aria-live]').count(),
    ).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await app.close();
  });

  test('a presentation on the other display says where it is and how to stop it', async () => {
    const dataDir = folders.make();
    new AppStore(dataDir, openConfBackend).saveAssessment(sampleWorkshop(3, { language: lng }));
    const app = await launchApp({ locale: lng, dataDir, displays: 2 });
    const { page } = app;
    await tagRegions(page);
    await page.locator('.assessment-table tbody tr button').first().press('Enter');
    await page.locator('.step-nav button', { hasText: t('steps.workshop') }).press('Enter');
    const displays = await page.evaluate(() =>
      (window as unknown as { api: { listDisplays: () => Promise<Array<{ suggested: boolean }>> } }).api.listDisplays(),
    );
    const number = displays.findIndex((d) => d.suggested) + 1;
    const start = page.getByRole('button', { name: get(workshop, 'present.start'), exact: true });
    await start.press('Enter');
    await expectHeard(page, 'polite', get(workshop, 'presenting.running', { number }));
    expect(await page.locator('.presentation-notice').textContent()).toContain(get(workshop, 'presenting.running', { number }));
    // The projector has drawn its first slide before it is stopped.
    await (await app.presentationPage())!.locator('main.presentation').first().waitFor();
    // Stopping it here: the notice goes, focus goes back to the start button.
    await page.getByRole('button', { name: get(workshop, 'presenting.stop'), exact: true }).press('Enter');
    await expect.poll(() => page.locator('.presentation-notice').count()).toBe(0);
    expect(await start.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.close();
  });
});
