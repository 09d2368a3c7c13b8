/**
 * A plan true to the profile on the plan page, in both languages (real Chromium, keyboard only): a one-person salon on
 * Instagram and its website is "du" in every card, why-now line, plan note and "Later" line, and its steps and KPIs
 * name no channel it is not on (no Facebook, no Messenger). Quoted question topics are names and are left out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { pressButton } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { answeredAll, blankAssessment, withProfile } from '../unit/fixtures';
import { get, load } from './texts';

const dataDirs: string[] = [];
afterAll(async () => {
  await closeBrowser();
  for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
});

const SALON = 'Frisør Lena';
/** "You" to a company of two or more, as whole words (letters of every language count as letters). */
const PLURAL_YOU = {
  nb: /(?<![\p{L}\p{N}])(dere|deres)(?![\p{L}\p{N}])/iu,
  sv: /(?<![\p{L}\p{N}])(ni|er|era|ert)(?![\p{L}\p{N}])/iu,
} as const;
const unquoted = (text: string): string => text.replace(/«[^»]*»/g, '«»').replace(/”[^”]*”/g, '””');

describe.each(['nb', 'sv'] as const)('a one-person salon on Instagram reads its own plan (%s)', (lng) => {
  const common = load(lng, 'common');

  test('"du" everywhere on the plan page, and steps and KPIs that name only Instagram', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'some-kompass-plan-texts-e2e-'));
    dataDirs.push(dataDir);
    const salon = withProfile(
      {
        companyName: SALON,
        customerType: 'b2c',
        size: 'solo',
        markets: ['no'],
        ageBands: ['18-29', '30-44'],
        goals: ['customerService', 'awareness'],
        hoursPerWeek: 3,
        channels: ['instagram', 'website'],
        localCustomers: true,
      },
      { ...answeredAll(false, blankAssessment('salon')), planLanguage: lng },
    );
    new AppStore(dataDir, openConfBackend).saveAssessment(salon);

    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.openNamed').replace('{{name}}', SALON), exact: true }));
    await pressButton(page, page.locator('.step-nav button').last());
    await expect.poll(() => page.locator('h1').textContent()).toBe(get(common, 'plan.title'));

    const cards = page.locator('.action-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(2);
    const read = [
      ...(await cards.locator('h3, .why-now, p, ol li').allTextContents()),
      ...(await page.locator('.plan-note').allTextContents()),
      ...(await page.locator('.later-item').allTextContents()),
    ];
    for (const text of read) expect(unquoted(text), text).not.toMatch(PLURAL_YOU[lng]);
    // The steps and KPIs are the company's own: Instagram, not the Facebook page or Messenger it does not have.
    const steps = await cards.locator('ol li').allTextContents();
    expect(steps.join(' ')).toContain('Instagram');
    for (const text of [...steps, ...(await cards.locator('p', { hasText: get(common, 'plan.kpi') }).allTextContents())])
      expect(text).not.toMatch(/Facebook|Messenger/);
    // The card the salon has nothing to gather for (one social channel) is not in its plan at all.
    const title = get(load(lng, 'responsiveness'), 'a.gatherMessagesInOneTool.title');
    expect(await page.getByText(title, { exact: true }).count()).toBe(0);
    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();
  });
});
