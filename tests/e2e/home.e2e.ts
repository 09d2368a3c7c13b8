/**
 * Home-screen work and bad input, end to end: duplicate, delete with undo, the language switch remembered across a
 * restart, the app menu's "new assessment", a damaged store, and odd text (a 10,000-character note, markup).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { storedAssessments } from '../unit/storedFiles';
import { axeViolations } from './axe';
import { pressButton, tabTo, typeInto } from './keyboard';
import { blankAssessment } from '../unit/fixtures';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { get, load } from './texts';

const nb = load('nb', 'common');
const sv = load('sv', 'common');

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-home-'));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  await closeBrowser();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const stored = (dir: string): Assessment[] => storedAssessments(dir);

function seed(dir: string, names: string[]): void {
  mkdirSync(dir, { recursive: true });
  const assessments = names.map((companyName, i) => {
    const a = blankAssessment(`seed-${i}`);
    // Each a minute newer than the one before: the list shows the last one first.
    return { ...a, updatedAt: new Date(Date.UTC(2026, 10, 20, 10, i)).toISOString(), profile: { ...a.profile, companyName } };
  });
  writeFileSync(
    join(dir, 'some-kompass.json'),
    JSON.stringify({ schemaVersion: 2, assessments, settings: { uiLanguage: null, window: null, lastFolder: null } }),
  );
}

describe('home screen', () => {
  test.each(['nb', 'sv'] as const)('years of clients (%s): the newest hundred, a page at a time, and a search by keyboard', async (lng) => {
    const text = lng === 'nb' ? nb : sv;
    const dir = tempDir();
    const names = Array.from({ length: 230 }, (_, i) => (i === 17 ? 'Bakeriet Ærlig' : `Kunde ${String(i).padStart(3, '0')}`));
    seed(dir, names);
    const app = await launchApp({ locale: lng, dataDir: dir });
    const { page } = app;
    await expect.poll(() => page.locator('.company-cell').count()).toBe(100);
    expect(await page.locator('.show-more .hint').textContent()).toBe(get(text, 'home.showing', { shown: 100, total: 230 }));
    await pressButton(page, page.getByRole('button', { name: get(text, 'home.showMore', { count: 100 }) }));
    await expect.poll(() => page.locator('.company-cell').count()).toBe(200);
    await pressButton(page, page.getByRole('button', { name: get(text, 'home.showMore', { count: 30 }) }));
    await expect.poll(() => page.locator('.company-cell').count()).toBe(230);
    expect(await page.locator('.show-more').count()).toBe(0);
    // Search: a few letters in any case find the one client.
    await typeInto(page, page.getByLabel(get(text, 'home.searchLabel'), { exact: true }), 'ærl');
    await expect.poll(() => page.locator('.company-cell').allTextContents()).toEqual(['Bakeriet Ærlig']);
    await typeInto(page, page.getByLabel(get(text, 'home.searchLabel'), { exact: true }), 'finnes ikke');
    await expect.poll(() => page.locator('.empty').textContent()).toBe(get(text, 'home.noMatch', { query: 'finnes ikke' }));
    expect(await axeViolations(page)).toEqual([]);
    await app.close();
  });

  test('an earlier version is restored as a new assessment, by keyboard; the current one stays', async () => {
    const dir = tempDir();
    seed(dir, ['Fiskebutikken']);
    const app = await launchApp({ locale: 'nb', dataDir: dir });
    const { page } = app;
    await expect.poll(() => page.locator('.company-cell').allTextContents()).toEqual(['Fiskebutikken']);
    await pressButton(page, page.getByRole('button', { name: get(nb, 'home.earlierNamed', { name: 'Fiskebutikken' }) }));
    const panel = page.locator('.earlier-versions');
    await expect.poll(() => panel.locator('li').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, panel.getByRole('button', { name: new RegExp(`^${get(nb, 'home.restore')} `) }));
    await expect.poll(() => page.locator('.company-cell').allTextContents()).toEqual(['Fiskebutikken', 'Fiskebutikken']);
    await expect.poll(() => page.locator('.notice-ok').textContent()).toContain('Fiskebutikken');
    const ids = stored(dir).map((a) => a.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain('seed-0');
    await app.close();
  });

  test('duplicate, delete and undo by keyboard; the list survives a restart', async () => {
    const dir = tempDir();
    seed(dir, ['Fiskebutikken', 'Sykkelverkstedet']);
    const app = await launchApp({ locale: 'nb', dataDir: dir });
    const { page } = app;
    await expect.poll(() => page.locator('.company-cell').allTextContents()).toEqual(['Sykkelverkstedet', 'Fiskebutikken']);

    await pressButton(page, page.getByRole('button', { name: get(nb, 'home.duplicateNamed', { name: 'Fiskebutikken' }) }));
    const copyName = `Fiskebutikken (${get(nb, 'home.copySuffix')})`;
    await expect.poll(() => page.locator('.company-cell').allTextContents()).toContain(copyName);
    expect(
      stored(dir)
        .map((a) => a.profile.companyName)
        .sort(),
    ).toEqual([copyName, 'Fiskebutikken', 'Sykkelverkstedet'].sort());

    await pressButton(page, page.getByRole('button', { name: get(nb, 'home.deleteNamed', { name: 'Sykkelverkstedet' }) }));
    await expect.poll(() => page.locator('.toast').textContent()).toContain(get(nb, 'home.deleted', { name: 'Sykkelverkstedet' }));
    expect(stored(dir).some((a) => a.profile.companyName === 'Sykkelverkstedet')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, page.locator('.toast').getByRole('button', { name: get(nb, 'home.undo'), exact: true }));
    await expect.poll(() => page.locator('.company-cell').allTextContents()).toContain('Sykkelverkstedet');
    expect(stored(dir).find((a) => a.profile.companyName === 'Sykkelverkstedet')?.id).toBe('seed-1');

    await pressButton(page, page.getByRole('button', { name: get(nb, 'home.deleteNamed', { name: 'Fiskebutikken' }), exact: true }));
    await expect.poll(() => page.locator('.company-cell').allTextContents()).not.toContain('Fiskebutikken');
    await app.close();

    const again = await launchApp({ locale: 'nb', dataDir: dir });
    await expect
      .poll(() => again.page.locator('.company-cell').allTextContents())
      .toEqual(expect.arrayContaining(['Sykkelverkstedet', copyName]));
    expect(await again.page.locator('.company-cell').count()).toBe(2);
    await again.close();
  });

  test('the language switch applies with its button, is remembered, and the menu can start a new assessment', async () => {
    const dir = tempDir();
    const app = await launchApp({ locale: 'nb', dataDir: dir });
    const { page } = app;
    await expect.poll(() => page.locator('h1').textContent()).toBe(get(nb, 'home.title'));
    const select = page.getByLabel(get(nb, 'app.language'), { exact: true });
    await tabTo(page, select);
    // Choosing changes nothing yet (WCAG 3.2.2, no change of context on selection); the button applies it.
    await page.keyboard.press('End');
    expect(await select.inputValue()).toBe('sv');
    expect(await page.locator('h1').textContent()).toBe(get(nb, 'home.title'));
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await pressButton(page, page.getByRole('button', { name: get(nb, 'languageSwitch.apply'), exact: true }));
    await expect.poll(() => page.locator('h1').textContent()).toBe(get(sv, 'home.title'));
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await axeViolations(page)).toEqual([]);
    await app.close();

    // Restart with a Norwegian system: the user's choice wins.
    const again = await launchApp({ locale: 'nb', dataDir: dir });
    await expect.poll(() => again.page.locator('h1').textContent()).toBe(get(sv, 'home.title'));
    await again.sendMenuCommand('newAssessment');
    await expect.poll(() => again.page.locator('h1').textContent()).toBe(get(load('sv', 'profile'), 'title'));
    await expect.poll(() => stored(dir).length).toBe(1);
    expect(stored(dir)[0]?.planLanguage).toBe('sv');
    await again.sendMenuCommand('goHome');
    await expect.poll(() => again.page.locator('h1').textContent()).toBe(get(sv, 'home.title'));
    await again.close();
  });
});

describe('bad input', () => {
  test.each(['nb', 'sv'] as const)('a damaged store is kept aside and the user is told, in %s', async (lng) => {
    const dir = tempDir();
    const garbage = '{"schemaVersion": 1, "assessments": [ {"id": "half a file';
    writeFileSync(join(dir, 'some-kompass.json'), garbage);
    const app = await launchApp({ locale: lng, dataDir: dir });
    const alert = app.page.getByRole('alert');
    const backup = readdirSync(dir).find((f) => f.startsWith('some-kompass.damaged-'))!;
    expect(backup).toBeTruthy();
    expect(readFileSync(join(dir, backup), 'utf8')).toBe(garbage);
    const text = lng === 'nb' ? nb : sv;
    await expect.poll(() => alert.textContent()).toBe(get(text, 'notice.damagedStore', { path: join(dir, backup) }));
    expect(await app.page.locator('.empty').textContent()).toBe(get(text, 'home.empty'));
    expect(await axeViolations(app.page)).toEqual([]);
    await app.close();
  });

  test('a 10,000-character note and markup in fields are saved and shown as text; bad hours get a message', async () => {
    const dir = tempDir();
    seed(dir, ['<b>Fet</b> & "sitat"']);
    const app = await launchApp({ locale: 'nb', dataDir: dir });
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expect.poll(() => page.locator('.company-cell').textContent()).toBe('<b>Fet</b> & "sitat"');
    expect(await page.locator('.company-cell b').count()).toBe(0);
    await pressButton(page, page.getByRole('button', { name: get(nb, 'home.continueNamed', { name: '<b>Fet</b> & "sitat"' }) }));

    const profile = load('nb', 'profile');
    const hours = page.getByLabel(get(profile, 'fields.hoursPerWeek.label'), { exact: true });
    await typeInto(page, hours, 'mange');
    await expect.poll(() => page.locator('.field-error').textContent()).toBe(get(nb, 'form.hoursInvalid'));
    await typeInto(page, hours, '2,5');
    await expect.poll(() => page.locator('.field-error').count()).toBe(0);

    await pressButton(page, page.locator('.step-nav button').nth(1));
    const q = QUESTIONS_BY_MODULE.strategy[0]!;
    await tabTo(page, page.locator('details.note summary').first());
    await page.keyboard.press('Enter');
    const note = `<script>alert("x")</script>\n${'æøå '.repeat(2_493)}slutt`;
    expect(note.length).toBeGreaterThanOrEqual(10_000);
    await page.locator('details.note textarea').first().fill(note);
    await expect.poll(() => page.locator('.save-status').textContent()).toBe(get(nb, 'save.saved'));
    const saved = stored(dir)[0]!;
    expect(saved.notes[q.id]).toBe(note);
    expect(saved.profile.hoursPerWeek).toBe(2.5);
    await app.close();

    const again = await launchApp({ locale: 'nb', dataDir: dir });
    await pressButton(
      again.page,
      again.page.getByRole('button', { name: get(nb, 'home.continueNamed', { name: '<b>Fet</b> & "sitat"' }) }),
    );
    await pressButton(again.page, again.page.locator('.step-nav button').nth(1));
    await expect.poll(() => again.page.locator('details.note textarea').first().inputValue()).toBe(note);
    expect(dialogs).toEqual([]);
    await again.close();
  });
});
