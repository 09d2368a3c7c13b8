/**
 * Focus after every action that removes or replaces the focused element (issue 17, WCAG 2.4.3), in real Chromium:
 * delete, undo and dismiss on the home list; closing a form and the earlier versions; reveal (one question, an area,
 * everything, "to discuss"), back to the median, remove a participant and cancel the reopen dialog in a workshop;
 * confirming carried-over answers in a later round; starting and ending a read of a class, and closing a student's
 * reflections; on the settings, removing the logo and taking the suggested accent colour. Each test asserts document.activeElement after the action: never the page's body.
 */
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { pressButton } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { addRespondent, changeWorkshop } from '../../renderer/src/domain/workshop/workshop';
import { confirmCarriedOver, startFollowUp } from '../../renderer/src/domain/rounds/rounds';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { sampleWorkshop } from '../fixtures/workshops';
import { writeClass } from '../fixtures/classroom';

const folders = tempFolders('some-kompass-focus-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const common = load('nb', 'common');
const workshop = load('nb', 'workshop');
const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
const w = (key: string, values?: Record<string, string | number>): string => get(workshop, key, values);

/** Focuses `target` directly (how focus got there is not what these tests are about) and presses Enter. */
async function press(target: Locator): Promise<void> {
  await target.focus();
  await target.press('Enter');
}

/** Waits until `target` has focus; fails with what has it instead. */
async function expectFocusOn(page: Page, target: Locator, what: string): Promise<void> {
  await expect
    .poll(
      async () => ((await target.evaluate((el) => el === document.activeElement).catch(() => false)) ? 'there' : await focusedNow(page)),
      {
        message: `focus should be on ${what}`,
      },
    )
    .toBe('there');
}

const focusedNow = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const where = el.closest('fieldset, section, tr')?.textContent?.slice(0, 50) ?? '';
    const input = el instanceof HTMLInputElement ? ` ${el.type} ${el.value} checked=${el.checked}` : '';
    return `${el.tagName.toLowerCase()}${input}: ${(el.textContent ?? '').slice(0, 60)} in ${where}`;
  });

/** A question's answer as focus should find it: the chosen option, else its first field. */
async function answerOf(question: Locator): Promise<Locator> {
  const checked = question.locator('input:checked');
  return (await checked.count()) > 0 ? checked.first() : question.locator('input').first();
}

function seed(assessments: Assessment[]): string {
  const dataDir = folders.make();
  const store = new AppStore(dataDir, openConfBackend);
  for (const a of assessments) store.saveAssessment(a);
  return dataDir;
}

const company = (key: string, updatedAt: string): Assessment => ({
  ...companyAssessment(COMPANIES.find((c) => c.key === key)!),
  updatedAt,
});

