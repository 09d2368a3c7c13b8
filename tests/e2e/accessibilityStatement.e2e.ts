/**
 * Help > Accessibility statement, end to end in real Chromium, in bokmål and Swedish: the menu command opens the
 * statement in the UI language (title, one h1 and the sections as h2 in the models' order, every paragraph and
 * exception shown), the window names it, axe finds nothing, it reflows at 320 px, and "Back" by keyboard returns to
 * the screen it was opened from: the same step of the same assessment, home, or the same person's workshop turn,
 * during which the header offers no way to the list of assessments.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { pressButton } from './keyboard';
import { get, load, tempFolders } from './texts';
import { statementSchema } from '../../renderer/src/features/accessibility/statement';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { addRespondent, changeWorkshop, createWorkshopAssessment } from '../../renderer/src/domain/workshop/workshop';
import { WORKSHOP_PROFILE } from '../fixtures/workshops';

const folders = tempFolders('some-kompass-statement-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

describe.each(['nb', 'sv'] as const)('the accessibility statement in %s', (lng) => {
  const texts = load(lng, 'accessibility');
  const statement = statementSchema.parse(texts['statement']);
  const common = load(lng, 'common');
  const profileTitle = get(load(lng, 'profile'), 'title');

  test('opens from the Help menu over an assessment, is complete and clean, and Back returns to that step', async () => {
    const app = await launchApp({ locale: lng, dataDir: folders.make() });
    const { page } = app;
    await app.sendMenuCommand('newAssessment');
    await expect.poll(() => page.locator('h1').textContent()).toBe(profileTitle);

    await app.sendMenuCommand('accessibilityStatement');
    await expect.poll(() => page.locator('h1').textContent()).toBe(statement.title);
    // Focus starts at the top of the new screen, and the window says what it shows.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => page.title()).toBe(`${get(texts, 'screen.pageTitle')} – ${get(common, 'app.name')}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lng);

    // Heading structure: one h1, then each section's h2 in order, each followed by all its text.
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await page.locator('main h2').allTextContents()).toEqual(statement.sections.map((s) => s.heading));
    const shown = await page.locator('main article').innerText();
    for (const text of [statement.intro, ...statement.sections.flatMap((s) => [...s.paragraphs, ...(s.items ?? [])])])
      expect(shown).toContain(text);
    expect(await page.locator('main li').count()).toBe(statement.sections.flatMap((s) => s.items ?? []).length);
    expect(await axeViolations(page)).toEqual([]);

    // 400 % zoom of a 1280 px window: 320 CSS px, and the page itself never scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Back, by keyboard: the same assessment's profile, nothing lost.
    await pressButton(page, page.getByRole('button', { name: get(texts, 'screen.back'), exact: true }).first());
    await expect.poll(() => page.locator('h1').textContent()).toBe(profileTitle);
    await app.close();
  });

  test('opened from home, the last Back returns home; opening it twice keeps the way back', async () => {
    const app = await launchApp({ locale: lng, dataDir: folders.make() });
    const { page } = app;
    const homeTitle = get(common, 'home.title');
    await expect.poll(() => page.locator('h1').textContent()).toBe(homeTitle);
    await app.sendMenuCommand('accessibilityStatement');
    await expect.poll(() => page.locator('h1').textContent()).toBe(statement.title);
    await app.sendMenuCommand('accessibilityStatement');
    await expect.poll(() => page.locator('h1').textContent()).toBe(statement.title);
    // The Back button after the statement's last section, reached with Tab from the heading.
    await pressButton(page, page.getByRole('button', { name: get(texts, 'screen.back'), exact: true }).last());
    await expect.poll(() => page.locator('h1').textContent()).toBe(homeTitle);
    await app.close();
  });

  test("opened during a participant's turn, it offers no way home, and Back returns to the same turn", async () => {
    const dataDir = folders.make();
    let workshop = createWorkshopAssessment(`statement-${lng}`, '2026-12-01T09:00:00.000Z', lng, false);
    workshop = changeWorkshop({ ...workshop, profile: { ...workshop.profile, ...WORKSHOP_PROFILE } }, (w) =>
      addRespondent(w, 'kari', 'Kari'),
    );
    new AppStore(dataDir, openConfBackend).saveAssessment(workshop);
    const ws = load(lng, 'workshop');
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await pressButton(page, page.locator('.assessment-table .row-actions button').first());
    await pressButton(page, page.locator('.step-nav button', { hasText: get(common, 'steps.workshop') }));
    await pressButton(page, page.getByRole('button', { name: get(ws, 'screen.answerAsNamed', { name: 'Kari' }), exact: true }));
    const answering = get(ws, 'answering.as', { name: 'Kari' });
    await expect.poll(() => page.getByText(answering, { exact: true }).count()).toBe(1);
    const turnTitle = await page.locator('h1').textContent();
    const homeButton = page.getByRole('button', { name: new RegExp(get(common, 'app.name')) });
    expect(await homeButton.count()).toBe(0);

    await app.sendMenuCommand('accessibilityStatement');
    await expect.poll(() => page.locator('h1').textContent()).toBe(statement.title);
    expect(await homeButton.count()).toBe(0);
    await pressButton(page, page.getByRole('button', { name: get(texts, 'screen.back'), exact: true }).first());
    await expect.poll(() => page.locator('h1').textContent()).toBe(turnTitle);
    expect(await page.getByText(answering, { exact: true }).count()).toBe(1);
    await app.close();
  });
});
