/**
 * Issue 14, finding 4, in Chromium: a note that takes the assessment over the file size limit is never reported as
 * saved. The status line says it was not saved and why, nothing over the limit reaches the disk, and once the note
 * is shorter the autosave goes through again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { pressButton, tabTo } from './keyboard';
import { get, load, tempFolders } from './texts';
import { storedAssessments } from '../unit/storedFiles';
import { withProfile } from '../unit/fixtures';
import { ACTIONS, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { MAX_FILE_BYTES, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import type { Assessment } from '../../renderer/src/domain/model/types';

const folders = tempFolders('some-kompass-limit-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const bytes = (a: Assessment): number => Buffer.byteLength(serializeAssessmentFile(a, '1.0.0', new Date()));

/**
 * An assessment 30 KB under the limit, built of long notes a little shorter than the longest a note may be; the
 * first strategy question's note is left empty, for the test to fill.
 */
function nearTheLimit(): Assessment {
  const full = '€'.repeat(LIMITS.note - 100);
  const base = withProfile({ companyName: 'Lange Notater AS' });
  const planEdits = Object.fromEntries(ACTIONS.map((x) => [x.id, { owner: '', due: '', status: 'notStarted' as const, note: full }]));
  const others = Object.values(QUESTIONS_BY_MODULE)
    .flat()
    .filter((q) => q !== QUESTIONS_BY_MODULE.strategy[0]);
  const a: Assessment = { ...base, planEdits, notes: {} };
  for (const q of others) {
    const room = MAX_FILE_BYTES - 30_000 - bytes(a);
    if (room <= 0) break;
    a.notes[q.id] = '€'.repeat(Math.min(LIMITS.note - 100, Math.floor(room / 3)));
  }
  return a;
}

describe.each(['nb', 'sv'] as const)('a note over the size limit (%s)', (lng) => {
  test('is never said to be saved; the status says why; a shorter note saves again', async () => {
    const common = load(lng, 'common');
    const files = load(lng, 'files');
    const dir = folders.make();
    const app = await launchApp({ locale: lng, dataDir: dir });
    const { page } = app;
    const seeded = nearTheLimit();
    expect(bytes(seeded)).toBeLessThan(MAX_FILE_BYTES);
    app.store.saveAssessment(seeded);
    await page.reload();
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.continueNamed', { name: 'Lange Notater AS' }) }));
    await pressButton(page, page.locator('.step-nav button').nth(1));
    await tabTo(page, page.locator('details.note summary').first());
    await page.keyboard.press('Enter');
    const note = page.locator('details.note textarea').first();

    // 20,000 "€" is 60 KB: over the limit. Not saved, and the status says so; never "saved".
    const statuses: string[] = [];
    await page.exposeFunction('__status', (s: string) => void statuses.push(s));
    await page.evaluate(() => {
      const line = document.querySelector('.save-status')!;
      new MutationObserver(() => void (window as unknown as { __status: (s: string) => void }).__status(line.textContent ?? '')).observe(
        line,
        { childList: true, characterData: true, subtree: true },
      );
    });
    await note.fill('€'.repeat(LIMITS.note));
    await expect.poll(() => page.locator('.save-status').textContent()).toBe(get(common, 'saveLimit.status'));
    expect(statuses).not.toContain(get(common, 'save.saved'));
    // And which note is the longest, by its area and number.
    const where = get(files, 'storeSafety.questionNote', { number: 1, area: get(common, 'modules.strategy') });
    await expect.poll(() => page.locator('.notice-error').filter({ hasText: where }).count()).toBe(1);
    const onDisk = storedAssessments(dir)[0]!;
    expect(onDisk.notes[QUESTIONS_BY_MODULE.strategy[0]!.id]).toBeUndefined();
    expect(readFileSync(join(dir, 'assessments', `${seeded.id}.json`)).length).toBeLessThanOrEqual(MAX_FILE_BYTES);

    // A note that fits: saved, and on disk.
    await note.fill('Kortere nå.');
    await expect.poll(() => page.locator('.save-status').textContent()).toBe(get(common, 'save.saved'));
    expect(storedAssessments(dir)[0]!.notes[QUESTIONS_BY_MODULE.strategy[0]!.id]).toBe('Kortere nå.');
    await expect.poll(() => page.locator('.notice-error').filter({ hasText: where }).count()).toBe(0);
    await app.close();
  });
});
