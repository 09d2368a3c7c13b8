/**
 * The teacher's class overview by keyboard (issue 10): a folder of 30 hand-ins in subfolders, with 3 bad files,
 * 2 students who handed in twice and 2 other files; a pasted class list with 2 students missing. The overview names
 * the missing, the bad files with their reasons and the duplicates, sorts the matrix by keyboard, opens a student's
 * reflections, shows a view without names, and its CSV reads back with the same numbers. axe finds nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, tabTo } from './keyboard';
import { writeClass } from '../fixtures/classroom';
import { writeCorners } from '../fixtures/classCorners';
import { serializeClassFile } from '../../renderer/src/domain/homework/classFile';
import { FILE_SCHEMA_VERSION } from '../../renderer/src/domain/files/fileFormatBasics';
import { buildClassOverview } from '../../renderer/src/domain/homework/classOverview';
import { readClassFiles } from '../../electron/main/services/classFiles';
import { MODULE_IDS } from '../../renderer/src/domain/model/types';

const folders = tempFolders('some-kompass-class-e2e-');
const tempDir = folders.make;
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

describe.each(['nb', 'sv'] as const)('the class overview (%s)', (lng) => {
  const common = load(lng, 'common');
  const cl = load(lng, 'class');
  const c = (key: string, values?: Record<string, string | number>): string => get(cl, key, values);

  test('30 hand-ins with bad files, duplicates and missing students, by keyboard, CSV read back', { timeout: 120_000 }, async () => {
    const cls = writeClass(tempDir(), 30, lng);
    const app = await launchApp({ locale: lng, dataDir: tempDir() });
    const { page } = app;
    const h1 = () => page.locator('h1').first().textContent();

    await pressButton(page, page.getByRole('button', { name: get(common, 'home.classOverview'), exact: true }));
    await expect.poll(h1).toBe(c('title'));
    expect(await axeViolations(page), 'axe on the empty overview').toEqual([]);
    await tabTo(page, page.getByLabel(c('classList'), { exact: true }));
    await page.keyboard.insertText(cls.classList.join('\n'));
    app.dialogAnswers.push([cls.folder]);
    await pressButton(page, page.getByRole('button', { name: c('chooseFolder'), exact: true }));
    await expect
      .poll(() => page.locator('.class-summary').textContent())
      .toBe(c('summary', { students: 30, missing: 2, bad: 3, notRead: 0, skipped: 2 }));
    // Nothing was copied into the teacher's own assessments.
    expect(app.store.listSummaries()).toEqual([]);

    expect(await page.locator('.missing-list li').allTextContents()).toEqual(cls.missing);
    const bad = await page.locator('.bad-files li').allTextContents();
    // Named from the chosen folder down (issue 16), so a file in one of many subfolders can be found.
    expect(bad.map((b) => b.split(':')[0])).toEqual(cls.bad.map((name) => `${basename(cls.folder)}/${name}`));
    expect(bad.find((b) => b.includes('/nyere'))).toContain(
      get(load(lng, 'files'), 'import.errors.newerVersion', { found: 99, supported: FILE_SCHEMA_VERSION }),
    );
    expect(await page.locator('.duplicates li').count()).toBe(2);
    expect(await page.locator('.class-matrix tbody tr').count()).toBe(30);
    expect(await axeViolations(page), 'axe on the overview').toEqual([]);

    // Sort by the overall score, highest first, by keyboard; the first row is the best student.
    const expected = buildClassOverview(await readClassFiles([cls.folder], () => undefined, new AbortController().signal), cls.classList);
    const best = [...expected.students].sort((a, b) => (b.overall ?? 0) - (a.overall ?? 0))[0]!;
    await pressButton(page, page.locator('.class-matrix thead button', { hasText: c('columns.overall') }));
    await expect.poll(() => page.locator('.class-matrix thead th[aria-sort="descending"]').count()).toBe(1);
    expect(await page.locator('.class-matrix tbody tr').first().locator('th').textContent()).toContain(best.name);

    // A student's reflections, from the matrix.
    await pressButton(page, page.getByRole('button', { name: c('readReflectionsOf', { name: best.name }), exact: true }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(c('reflectionsOf', { name: best.name }));
    expect(await page.locator('.reflections-panel').textContent()).toContain(best.reflections.strategy!.trim().slice(0, 40));

    // For the projector: no names anywhere.
    await tabTo(page, page.getByLabel(c('anonymous'), { exact: true }));
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.class-matrix').count()).toBe(0);
    const shown = (await page.locator('main').textContent())!;
    for (const name of [...cls.students, ...cls.missing]) expect(shown).not.toContain(name);
    expect(await axeViolations(page), 'axe on the view without names').toEqual([]);
    await tabTo(page, page.getByLabel(c('anonymous'), { exact: true }));
    await page.keyboard.press('Space');

    // The CSV reads back with the same students and class means.
    const csvPath = join(tempDir(), 'klasse.csv');
    app.dialogAnswers.push(csvPath);
    await pressButton(page, page.getByRole('button', { name: c('exportCsv'), exact: true }));
    await expect.poll(() => readFileSync(csvPath, 'utf8').length, { timeout: 10_000 }).toBeGreaterThan(100);
    const rows = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((r) => r.split(';'));
    expect(rows[0]![0]).toBe(c('columns.student'));
    const studentRows = rows.slice(1, 31);
    expect(studentRows.map((r) => r[0]).sort()).toEqual([...cls.students].sort());
    const meanRow = rows.find((r) => r[0] === c('stats.mean'))!;
    expect(meanRow.slice(4, 8).map(Number)).toEqual(MODULE_IDS.map((m) => Math.round(expected.modules.find((x) => x.module === m)!.mean!)));

    // The PDF: the teacher's copy, with the missing and every student.
    const pdf = join(tempDir(), 'klasse.pdf');
    app.dialogAnswers.push(pdf);
    await pressButton(page, page.getByRole('button', { name: c('exportPdf'), exact: true }));
    await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
    const pdfText = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain(c('title'));
    for (const name of [...cls.missing, best.name]) expect(pdfText).toContain(name);
    await expect.poll(() => page.locator('.print-view').count()).toBe(0);

    // Saved as a class file and opened again in a fresh start: the files are read anew, the list comes back.
    const classFile = join(tempDir(), 'klasse.somekompass-klasse');
    app.dialogAnswers.push(classFile);
    await pressButton(page, page.getByRole('button', { name: c('saveClass'), exact: true }));
    await expect.poll(() => existsSync(classFile)).toBe(true);
    await app.close();
    const again = await launchApp({ locale: lng, dataDir: tempDir() });
    await pressButton(again.page, again.page.getByRole('button', { name: get(common, 'home.classOverview'), exact: true }));
    again.dialogAnswers.push(classFile);
    await pressButton(again.page, again.page.getByRole('button', { name: c('openSaved'), exact: true }));
    await expect
      .poll(() => again.page.locator('.class-summary').textContent())
      .toBe(c('summary', { students: 30, missing: 2, bad: 3, notRead: 0, skipped: 2 }));
    expect(await again.page.getByLabel(c('classList'), { exact: true }).inputValue()).toBe(cls.classList.join('\n'));
    // Not a class file: said so, nothing changes.
    again.dialogAnswers.push(pdf);
    await pressButton(again.page, again.page.getByRole('button', { name: c('openSaved'), exact: true }));
    await expect.poll(() => again.page.getByRole('alert').textContent()).toBe(c('classFile.problems.notClassFile', { file: 'klasse.pdf' }));
    expect(await again.page.locator('.class-matrix tbody tr').count()).toBe(30);
    await again.close();
  });

  test('what was not read is listed with why; a whole disk and an empty class file are refused with a message', async () => {
    const folder = join(tempDir(), 'Innleveringer');
    writeClass(folder, 3, lng);
    // As root the test cannot lock a folder from itself: the locked folder is the unit test's.
    const corners = writeCorners(folder, 10, lng, { locked: false });
    const app = await launchApp({ locale: lng, dataDir: tempDir() });
    const { page } = app;
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.classOverview'), exact: true }));

    // The class folder, and by mistake the whole disk as well.
    app.dialogAnswers.push([folder, '/']);
    await pressButton(page, page.getByRole('button', { name: c('chooseFolder'), exact: true }));
    const notRead = corners.notRead.length + 1;
    await expect
      .poll(() => page.locator('.class-summary').textContent())
      .toBe(c('summary', { students: 4, missing: 0, bad: 3, notRead, skipped: 2 }));
    expect(await page.getByRole('heading', { name: c('notRead.title_other', { count: notRead }) }).count()).toBe(1);
    const items = await page.locator('.not-read li').allTextContents();
    expect(items).toHaveLength(notRead);
    const reason = (r: string): string => c(`notRead.reasons.${r}`, { depth: 8 });
    expect(items).toContain(`/ ${reason('tooBroad')}`);
    for (const n of corners.notRead) {
      const shown = `Innleveringer${n.path.slice(folder.length)} ${reason(n.reason)}`;
      expect(items).toContain(shown);
    }
    expect(await axeViolations(page), 'axe on the not-read list').toEqual([]);

    // A class file that points at the whole disk is refused, and says which path.
    const dir = tempDir();
    const broad = join(dir, 'disk.somekompass-klasse');
    writeFileSync(broad, serializeClassFile({ paths: [folder, '/'], classList: [] }, new Date()));
    app.dialogAnswers.push(broad);
    await pressButton(page, page.getByRole('button', { name: c('openSaved'), exact: true }));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(c('classFile.problems.tooBroad', { file: 'disk.somekompass-klasse', path: '/' }));
    expect(await page.locator('.not-read li').count()).toBe(notRead);

    // A class file with no paths: a message and its class list, not a blank screen.
    const empty = join(dir, 'tom.somekompass-klasse');
    writeFileSync(empty, serializeClassFile({ paths: [], classList: ['Kari Nordmann', 'Ola Nordmann'] }, new Date()));
    app.dialogAnswers.push(empty);
    await pressButton(page, page.getByRole('button', { name: c('openSaved'), exact: true }));
    await expect
      .poll(() => page.locator('.class-overview .notice').first().textContent())
      .toBe(c('classFile.noPaths', { file: 'tom.somekompass-klasse' }));
    expect(await page.getByLabel(c('classList'), { exact: true }).inputValue()).toBe('Kari Nordmann\nOla Nordmann');
    await app.close();
  });
});
