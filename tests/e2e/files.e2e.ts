/**
 * .somekompass files end to end: export from the home screen, import it back as a new assessment, a damaged file
 * dropped on the window (clear message, store unchanged), and a file opened with the app.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { pressButton } from './keyboard';
import { answeredAll, withProfile } from '../unit/fixtures';
import { snapshot, storedAssessments } from '../unit/storedFiles';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { get, load } from './texts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-files-'));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  await closeBrowser();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const storeBytes = (dir: string): string => JSON.stringify(snapshot(dir));
const stored = (dir: string): Assessment[] => storedAssessments(dir);

async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      const target = document.querySelector('main')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes] },
  );
}

describe.each(['nb', 'sv'] as const)('.somekompass files (%s)', (lng) => {
  const files = load(lng, 'files');
  test('export, import as new, a bad file dropped, a file opened with the app', async () => {
    const dataDir = tempDir();
    const outDir = tempDir();
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    const original = withProfile({ companyName: 'Kafé «Åpent» & Co', customerType: 'b2c' }, answeredAll(false));
    app.store.saveAssessment({ ...original, notes: { [Object.keys(original.answers)[0]!]: 'Notat æøå åäö' } });
    await page.reload();
    await page.locator('.company-cell').waitFor();

    // Export by keyboard; the dialog starts in the data folder with a safe file name.
    const exported = join(outDir, 'kafe.somekompass');
    app.dialogAnswers.push(exported);
    await pressButton(page, page.getByRole('button', { name: get(files, 'home.exportNamed', { name: 'Kafé «Åpent» & Co' }) }));
    await expect.poll(() => page.getByRole('status').filter({ hasText: exported }).count()).toBe(1);
    expect(app.dialogsShown.at(-1)).toEqual({ kind: 'save', defaultPath: join(dataDir, 'Kafé «Åpent» & Co.somekompass') });
    const file = JSON.parse(readFileSync(exported, 'utf8')) as { format: string; assessment: Assessment };
    expect(file.format).toBe('some-kompass-assessment');
    expect(file.assessment.profile.companyName).toBe('Kafé «Åpent» & Co');

    // Import it back unchanged: the app has it already, says as what, and adds nothing (a retry never doubles it).
    const importButton = page.getByRole('button', { name: get(files, 'home.import'), exact: true });
    const unchanged = storeBytes(dataDir);
    app.dialogAnswers.push(exported);
    await pressButton(page, importButton);
    const [alreadyThere] = get(files, 'storeSafety.duplicate').split('{{name}}');
    const duplicate = page.locator('.notice').filter({ hasText: alreadyThere! });
    await expect.poll(() => duplicate.count()).toBe(1);
    expect(await duplicate.textContent()).toContain('Kafé «Åpent» & Co');
    expect(storeBytes(dataDir)).toBe(unchanged);

    expect(app.dialogsShown.at(-1)).toEqual({ kind: 'open', defaultPath: outDir });

    // The user can still import it: a new assessment, never a merge.
    await pressButton(page, duplicate.getByRole('button', { name: get(files, 'storeSafety.importAgain') }));
    await expect.poll(() => page.locator('.company-cell').count()).toBe(2);
    const both = stored(dataDir);
    expect(new Set(both.map((a) => a.id)).size).toBe(2);
    expect(both[1]!.answers).toEqual(both[0]!.answers);
    expect(both[1]!.notes).toEqual(both[0]!.notes);
    expect(await axeViolations(page)).toEqual([]);

    // A damaged file dropped on the window: a clear message, nothing changed.
    const before = storeBytes(dataDir);
    await drop(page, 'skadet.somekompass', new Uint8Array([0x7b, 0x00, 0xff, 0xfe, 0x22]));
    const alert = page.locator('.notice-error');
    await expect.poll(() => alert.textContent()).toContain(get(files, 'import.errors.binary'));
    expect(await alert.textContent()).toContain('skadet.somekompass');
    expect(storeBytes(dataDir)).toBe(before);

    // The technical detail is there on request.
    expect(await alert.locator('pre').isVisible()).toBe(false);
    await pressButton(page, alert.locator('summary'));
    expect(await alert.locator('pre').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A file opened with the app (double-click or command line) is imported and reported.
    const third = join(outDir, 'tredje.somekompass');
    writeFileSync(third, readFileSync(exported, 'utf8').replace('Kafé «Åpent» & Co', 'Tredje AS'));
    await app.openWithApp(third);
    await expect.poll(() => page.locator('.company-cell').count()).toBe(3);
    expect(existsSync(third)).toBe(true);
    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();
  });
});
