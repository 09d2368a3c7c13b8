/**
 * Passing the laptop in a workshop (issue 16, point 1), by keyboard, named and anonymous, in nb and sv: after
 * "done, hide my answers" the laptop shows a hand-over screen that names nobody and shows no answer, where nothing
 * opens the finished person's answers again; the next person starts their own turn from it (a named person who has
 * answered is sent to the facilitator); the facilitator reopens a finished person's answers from the participant
 * list, only after a confirmation naming whose answers will show. axe on each new screen. With SHOTS_DIR set, the
 * screens are saved at 1280x800 for looking at.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, type LaunchedApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { chooseRadio, pressButton, typeInto } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { notApplicableByProfile } from '../../renderer/src/domain/scoring/scoring';
import { addRespondent, changeWorkshop, createWorkshopAssessment, respondentLabel } from '../../renderer/src/domain/workshop/workshop';
import type { Assessment, Workshop } from '../../renderer/src/domain/model/types';
import { MENU_COMMANDS } from '../../electron/shared/contract';
import { WORKSHOP_PROFILE } from '../fixtures/workshops';
import { storedAssessments } from '../unit/storedFiles';

const folders = tempFolders('some-kompass-hand-over-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const FIRST = QUESTIONS_BY_MODULE.strategy[0]!;
/** How many questions the seeded company is asked (the participant list's "1 of N"). */
const ASKED = (a: Assessment): number => QUESTIONS.filter((q) => !notApplicableByProfile(q, a.profile)).length;

/** A workshop with its profile filled in and these people added, none of whom has answered yet. */
function seed(dataDir: string, lng: 'nb' | 'sv', anonymous: boolean, names: string[]): Assessment {
  let a = createWorkshopAssessment(`hand-over-${lng}`, '2026-12-01T09:00:00.000Z', lng, anonymous);
  a = { ...a, profile: { ...a.profile, ...WORKSHOP_PROFILE } };
  names.forEach((name, i) => (a = changeWorkshop(a, (w) => addRespondent(w, `person-${i + 1}`, name))));
  new AppStore(dataDir, openConfBackend).saveAssessment(a);
  return a;
}

