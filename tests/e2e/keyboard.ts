import type { Locator, Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. Fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, { max = 600, backwards = false } = {}): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`tabTo: element not found: ${target.toString()}`);
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`tabTo: never reached ${target.toString()} in ${max} presses`);
}

/** Activates a button or link by keyboard. */
export async function pressButton(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/**
 * Picks option `index` in a native radio group by keyboard: Tab into the group (focus lands on the first radio,
 * or the checked one), then arrow keys, which move and check; Space checks the focused radio.
 */
export async function chooseRadio(page: Page, radios: Locator, index: number): Promise<void> {
  const first = radios.first();
  await tabTo(page, first);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  if (index === 0) await page.keyboard.press('Space');
}

export async function toggleCheckbox(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press('Space');
}

export async function typeInto(page: Page, input: Locator, text: string): Promise<void> {
  await tabTo(page, input);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
