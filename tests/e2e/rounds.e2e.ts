/**
 * A follow-up round by keyboard (issue 10): from the results, "start a new round" opens round 2 with every answer
 * carried over; an area is confirmed as still true in one step, one answer is changed (and so confirmed); the results
 * show what moved, labelled, with the scores across rounds; a target is set and the plan works towards it; the PDF
 * carries the progress. axe finds nothing on the new parts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, tabTo } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { ACTIONS_BY_ID, QUESTIONS_BY_MODULE, actionNamespace } from '../../renderer/src/domain/bank';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { storedAssessments } from '../unit/storedFiles';

const folders = tempFolders('some-kompass-rounds-e2e-');
const tempDir = folders.make;
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

describe.each(['nb', 'sv'] as const)('a follow-up round (%s)', (lng) => {
  const common = load(lng, 'common');
  const rounds = load(lng, 'rounds');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const r = (key: string, values?: Record<string, string | number>): string => get(rounds, key, values);

  test('carry over, confirm, change, compare, target, PDF', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const first: Assessment = {
      ...companyAssessment(COMPANIES.find((c) => c.key === 'bakery')!),
      planLanguage: lng,
      createdAt: '2026-05-30T09:00:00.000Z',
    };
    const firstAction = generatePlan(first).active[0]!.action.id;
    // Between the rounds the bakery did its first action; the status carries over, and is counted as done since.
    new AppStore(dataDir, openConfBackend).saveAssessment(first);
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    const h1 = () => page.locator('h1').first().textContent();
    const second = (): Assessment => storedAssessments(dataDir).find((a) => a.round)!;

    await pressButton(page, page.getByRole('button', { name: t('home.openNamed', { name: 'Bakeri Solsiden' }), exact: true }));
    await expect.poll(h1).toBe(t('results.title'));
    await pressButton(page, page.getByRole('button', { name: r('next.start'), exact: true }));
    await expect.poll(h1).toBe(get(load(lng, 'strategy'), 'name'));
    await expect.poll(() => second()?.round?.number).toBe(2);
    const strategy = QUESTIONS_BY_MODULE.strategy;
    expect(await page.locator('.carried-over-intro p').textContent()).toBe(r('carriedOver.intro_other', { count: strategy.length }));
    expect(await axeViolations(page), 'axe on carried-over answers').toEqual([]);

    // The whole area still holds, in one step.
    await pressButton(page, page.getByRole('button', { name: r('carriedOver.confirmAll_other', { count: strategy.length }), exact: true }));
    await expect.poll(() => second().round!.carriedOver.filter((id) => strategy.some((q) => q.id === id))).toEqual([]);
    expect(await page.locator('.carried-over').count()).toBe(0);

    // In channels one practice has improved: a changed answer is the user's own, no longer carried over.
    await pressButton(page, page.locator('.step-nav button', { hasText: get(load(lng, 'channels'), 'name') }));
    const q = QUESTIONS_BY_MODULE.channels.find((x) => x.answer.kind === 'scale')!;
    // Tab lands on the checked level (2, carried over); two steps down is the top level.
    const radios = page.locator(`input[name="answers.${q.id}"]`);
    expect(await radios.nth(2).isChecked()).toBe(true);
    await tabTo(page, radios.nth(2));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => second().answers[q.id]).toEqual({ kind: 'scale', level: 4 });
    expect(second().round!.carriedOver).not.toContain(q.id);
    // Mark the first action done in the plan.
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.plan') }));
    const card = page.locator('.action-card', { has: page.locator(`#action-${firstAction}`) });
    const status = card.getByLabel(t('plan.status'), { exact: true });
    await tabTo(page, status);
    // Not started, in progress, done: two steps down.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => second().planEdits[firstAction]?.status).toBe('done');

    // The results: what moved, labelled; the rounds' chart; what was done since.
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.results') }));
    const progress = page.locator('section.progress');
    await expect.poll(() => progress.locator('h2').textContent()).toBe(r('progress.title', { number: 2, previous: 1 }));
    const channelsRow = progress.locator('.progress-table tr', { hasText: get(load(lng, 'channels'), 'name') });
    expect(await channelsRow.textContent()).toContain(r('movement.improved'));
    expect(await progress.locator('.progress-table tr', { hasText: get(load(lng, 'strategy'), 'name') }).textContent()).toContain(
      r('movement.unchanged'),
    );
    expect(await progress.locator('.trend-chart > svg').count()).toBe(1);
    expect(await progress.textContent()).toContain(
      get(load(lng, actionNamespace(ACTIONS_BY_ID.get(firstAction)!)), `a.${firstAction}.title`),
    );
    expect(await axeViolations(page), 'axe on the progress').toEqual([]);

    // A target for strategy: advanced; the plan keeps it, and the home list names the round.
    const strategyCard = page.locator('.module-card', { hasText: get(load(lng, 'strategy'), 'name') });
    await tabTo(page, strategyCard.locator('select'));
    await page.keyboard.press('End');
    await expect.poll(() => second().targets?.strategy).toBe('advanced');
    expect(await strategyCard.locator('.target p').textContent()).toBe(r('target.notYet'));

    // The PDF of round 2 reports the progress.
    const pdf = join(tempDir(), 'runde2.pdf');
    app.dialogAnswers.push(pdf);
    await pressButton(page, page.getByRole('button', { name: get(load(lng, 'files'), 'exports.pdf') }));
    await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(r('progress.title', { number: 2, previous: 1 }));
    expect(text).toContain(r('movement.improved'));

    await pressButton(page, page.locator('button.brand'));
    await expect.poll(() => page.locator('.workshop-tag', { hasText: t('home.roundTag', { number: 2 }) }).count()).toBe(1);
    await app.close();
  });
});
