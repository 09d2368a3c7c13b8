/**
 * The projector's own window (issue 14): it has `window.projector` (its language, its slides, its keys) and no
 * `window.api`, and nothing it is sent, on any slide, carries a respondent's name or id, a note or the profile's
 * respondent, though the workshop is a named one and the facilitator's window holds all of them.
 */
import { afterAll, expect, test } from 'vitest';
import { closeBrowser, launchApp, pressKeyThatClosesWindow } from './harness';
import { get, load, tempFolders } from './texts';
import { pressButton } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { changeWorkshop, renameRespondent } from '../../renderer/src/domain/workshop/workshop';
import { presentationSlides } from '../../renderer/src/domain/workshop/presentation';
import { sampleWorkshop } from '../fixtures/workshops';
import type { ProjectorApi } from '../../electron/shared/contract';

/** The page's window as the projector's preload leaves it. */
type ProjectorWindow = { projector: ProjectorApi; api?: unknown; sent: string[] };

const folders = tempFolders('some-kompass-projector-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const NAMES = ['Kari Nordmann', 'Ola Hansen', 'Ingrid Bakke', 'Sander Lie', 'Mona Dahl'];
const NOTE = 'Lønnsoppgjøret er hemmelig';
const FACILITATOR = 'Fredrik Fasilitator';

test("the projector's window gets slides without names, and no window.api", async () => {
  let workshop = sampleWorkshop(5);
  workshop.workshop!.respondents.forEach((r, i) => {
    workshop = changeWorkshop(workshop, (w) => renameRespondent(w, r.id, NAMES[i]!));
  });
  workshop = {
    ...workshop,
    profile: { ...workshop.profile, respondent: FACILITATOR },
    notes: Object.fromEntries(QUESTIONS.map((q) => [q.id, NOTE])),
  };
  const dataDir = folders.make();
  new AppStore(dataDir, openConfBackend).saveAssessment(workshop);
  const app = await launchApp({ locale: 'sv', dataDir, displays: 2 });
  const { page } = app;
  const ws = load('sv', 'workshop');
  await pressButton(page, page.locator('.row-actions button').first());
  await expect.poll(() => page.locator('h1').first().textContent()).toBe(get(ws, 'screen.title'));
  // The facilitator's window does hold the names: they are there to be kept from the projector.
  expect(await page.locator('main input[type="text"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(
    expect.arrayContaining(NAMES),
  );
  await pressButton(page, page.getByRole('button', { name: get(ws, 'present.start'), exact: true }));
  const projector = (await app.presentationPage())!;
  await projector.locator('main.presentation h1').waitFor();

  expect(await projector.evaluate(() => typeof (window as unknown as ProjectorWindow).api)).toBe('undefined');
  expect(await projector.evaluate(() => Object.keys((window as unknown as ProjectorWindow).projector).sort())).toEqual([
    'getLanguage',
    'onSlide',
    'sendKey',
  ]);
  expect(await projector.evaluate(() => (window as unknown as ProjectorWindow).projector.getLanguage())).toBe('sv');

  // Everything sent from here on is kept, as the projector's window receives it.
  await projector.evaluate(() => {
    const w = window as unknown as ProjectorWindow;
    w.sent = [];
    w.projector.onSlide((state) => w.sent.push(JSON.stringify(state)));
  });
  const slides = presentationSlides(workshop);
  for (let i = 0; i < slides.length; i++) {
    await projector.keyboard.press('r');
    await projector.keyboard.press('ArrowRight');
  }
  await expect.poll(() => projector.locator('main.presentation h1').textContent()).toBe(get(ws, 'present.scoresTitle'));
  const sent = await projector.evaluate(() => (window as unknown as ProjectorWindow).sent);
  // Each reveal and each move sent a slide; revealed questions carry their spread.
  expect(sent.length).toBeGreaterThan(slides.length);
  expect(sent.some((s) => s.includes('"bars"'))).toBe(true);
  const shown = (await projector.locator('body').textContent())!;
  for (const text of [...sent, shown]) {
    for (const name of NAMES) expect(text).not.toContain(name);
    for (const r of workshop.workshop!.respondents) expect(text).not.toContain(r.id);
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain(FACILITATOR);
  }
  await pressKeyThatClosesWindow(projector, 'Escape');
  await expect.poll(() => projector.isClosed()).toBe(true);
  await app.close();
});