describe('focus after actions that remove or replace the focused element', () => {
  test('home: delete moves focus to Undo, Undo to the restored row, dismiss to the row in its place', async () => {
    const [a, b, c] = [COMPANIES[0]!, COMPANIES[1]!, COMPANIES[2]!].map((x, i) => company(x.key, `2026-11-0${3 - i}T10:00:00.000Z`));
    const app = await launchApp({ locale: 'nb', dataDir: seed([a!, b!, c!]) });
    const { page } = app;
    const rows = page.locator('.assessment-table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const middle = await rows.nth(1).getAttribute('data-id');
    const middleName = (await rows.nth(1).locator('th').first().innerText()).split('\n')[0]!;

    await press(rows.nth(1).getByRole('button', { name: t('home.deleteNamed', { name: middleName }), exact: true }));
    const undo = page.locator('.toast').getByRole('button', { name: t('home.undo'), exact: true });
    await expectFocusOn(page, undo, 'the Undo button');

    await press(undo);
    const restored = page.locator(`.assessment-table tr[data-id="${middle}"] button`).first();
    await expectFocusOn(page, restored, 'the restored row');

    await press(
      page.locator(`.assessment-table tr[data-id="${middle}"]`).getByRole('button', { name: t('home.deleteNamed', { name: middleName }) }),
    );
    await expectFocusOn(page, undo, 'the Undo button after a second delete');
    await press(page.locator('.toast').getByRole('button', { name: t('home.dismiss'), exact: true }));
    // The row below took the deleted one's place: its first button.
    await expectFocusOn(page, rows.nth(1).locator('button').first(), 'the row in the deleted one’s place');
    await app.close();
  });

  test('home: closing a form or the earlier versions returns focus to the button that opened it', async () => {
    const app = await launchApp({ locale: 'nb', dataDir: seed([company(COMPANIES[0]!.key, '2026-11-01T10:00:00.000Z')]) });
    const { page } = app;
    const opener = page.getByRole('button', { name: t('home.newWorkshop'), exact: true });
    await press(opener);
    await press(page.locator('.new-workshop').getByRole('button', { name: t('home.workshop.cancel'), exact: true }));
    await expectFocusOn(page, opener, '“Nytt verksted”');

    const earlier = page
      .locator('.assessment-table tbody tr')
      .first()
      .getByRole('button', { name: /.+/ })
      .filter({ hasText: t('home.earlier') });
    await press(earlier);
    await press(page.locator('.earlier-versions').getByRole('button', { name: t('home.closeEarlier'), exact: true }));
    await expectFocusOn(page, earlier, '“Tidligere versjoner”');

    // A file notice's "close" takes the notice away: focus goes back to the button that saved the file.
    const files = load('nb', 'files');
    const exportButton = page
      .locator('.assessment-table tbody tr')
      .first()
      .getByRole('button')
      .filter({ hasText: get(files, 'home.export') });
    app.dialogAnswers.push(join(folders.make(), 'lagret.somekompass'));
    await press(exportButton);
    const close = page.locator('.notice').getByRole('button', { name: t('home.dismiss'), exact: true });
    await close.waitFor();
    await press(close);
    await expect.poll(() => page.locator('.notice').count()).toBe(0);
    await expectFocusOn(page, exportButton, 'the export button');
    await app.close();
  });

  test('workshop: reveal, back to the median, reveal an area, to discuss, remove a participant, cancel the reopen', async () => {
    const strategyName = get(load('nb', 'strategy'), 'name');
    const first = changeWorkshop(sampleWorkshop(3, { id: 'focus-a' }), (x) => addRespondent(x, 'person-new', 'Nora'));
    const second = sampleWorkshop(3, { id: 'focus-b' });
    const app = await launchApp({ locale: 'nb', dataDir: seed([{ ...first, updatedAt: '2026-12-02T10:00:00.000Z' }, second]) });
    const { page } = app;
    const h1 = () => page.locator('h1').first().textContent();
    const step = (name: string) => page.locator('.step-nav button', { hasText: name });

    await pressButton(page, page.locator('.assessment-table tbody tr').first().locator('button').first());
    await pressButton(page, step(strategyName));
    await expect.poll(h1).toBe(strategyName);

    // One question: its answers replace the button.
    const question = page.locator('section.workshop-question').first();
    await press(question.getByRole('button', { name: w('spread.reveal'), exact: true }));
    await expectFocusOn(page, question.locator('.revealed'), 'the revealed answers');

    // Another team answer, then back to the median: the button goes, focus goes to the answer.
    const select = question.locator('.team-answer-control select');
    await select.focus();
    await select.press('ArrowDown');
    const back = question.getByRole('button', { name: w('consensus.backToMedian'), exact: true });
    await back.waitFor();
    await press(back);
    await expectFocusOn(page, select, 'the team answer');

    // The rest of the area: focus goes to the first answers shown.
    await press(
      page
        .getByRole('button', { name: /.+/ })
        .filter({ hasText: w('module.revealModule_other', { count: QUESTIONS_BY_MODULE.strategy.length - 1 }) }),
    );
    await expectFocusOn(page, page.locator('section.workshop-question .revealed').first(), 'the first revealed question');

    // To discuss, everything else at once: focus goes to the list of questions to discuss.
    await pressButton(page, step(t('steps.discuss')));
    const revealAll = page.locator('.discuss .head-buttons button').first();
    await press(revealAll);
    await expectFocusOn(page, page.locator('.discuss-summary a').first(), 'the first question to discuss');

    // The participants: removing Nora (no answers) puts focus on the row that took her place, or the one above.
    await pressButton(page, step(t('steps.workshop')));
    await expect.poll(() => page.locator('.respondent-table tbody tr').count()).toBe(4);
    await press(page.getByRole('button', { name: w('screen.removeNamed', { name: 'Nora' }), exact: true }));
    await expect.poll(() => page.locator('.respondent-table tbody tr').count()).toBe(3);
    await expectFocusOn(page, page.locator('.respondent-table tbody tr').nth(2).locator('input, button').first(), 'the last remaining row');

    // The reopen dialog's Cancel returns focus to the button that opened it.
    const reopen = page.locator('.respondent-table tbody tr').first().getByRole('button').filter({ hasText: 'Kari' });
    await press(reopen);
    await press(page.getByRole('dialog').getByRole('button', { name: w('reopen.cancel'), exact: true }));
    await expectFocusOn(page, reopen, 'the reopen button');

    // Another workshop, nothing revealed: "reveal everything" goes, focus goes to the line that says all are revealed.
    await press(page.locator('header button.brand'));
    await pressButton(page, page.locator('.assessment-table tr[data-id="focus-b"] button').first());
    await pressButton(page, step(t('steps.workshop')));
    await press(page.getByRole('button', { name: w('screen.revealAll'), exact: true }));
    const line = page.locator('.workshop p', { hasText: w('screen.allRevealed') });
    await expectFocusOn(page, line, 'the line saying everything is revealed');
    await app.close();
  });

  test('workshop: adding the last participant allowed keeps focus on Add', async () => {
    const full = sampleWorkshop(LIMITS.respondents - 1, { anonymous: true, id: 'almost-full' });
    const app = await launchApp({ locale: 'nb', dataDir: seed([full]) });
    const { page } = app;
    await press(page.locator('.assessment-table tbody tr button').first());
    await press(page.locator('.step-nav button', { hasText: t('steps.workshop') }));
    const add = page.getByRole('button', { name: w('screen.add'), exact: true });
    await press(add);
    await expect.poll(() => page.locator('.respondent-table tbody tr').count()).toBe(LIMITS.respondents);
    expect(await add.getAttribute('aria-disabled')).toBe('true');
    await expectFocusOn(page, add, 'the Add button');
    await app.close();
  });

  test('a later round: confirming one carried-over answer, then all, puts focus on the answers', async () => {
    const first: Assessment = { ...companyAssessment(COMPANIES.find((c) => c.key === 'bakery')!), createdAt: '2026-05-30T09:00:00.000Z' };
    const second = confirmCarriedOver(
      startFollowUp(first, 'round-2', '2026-11-28T10:00:00.000Z'),
      QUESTIONS_BY_MODULE.strategy.map((q) => q.id),
    );
    const app = await launchApp({ locale: 'nb', dataDir: seed([first, second]) });
    const { page } = app;
    const rounds = load('nb', 'rounds');
    await pressButton(page, page.locator('.assessment-table tr[data-id="round-2"] button').first());
    await page.locator('fieldset.question .carried-over').first().waitFor();
    // Pinned by its place: once confirmed, the question no longer has the notice that found it.
    const at = await page.locator('fieldset.question').evaluateAll((all) => all.findIndex((f) => f.querySelector('.carried-over')));
    const firstQuestion = page.locator('fieldset.question').nth(at);
    await press(firstQuestion.locator('.carried-over button'));
    await expectFocusOn(page, await answerOf(firstQuestion), 'the answer just confirmed');

    await press(page.locator('.carried-over-intro button'));
    await expect.poll(() => page.locator('.carried-over-intro').count()).toBe(0);
    await expectFocusOn(page, await answerOf(page.locator('fieldset.question').first()), 'the first answer');
    expect(get(rounds, 'carriedOver.confirm')).toBeTruthy();
    await app.close();
  });

  test('settings: removing the logo puts focus on "choose", taking the suggested colour on the colour field', async () => {
    const files = load('nb', 'files');
    const f = (key: string): string => get(files, key);
    const app = await launchApp({ locale: 'nb', dataDir: folders.make() });
    const { page } = app;
    await pressButton(page, page.getByRole('button', { name: f('brand.settingsButton'), exact: true }));
    const logo = join(folders.make(), 'firmalogo.png');
    copyFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'brand', 'logo.png'), logo);
    app.dialogAnswers.push(logo);
    const choose = page.getByRole('button', { name: f('brand.chooseLogo'), exact: true });
    await press(choose);
    const remove = page.getByRole('button', { name: f('brand.removeLogo'), exact: true });
    await remove.waitFor();
    await press(remove);
    await expect.poll(() => remove.count()).toBe(0);
    await expectFocusOn(page, choose, 'the choose-logo button');

    const accent = page.getByLabel(f('brand.accent'), { exact: true });
    await accent.fill('#ff9900');
    const useSuggestion = page.getByRole('button', { name: /#[0-9a-f]{6}/ });
    await press(useSuggestion);
    await expect.poll(() => useSuggestion.count()).toBe(0);
    await expectFocusOn(page, accent, 'the accent colour field');
    await app.close();
  });

  test('class overview: the read keeps focus on its button; closing reflections returns to the row', async () => {
    const cls = writeClass(folders.make(), 6, 'nb');
    const app = await launchApp({ locale: 'nb', dataDir: folders.make() });
    const { page } = app;
    const c = (key: string, values?: Record<string, string | number>): string => get(load('nb', 'class'), key, values);
    await pressButton(page, page.getByRole('button', { name: t('home.classOverview'), exact: true }));
    app.dialogAnswers.push([cls.folder]);
    const chooseFolder = page.getByRole('button', { name: c('chooseFolder'), exact: true });
    await press(chooseFolder);
    await page.locator('.class-summary').waitFor();
    // Disabled while reading, it would have lost focus to the page: aria-disabled keeps it, before and after.
    await expectFocusOn(page, chooseFolder, 'the button that started the read');

    const opener = page
      .locator('.class-matrix tbody tr')
      .first()
      .getByRole('button', { name: /.+/ })
      .filter({ hasText: c('readReflections') });
    await press(opener);
    await expectFocusOn(page, page.locator('.reflections-panel h2'), 'the reflections’ heading');
    await press(page.getByRole('button', { name: c('closeReflections'), exact: true }));
    await expectFocusOn(page, opener, 'the button that opened the reflections');
    await app.close();
  });
});
