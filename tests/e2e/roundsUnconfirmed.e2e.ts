/**
 * A later round whose carried-over answers were never confirmed (issue 16, points 8 and 9), by keyboard in both
 * languages: the home list says how many areas are unconfirmed and offers to continue, not to open a finished round;
 * "continue" lands on the first such area; the step list marks each; the results say which areas and mark their
 * cards; the comparison calls them "not confirmed", never "unchanged" (only the confirmed area is unchanged); the
 * trend chart labels each round with its date in the language's form. axe finds nothing on those screens.
 * With SOME_KOMPASS_SHOTS=<folder> the screens are also saved there as PNGs (1280x800), for looking at.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { confirmCarriedOver, startFollowUp, unconfirmedByModule } from '../../renderer/src/domain/rounds/rounds';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { COMPANIES, companyAssessment } from '../fixtures/companies';

const folders = tempFolders('some-kompass-unconfirmed-e2e-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const shots = process.env['SOME_KOMPASS_SHOTS'];
const shot = async (page: Page, name: string): Promise<void> => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
};

describe.each(['nb', 'sv'] as const)('a round with unconfirmed areas (%s)', (lng) => {
  const common = load(lng, 'common');
  const rounds = load(lng, 'rounds');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const r = (key: string, values?: Record<string, string | number>): string => get(rounds, key, values);
  const area = (m: string): string => get(load(lng, m), 'name');
  const dates = lng === 'nb' ? ['30.05.2026', '28.11.2026'] : ['2026-05-30', '2026-11-28'];

  test('marked on the home list, the steps and the results; never called unchanged; the chart is dated', { timeout: 90_000 }, async () => {
    const dataDir = folders.make();
    const first: Assessment = {
      ...companyAssessment(COMPANIES.find((c) => c.key === 'bakery')!),
      planLanguage: lng,
      createdAt: '2026-05-30T09:00:00.000Z',
    };
    // Round 2: only strategy was looked at and confirmed; the other three areas still hold last round's answers.
    const second = confirmCarriedOver(
      startFollowUp(first, 'round-2', '2026-11-28T10:00:00.000Z'),
      QUESTIONS_BY_MODULE.strategy.map((q) => q.id),
    );
    const counts = unconfirmedByModule(second);
    const store = new AppStore(dataDir, openConfBackend);
    store.saveAssessment(first);
    store.saveAssessment(second);
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const h1 = () => page.locator('h1').first().textContent();

    // The home list: the round says three areas are unconfirmed, is not done, and offers to continue.
    const row = page.locator('tr', { has: page.locator('.workshop-tag', { hasText: t('home.roundTag', { number: 2 }) }) });
    await expect.poll(() => row.locator('.unconfirmed-mark').textContent()).toBe(t('home.unconfirmedAreas_other', { count: 3 }));
    expect(await row.locator('.status-tag').textContent()).toBe(t('home.status.incomplete'));
    expect(await page.locator('.unconfirmed-mark').count()).toBe(1);
    expect(await axeViolations(page), 'axe on the home list').toEqual([]);
    await shot(page, `${lng}-unconfirmed-home`);

    // Continue lands on the first unconfirmed area; the steps mark the three, not strategy.
    await pressButton(page, row.getByRole('button', { name: t('home.continueNamed', { name: 'Bakeri Solsiden' }), exact: true }));
    await expect.poll(h1).toBe(area('channels'));
    const step = (m: string) => page.locator('.step-nav li', { hasText: area(m) });
    expect(await step('strategy').locator('.unconfirmed-mark').count()).toBe(0);
    for (const m of ['channels', 'responsiveness', 'authenticity'] as const)
      expect(await step(m).locator('.unconfirmed-mark').textContent()).toBe(
        r(counts[m] === 1 ? 'unconfirmed.answers_one' : 'unconfirmed.answers_other', { count: counts[m] }),
      );
    expect(await axeViolations(page), 'axe on a module with the marked steps').toEqual([]);
    await shot(page, `${lng}-unconfirmed-steps`);

    // The results: which areas, each card marked, the comparison says "not confirmed" and never "unchanged" there.
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.results') }));
    await expect.poll(h1).toBe(t('results.title'));
    const notice = await page.locator('.unconfirmed-notice').textContent();
    expect(notice).toContain(r('unconfirmed.results_other', { count: 3, areas: '' }).split(':')[0]);
    for (const m of ['channels', 'responsiveness', 'authenticity']) expect(notice).toContain(area(m));
    expect(notice).not.toContain(area('strategy'));
    const card = (m: string) => page.locator('.module-card', { hasText: area(m) });
    expect(await card('strategy').locator('.unconfirmed-mark').count()).toBe(0);
    expect(await card('channels').locator('.unconfirmed-mark').count()).toBe(1);

    const progress = page.locator('section.progress');
    const progressRow = (name: string) => progress.locator('tbody tr', { has: page.locator('th', { hasText: name }) });
    expect(await progressRow(area('strategy')).locator('td').last().textContent()).toBe(`0 ${r('movement.unchanged')}`);
    for (const m of ['channels', 'responsiveness', 'authenticity']) {
      const text = await progressRow(area(m)).textContent();
      expect(text).toContain(r('movement.unconfirmed'));
      expect(text).not.toContain(r('movement.unchanged'));
    }
    const overall = await progress.locator('tr.overall-row').textContent();
    expect(overall).toContain(r('movement.unconfirmed'));
    expect(overall).not.toContain(r('movement.unchanged'));
    expect(await progress.textContent()).toContain(r('unconfirmed.progressHint'));

    // The trend chart: each round with its date, in the language's form, on screen and for screen readers.
    const labels = await progress.locator('.trend-chart text.trend-round').evaluateAll((els) => els.map((e) => e.textContent));
    expect(labels).toEqual([r('progress.roundShort', { number: 1 }) + dates[0], r('progress.roundShort', { number: 2 }) + dates[1]]);
    const description = await progress.locator('.trend-chart desc').textContent();
    for (const [i, d] of dates.entries()) expect(description).toContain(`${r('progress.roundShort', { number: i + 1 })} (${d})`);
    expect(await axeViolations(page), 'axe on the results of the round').toEqual([]);
    await page.locator('.unconfirmed-notice').scrollIntoViewIfNeeded();
    await shot(page, `${lng}-unconfirmed-results`);
    await progress.locator('.trend-chart').scrollIntoViewIfNeeded();
    await shot(page, `${lng}-unconfirmed-progress`);
    await app.close();
  });
});
