/**
 * The class overview's hand-ins (issue 16, points 6 and 7), by keyboard in both languages: an unreadable file two
 * folders down is named by its path from the chosen folder; each hand-in's day is shown in the language's date form;
 * a due date typed by the teacher marks a later hand-in "handed in late", and an unfinished one says "not finished",
 * in words. The due date is kept in the settings for a class without a class file, and in the class file when the
 * class is saved. axe finds nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, typeInto } from './keyboard';
import { studentHomework, studentName, writeClass } from '../fixtures/classroom';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { QUESTIONS } from '../../renderer/src/domain/bank';

const folders = tempFolders('some-kompass-class-hand-ins-e2e-');
const tempDir = folders.make;
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

/** A screenshot to look at, when SCREENSHOT_DIR is set. */
async function shot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOT_DIR) return;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

const LATE = 5;
const UNFINISHED = 6;

/** Three hand-ins on 28 November, one on 2 December, one with a question left, and a broken file two folders down. */
function writeHandIns(lng: 'nb' | 'sv'): { folder: string; broken: string } {
  const folder = join(tempDir(), 'Innleveringer');
  writeClass(folder, 3, lng);
  const week = join(folder, 'gruppe-b', 'uke-48');
  const late = studentHomework(LATE, lng, '2026-12-02T10:00:00.000Z');
  writeFileSync(join(week, `${studentName(LATE)}.somekompass`), serializeAssessmentFile(late, '0.3.0', new Date('2026-12-02T10:00:00Z')));
  const unfinished = studentHomework(UNFINISHED, lng);
  const answers = { ...unfinished.answers };
  delete answers[QUESTIONS[0]!.id];
  writeFileSync(
    join(week, `${studentName(UNFINISHED)}.somekompass`),
    serializeAssessmentFile({ ...unfinished, answers }, '0.3.0', new Date('2026-11-28T20:00:00Z')),
  );
  writeFileSync(join(week, 'innlevering (1).somekompass'), '{"format": "some-kompass", "schemaVer');
  return { folder, broken: 'Innleveringer/gruppe-b/uke-48/innlevering (1).somekompass' };
}

describe.each(['nb', 'sv'] as const)('hand-ins in the class overview (%s)', (lng) => {
  const common = load(lng, 'common');
  const cl = load(lng, 'class');
  const c = (key: string, values?: Record<string, string | number>): string => get(cl, key, values);
  const date = (iso: string): string => (lng === 'sv' ? iso : iso.split('-').reverse().join('.'));
  const row = (page: Page, name: string) => page.locator('.class-matrix tbody tr', { has: page.locator('th', { hasText: name }) });

  async function openClassOverview(page: Page): Promise<void> {
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.classOverview'), exact: true }));
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(c('title'));
  }

  test(
    'a broken file two folders down by its path; dates, late and unfinished in words; the due date kept',
    { timeout: 120_000 },
    async () => {
      const { folder, broken } = writeHandIns(lng);
      const dataDir = tempDir();
      const app = await launchApp({ locale: lng, dataDir });
      const { page } = app;
      await openClassOverview(page);
      app.dialogAnswers.push([folder]);
      await pressButton(page, page.getByRole('button', { name: c('chooseFolder'), exact: true }));
      await expect.poll(() => page.locator('.class-matrix tbody tr').count()).toBe(5);

      // The broken file is named by where it lies under the chosen folder, so the teacher can find it.
      const bad = await page.locator('.bad-files li strong').allTextContents();
      expect(bad).toContain(broken);
      expect(bad).toContain('Innleveringer/avbrutt.somekompass');

      // Each hand-in's day, as the language writes dates; the unfinished one says so in words.
      expect(await row(page, studentName(2)).locator('td.handed-in').textContent()).toBe(date('2026-11-28'));
      expect(await row(page, studentName(UNFINISHED)).textContent()).toContain(c('handIns.incomplete'));
      expect(await row(page, studentName(2)).textContent()).not.toContain(c('handIns.incomplete'));

      // A due date, typed by keyboard: the hand-in after it is marked late, in words; the day itself is on time.
      await typeInto(page, page.getByLabel(c('handIns.dueDate'), { exact: true }), date('2026-11-30'));
      await expect
        .poll(() => row(page, studentName(LATE)).locator('td.handed-in').textContent())
        .toBe(`${date('2026-12-02')} ${c('handIns.lateTag')}`);
      expect(await page.locator('.hand-in-late').count()).toBe(1);
      await expect.poll(() => page.locator('.class-due-date-status').textContent()).toBe(c('handIns.late_one', { count: 1 }));
      await typeInto(page, page.getByLabel(c('handIns.dueDate'), { exact: true }), date('2026-12-02'));
      await expect.poll(() => page.locator('.hand-in-late').count()).toBe(0);
      await typeInto(page, page.getByLabel(c('handIns.dueDate'), { exact: true }), date('2026-12-01'));
      await expect.poll(() => page.locator('.hand-in-late').count()).toBe(1);
      expect(await axeViolations(page), 'axe on the overview with a due date').toEqual([]);
      await page.locator('.bad-files').scrollIntoViewIfNeeded();
      await shot(page, `${lng}-class-bad-files`);
      await page.getByLabel(c('handIns.dueDate'), { exact: true }).scrollIntoViewIfNeeded();
      await shot(page, `${lng}-class-due-date`);
      await page.locator('.class-matrix').scrollIntoViewIfNeeded();
      await shot(page, `${lng}-class-hand-ins`);
      await app.close();

      // A class without a class file: the due date is kept in the settings for the same folder.
      const again = await launchApp({ locale: lng, dataDir });
      await openClassOverview(again.page);
      again.dialogAnswers.push([folder]);
      await pressButton(again.page, again.page.getByRole('button', { name: c('chooseFolder'), exact: true }));
      await expect.poll(() => again.page.getByLabel(c('handIns.dueDate'), { exact: true }).inputValue()).toBe(date('2026-12-01'));
      await expect.poll(() => again.page.locator('.hand-in-late').count()).toBe(1);

      // Saved as a class file, the due date goes with it, and another machine (a fresh data folder) reads it back.
      const classFile = join(tempDir(), 'klasse.somekompass-klasse');
      again.dialogAnswers.push(classFile);
      await pressButton(again.page, again.page.getByRole('button', { name: c('saveClass'), exact: true }));
      await expect.poll(() => readFileSync(classFile, 'utf8').length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(JSON.parse(readFileSync(classFile, 'utf8'))).toMatchObject({ schemaVersion: 2, dueDate: '2026-12-01' });
      await again.close();
      const elsewhere = await launchApp({ locale: lng, dataDir: tempDir() });
      await openClassOverview(elsewhere.page);
      elsewhere.dialogAnswers.push(classFile);
      await pressButton(elsewhere.page, elsewhere.page.getByRole('button', { name: c('openSaved'), exact: true }));
      await expect.poll(() => elsewhere.page.locator('.hand-in-late').count()).toBe(1);
      expect(await elsewhere.page.getByLabel(c('handIns.dueDate'), { exact: true }).inputValue()).toBe(date('2026-12-01'));
      await elsewhere.close();
    },
  );
});