const storedWorkshop = (dataDir: string): Workshop => {
  const list = storedAssessments(dataDir).filter((a: Assessment) => a.workshop);
  expect(list).toHaveLength(1);
  return list[0]!.workshop!;
};

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png` });
}

describe.each(['nb', 'sv'] as const)('passing the laptop (%s)', (lng) => {
  const common = load(lng, 'common');
  const ws = load(lng, 'workshop');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const w = (key: string, values?: Record<string, string | number>): string => get(ws, key, values);
  /** How the screens name a participant: their name, or their number. */
  const labelOf = (workshop: Workshop, id: string): string => {
    const label = respondentLabel(workshop, id);
    return label.kind === 'name' ? label.name : w('respondent.numbered', { number: label.number });
  };

  async function start(anonymous: boolean, names: string[]) {
    const dataDir = folders.make();
    const asked = ASKED(seed(dataDir, lng, anonymous, names));
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const h1 = () => page.locator('h1').first().textContent();
    await pressButton(page, page.locator('.assessment-table .row-actions button').first());
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.workshop') }));
    await expect.poll(h1).toBe(w('screen.title'));
    return { app, page, dataDir, h1, asked };
  }

  /** Answers the first strategy question at the lowest level and hides the answers. */
  async function answerAndHide(page: Page, dataDir: string, id: string): Promise<void> {
    await chooseRadio(page, page.locator(`input[name="answers.${FIRST.id}"]`), 0);
    await expect.poll(() => storedWorkshop(dataDir).respondents.find((r) => r.id === id)?.answers[FIRST.id]).toBeDefined();
    await pressButton(page, page.getByRole('button', { name: w('answering.handBack'), exact: true }).first());
  }

  /** The hand-over screen: nobody named, no answer, no way back into anyone's answers but "I lead the workshop". */
  async function expectNeutralHandOver(page: Page, h1: () => Promise<string | null>, hidden: string[]): Promise<void> {
    await expect.poll(h1).toBe(w('handOver.title'));
    const text = (await page.locator('body').innerText()).toLowerCase();
    for (const name of hidden) expect(text, `names ${name}`).not.toContain(name.toLowerCase());
    expect(await page.locator('input:checked, .distribution, .answering-as, .step-nav, button.brand').count()).toBe(0);
    // The header's language switch stays (it was there as a select before): it changes the words, shows no one's answers.
    const buttons = (await page.getByRole('button').allInnerTexts()).map((s) => s.trim());
    expect(buttons).toEqual([t('languageSwitch.apply'), w('handOver.start'), w('handOver.facilitator')]);
    expect(await axeViolations(page), 'axe on the hand-over screen').toEqual([]);
  }

  /** The facilitator's reopen: the list's button, a confirmation naming the person (Esc cancels), then their answers. */
  async function facilitatorReopens(
    page: Page,
    h1: () => Promise<string | null>,
    who: { label: string; asked: number },
    shotName: string,
  ): Promise<void> {
    const { label, asked } = who;
    await pressButton(page, page.getByRole('button', { name: w('handOver.facilitator'), exact: true }));
    await expect.poll(h1).toBe(w('screen.title'));
    // No one-press way back: the finished person's row offers only the confirmed reopen.
    const reopen = page.getByRole('button', { name: w('reopen.buttonNamed', { name: label }), exact: true });
    expect(await page.getByRole('button', { name: w('screen.answerAsNamed', { name: label }), exact: true }).count()).toBe(0);
    await pressButton(page, reopen);
    const dialog = page.getByRole('dialog', { name: w('reopen.title', { name: label }), exact: true });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain(w('reopen.text', { name: label, answered: 1, total: asked }));
    // It opens on "cancel": Enter alone shows nobody's answers.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(w('reopen.cancel'));
    expect(await axeViolations(page), 'axe on the confirmation').toEqual([]);
    await shot(page, `${lng}-${shotName}-confirm`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(h1).toBe(w('screen.title'));
    await pressButton(page, reopen);
    await pressButton(page, dialog.getByRole('button', { name: w('reopen.confirm', { name: label }), exact: true }));
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: label }));
    await expect.poll(() => page.locator(`input[name="answers.${FIRST.id}"]:checked`).count()).toBe(1);
  }

  test('named: Kari hides her answers, Ola starts his own turn, Kari is sent to the facilitator, who reopens hers', async () => {
    const { app, page, dataDir, h1, asked } = await start(false, ['Kari', 'Ola']);
    await pressButton(page, page.getByRole('button', { name: w('screen.answerAsNamed', { name: 'Kari' }), exact: true }));
    await answerAndHide(page, dataDir, 'person-1');
    await expectNeutralHandOver(page, h1, ['Kari', 'Ola']);
    await shot(page, `${lng}-named-hand-over`);

    // The next person: only those who have not answered are offered; Kari typing her name is sent to the facilitator.
    await pressButton(page, page.getByRole('button', { name: w('handOver.start'), exact: true }));
    await expect.poll(h1).toBe(w('handOver.whoTitle'));
    expect(await page.locator('.waiting-list button').allInnerTexts()).toEqual([w('handOver.iAm', { name: 'Ola' })]);
    await typeInto(page, page.getByLabel(w('handOver.yourName'), { exact: true }), ' kari ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe(w('handOver.alreadyAnswered'));
    expect(await page.locator('input[type="radio"]').count()).toBe(0);
    expect(storedWorkshop(dataDir).respondents).toHaveLength(2);
    expect(await axeViolations(page), 'axe on who-are-you').toEqual([]);
    await shot(page, `${lng}-named-who`);

    // Ola answers as himself and sees none of Kari's answers.
    await pressButton(page, page.getByRole('button', { name: w('handOver.iAm', { name: 'Ola' }), exact: true }));
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: 'Ola' }));
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    await answerAndHide(page, dataDir, 'person-2');

    // A newcomer types a name not on the list and is added.
    await pressButton(page, page.getByRole('button', { name: w('handOver.start'), exact: true }));
    await typeInto(page, page.getByLabel(w('handOver.yourName'), { exact: true }), 'Ingrid');
    await pressButton(page, page.getByRole('button', { name: w('handOver.start'), exact: true }));
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: 'Ingrid' }));
    await expect.poll(() => storedWorkshop(dataDir).respondents.map((r) => r.name)).toEqual(['Kari', 'Ola', 'Ingrid']);
    await answerAndHide(page, dataDir, storedWorkshop(dataDir).respondents[2]!.id);

    await expectNeutralHandOver(page, h1, ['Kari', 'Ola', 'Ingrid']);
    await facilitatorReopens(page, h1, { label: 'Kari', asked }, 'named');
    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();
  });

  /**
   * Every menu command but the accessibility statement is refused during a turn: the same screen stays, nothing of the
   * list shows, no dialog opens (import, export), and the refusal is said through the announcer.
   */
  async function expectMenuRefused(app: LaunchedApp, h1: () => Promise<string | null>): Promise<void> {
    const { page } = app;
    const title = await h1();
    const dialogs = app.dialogsShown.length;
    for (const command of MENU_COMMANDS.filter((c) => c !== 'accessibilityStatement')) {
      // What the region said before is marked, so the refusal must be a new message (the same words said again).
      await page
        .locator('[data-announcer-politeness="assertive"] p')
        .evaluateAll((ps) => ps.forEach((p) => p.setAttribute('data-old', '')));
      await app.sendMenuCommand(command);
      await expect
        .poll(() => page.locator('[data-announcer-politeness="assertive"] p:not([data-old])').allTextContents(), { message: command })
        .toEqual([t('privateTurn.menuRefused')]);
      expect(await h1(), command).toBe(title);
      expect(await page.locator('.assessment-table, section.home, .settings-screen, section.portfolio').count(), command).toBe(0);
      expect(await page.locator('button.brand').count(), command).toBe(0);
    }
    expect(app.dialogsShown.length).toBe(dialogs);
  }

  test('no menu command leaves a turn or the hand-over screen', async () => {
    const { app, page, dataDir, h1 } = await start(false, ['Kari', 'Ola']);
    await pressButton(page, page.getByRole('button', { name: w('screen.answerAsNamed', { name: 'Kari' }), exact: true }));
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: 'Kari' }));
    await expectMenuRefused(app, h1);
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: 'Kari' }));
    await answerAndHide(page, dataDir, 'person-1');
    await expect.poll(h1).toBe(w('handOver.title'));
    await expectMenuRefused(app, h1);
    await expectNeutralHandOver(page, h1, ['Kari', 'Ola']);
    // Only one assessment is stored still: "new assessment" and "import" made none.
    expect(storedAssessments(dataDir)).toHaveLength(1);
    // Back with the facilitator, the menu works again.
    await pressButton(page, page.getByRole('button', { name: w('handOver.facilitator'), exact: true }));
    await expect.poll(h1).toBe(w('screen.title'));
    await app.sendMenuCommand('goHome');
    await page.locator('.assessment-table').waitFor();
    await app.close();
  });

  test('anonymous: the next turn is a new number, the hand-over names no number, the facilitator reopens by number', async () => {
    const { app, page, dataDir, h1, asked } = await start(true, ['']);
    const first = labelOf(storedWorkshop(dataDir), 'person-1');
    await pressButton(page, page.getByRole('button', { name: w('screen.answerAsNamed', { name: first }), exact: true }));
    await answerAndHide(page, dataDir, 'person-1');
    await expectNeutralHandOver(page, h1, [first]);
    await shot(page, `${lng}-anonymous-hand-over`);

    // One press starts the next person's own turn, as a new participant with nothing ticked.
    await pressButton(page, page.getByRole('button', { name: w('handOver.start'), exact: true }));
    await expect.poll(() => storedWorkshop(dataDir).respondents).toHaveLength(2);
    const second = storedWorkshop(dataDir).respondents[1]!;
    expect(second.name).toBe('');
    const secondLabel = labelOf(storedWorkshop(dataDir), second.id);
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: secondLabel }));
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    await answerAndHide(page, dataDir, second.id);
    await expectNeutralHandOver(page, h1, [first, secondLabel]);

    await facilitatorReopens(page, h1, { label: labelOf(storedWorkshop(dataDir), 'person-1'), asked }, 'anonymous');
    await app.close();
  });
});
