/**
 * The team's answer written out in full (issue 16, point 5), by keyboard in both languages: a list box cuts a long
 * answer off at its width, so beneath it the chosen answer stands in full, follows the facilitator's choice, and
 * wraps rather than overflowing. axe finds nothing on the screen.
 * With SOME_KOMPASS_SHOTS=<folder> the screen is also saved there as a PNG (1280x800), for looking at.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, tabTo } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { sampleWorkshop, WORKSHOP_PROFILE } from '../fixtures/workshops';
import { storedAssessments } from '../unit/storedFiles';

const folders = tempFolders('some-kompass-team-answer-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

describe.each(['nb', 'sv'] as const)('the team answer in full (%s)', (lng) => {
  const common = load(lng, 'common');
  const ws = load(lng, 'workshop');
  const strategy = load(lng, 'strategy');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const w = (key: string, values?: Record<string, string | number>): string => get(ws, key, values);

  test('the chosen answer stands beneath the list box, whole, and follows the choice', { timeout: 90_000 }, async () => {
    const dataDir = folders.make();
    new AppStore(dataDir, openConfBackend).saveAssessment(sampleWorkshop(3, { language: lng }));
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });

    const name = WORKSHOP_PROFILE.companyName!;
    // Everyone has answered: the workshop is opened, not continued.
    await pressButton(page, page.getByRole('button', { name: t('home.openNamed', { name }), exact: true }));
    await pressButton(page, page.locator('.step-nav button', { hasText: get(strategy, 'name') }));
    const q = QUESTIONS_BY_MODULE.strategy[0]!;
    const levels = (strategy['q'] as Record<string, { levels: string[]; text: string }>)[q.id]!;
    const section = page.locator('section.workshop-question', { has: page.locator('h2, h3', { hasText: levels.text }) });
    await pressButton(page, section.getByRole('button', { name: w('spread.reveal'), exact: true }));

    // The median stands written out in full as soon as the answers are shown.
    const current = section.locator('.team-answer-current');
    await expect.poll(() => current.count()).toBe(1);
    expect(levels.levels.map((l) => w('consensus.current', { answer: l }))).toContain(await current.textContent());

    // The facilitator picks the longest answer by keyboard; the line beneath says it, word for word.
    const longest = levels.levels.reduce((best, l, i) => (l.length > levels.levels[best]!.length ? i : best), 0);
    const select = section.locator('select');
    await tabTo(page, select);
    await page.keyboard.press('Home');
    for (let i = 0; i < longest; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => storedAssessments(dataDir)[0]!.workshop!.consensus[q.id]).toEqual({ kind: 'scale', level: longest });
    await expect.poll(() => current.textContent()).toBe(w('consensus.current', { answer: levels.levels[longest]! }));
    // Readable in full: it wraps inside its box, nothing is clipped.
    const fits = await current.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, visible: el.checkVisibility() }));
    expect(fits.visible).toBe(true);
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);

    expect(await axeViolations(page), 'axe on the workshop area with a team answer').toEqual([]);
    const shots = process.env['SOME_KOMPASS_SHOTS'];
    if (shots) {
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, `${lng}-team-answer.png`) });
    }
    await app.close();
  });
});
