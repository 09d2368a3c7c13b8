/**
 * Who fills in, end to end in both languages (real Chromium, keyboard only): a small firm is asked the role of the
 * one filling in, right under the size; a consultant's plan asks to anchor the goals with the management, the
 * owner's does not; a one-person business is not asked at all, and the answer given before is kept. axe finds nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { chooseRadio, pressButton, tabTo } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { FILLED_IN_BY, type Assessment } from '../../renderer/src/domain/model/types';
import { blankAssessment, extremeAnswer, withProfile } from '../unit/fixtures';
import { storedAssessments } from '../unit/storedFiles';
import { get, load } from './texts';

const dataDirs: string[] = [];
afterAll(async () => {
  await closeBrowser();
  for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
});

const FIRM = 'Bakeri Solsiden';
/** Strong everywhere but on the two management questions, so the plan has room to ask for both. */
const WEAK = ['leadershipBehindGoals', 'quickCourseChange'];

function seed(dataDir: string, lng: 'nb' | 'sv'): Assessment {
  const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, extremeAnswer(q, !WEAK.includes(q.id))]));
  const firm = withProfile(
    { companyName: FIRM, customerType: 'b2c', size: 'small', markets: ['no'], hoursPerWeek: 10, channels: ['facebook', 'website'] },
    { ...blankAssessment('bakery'), answers, planLanguage: lng },
  );
  new AppStore(dataDir, openConfBackend).saveAssessment(firm);
  return firm;
}

describe.each(['nb', 'sv'] as const)('who fills in (%s)', (lng) => {
  const common = load(lng, 'common');
  const profile = load(lng, 'profile');
  const strategy = load(lng, 'strategy');
  const anchorTitle = get(strategy, 'a.anchorGoalsWithLeadership.title');

  test('asked of a small firm, changes the plan for its owner, and not asked of a one-person business', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'some-kompass-filled-in-by-e2e-'));
    dataDirs.push(dataDir);
    const seeded = seed(dataDir, lng);
    // The same firm's plan as the core makes it: a consultant is asked to anchor the goals, the owner is not.
    const planFor = (filledInBy: (typeof FILLED_IN_BY)[number]): string[] => {
      const plan = generatePlan({ ...seeded, profile: { ...seeded.profile, filledInBy } });
      return [...plan.active, ...plan.later].map((p) => p.action.id);
    };
    expect(planFor('consultant')).toContain('anchorGoalsWithLeadership');
    expect(planFor('ownerOrManager')).not.toContain('anchorGoalsWithLeadership');

    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    const toProfile = async (): Promise<void> => {
      await pressButton(page, page.locator('.step-nav button').first());
      await expect.poll(() => page.locator('h1').textContent()).toBe(get(profile, 'title'));
    };
    const toPlan = async (): Promise<void> => {
      await pressButton(page, page.locator('.step-nav button').last());
      await expect.poll(() => page.locator('h1').textContent()).toBe(get(common, 'plan.title'));
    };
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.openNamed').replace('{{name}}', FIRM), exact: true }));
    await toProfile();

    // A small firm: the question stands right after the size, with its three roles in the user's language.
    const group = page.getByRole('group', { name: get(profile, 'fields.filledInBy.label'), exact: true });
    const roles = page.locator('input[name="filledInBy"]');
    await expect.poll(() => group.count()).toBe(1);
    expect(await group.locator('label').allTextContents()).toEqual(FILLED_IN_BY.map((v) => get(profile, `options.filledInBy.${v}`)));
    expect(await page.locator('fieldset legend').allTextContents()).toEqual(
      expect.arrayContaining([get(profile, 'fields.size.label'), get(profile, 'fields.filledInBy.label')]),
    );
    const legends = await page.locator('fieldset legend').allTextContents();
    expect(legends.indexOf(get(profile, 'fields.filledInBy.label'))).toBe(legends.indexOf(get(profile, 'fields.size.label')) + 1);

    // A consultant fills in: the plan asks to anchor the goals with the client's management.
    await chooseRadio(page, roles, FILLED_IN_BY.indexOf('consultant'));
    await expect.poll(() => storedAssessments(dataDir)[0]?.profile.filledInBy).toBe('consultant');
    expect(await axeViolations(page), 'axe on the profile with the role question').toEqual([]);
    await toPlan();
    await expect.poll(() => page.locator('.plan').textContent()).toContain(anchorTitle);

    // The owner instead (arrow keys from the checked role): the plan no longer does.
    await toProfile();
    await tabTo(page, roles.nth(FILLED_IN_BY.indexOf('consultant')));
    for (let i = FILLED_IN_BY.indexOf('consultant'); i > FILLED_IN_BY.indexOf('ownerOrManager'); i--) await page.keyboard.press('ArrowUp');
    await expect.poll(() => storedAssessments(dataDir)[0]?.profile.filledInBy).toBe('ownerOrManager');
    await toPlan();
    await expect.poll(() => page.locator('.plan').textContent()).not.toContain(anchorTitle);
    expect(await page.locator('.plan').textContent()).not.toContain(get(strategy, 'a.delegateCourseChanges.title'));

    // A one-person business: the question goes away (its owner fills in), and the earlier answer is kept.
    await toProfile();
    const sizes = page.locator('input[name="size"]');
    await tabTo(page, sizes.nth(1));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => storedAssessments(dataDir)[0]?.profile.size).toBe('solo');
    await expect.poll(() => group.count()).toBe(0);
    expect(await roles.count()).toBe(0);
    expect(storedAssessments(dataDir)[0]?.profile.filledInBy).toBe('ownerOrManager');
    expect(await axeViolations(page), 'axe on the profile of a one-person business').toEqual([]);

    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();
  });
});
