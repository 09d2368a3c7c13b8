/**
 * A save message stays on the screen that saved (issue 16, point 4), by keyboard in both languages: the blank
 * worksheet's message names the worksheet (not a report), and it is gone once the teacher leaves the home screen, so
 * it never reaches a student's hand-in or the class overview. The class PDF's message names the class overview, and
 * the view for the room shows no path at all. axe finds nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, toggleCheckbox } from './keyboard';
import { writeClass } from '../fixtures/classroom';

const folders = tempFolders('some-kompass-save-notices-e2e-');
const tempDir = folders.make;
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

/** Screenshots to look at, when SCREENSHOT_DIR is set. */
async function shot(page: Page, name: string, size: { width: number; height: number } = { width: 1280, height: 800 }): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  await page.setViewportSize(size);
  await page.screenshot({ path: join(dir, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.each(['nb', 'sv'] as const)('save messages (%s)', (lng) => {
  const common = load(lng, 'common');
  const files = load(lng, 'files');
  const cl = load(lng, 'class');
  const t = (key: string): string => get(common, key);
  const c = (key: string, values?: Record<string, string | number>): string => get(cl, key, values);

  test(
    'the worksheet says worksheet and stays home; the class PDF says class overview and the room sees no path',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const cls = writeClass(join(dir, 'Innleveringer'), 3, lng);
      const app = await launchApp({ locale: lng, dataDir: tempDir() });
      const { page } = app;
      const noticeText = () => page.locator('.notice').allTextContents();

      // The blank worksheet from the home screen: the message names the worksheet and where it went.
      await pressButton(page, page.getByRole('button', { name: t('home.newHomework'), exact: true }));
      const sheet = join(dir, 'ark.pdf');
      app.dialogAnswers.push(sheet);
      await pressButton(page, page.getByRole('button', { name: t('home.homework.worksheet'), exact: true }));
      await expect.poll(() => existsSync(sheet), { timeout: 60_000 }).toBe(true);
      const worksheetSaved = get(files, 'saved.worksheet', { path: sheet });
      await expect.poll(noticeText).toEqual([`${worksheetSaved}${t('home.dismiss')}`]);
      expect(worksheetSaved).not.toContain(get(files, 'saved.pdf', { path: '' }).split(' ')[0]!);
      expect(await axeViolations(page), 'axe on home with the message').toEqual([]);
      await shot(page, `${lng}-worksheet-saved`);

      // Into a student's homework: the worksheet's message stays behind.
      await pressButton(page, page.getByRole('button', { name: t('home.homework.create'), exact: true }));
      await expect.poll(() => page.locator('h1').first().textContent()).not.toBe(t('app.name'));
      await expect.poll(() => page.locator('.step-nav').count()).toBe(1);
      expect(await page.locator('body').textContent()).not.toContain(sheet);
      expect(await noticeText()).toEqual([]);

      // Back home and on to the class overview: nothing of the worksheet there either.
      await pressButton(page, page.locator('button.brand'));
      await pressButton(page, page.getByRole('button', { name: t('home.classOverview'), exact: true }));
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(c('title'));
      expect(await page.locator('body').textContent()).not.toContain(sheet);
      app.dialogAnswers.push([cls.folder]);
      await pressButton(page, page.getByRole('button', { name: c('chooseFolder'), exact: true }));
      await expect.poll(() => page.locator('.class-matrix tbody tr').count()).toBe(3);

      // The class PDF: the message says it is the class overview, with the path, for the teacher at the desk.
      const pdf = join(dir, 'klasse.pdf');
      app.dialogAnswers.push(pdf);
      await pressButton(page, page.getByRole('button', { name: c('exportPdf'), exact: true }));
      await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
      await expect.poll(() => page.locator('.class-overview .notice-ok').textContent()).toBe(c('saved.pdf', { path: pdf }));
      expect(await axeViolations(page), 'axe on the class overview with the message').toEqual([]);

      // The view for the room: no message, no path, no file name.
      await toggleCheckbox(page, page.getByLabel(c('anonymous'), { exact: true }));
      await expect.poll(() => page.locator('.class-matrix').count()).toBe(0);
      const room = (await page.locator('body').textContent())!;
      for (const shown of [dir, sheet, pdf, 'klasse.pdf', 'ark.pdf']) expect(room).not.toContain(shown);
      expect(await noticeText()).toEqual([]);
      expect(await axeViolations(page), 'axe on the view for the room').toEqual([]);
      await shot(page, `${lng}-class-room-view`, { width: 1920, height: 1080 });
      await app.close();
    },
  );
});
