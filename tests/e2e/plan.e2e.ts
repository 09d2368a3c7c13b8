/**
 * The plan an expert would sign, by keyboard alone, in bokmål and in Swedish: the home list marks unfinished and
 * preliminary assessments and "Fortsett"/"Fortsätt" lands on the first unfinished step (also after a restart); the
 * plan fits the company's hours, with the rest on a collapsed "Later" list; an action moves into the plan and out
 * again by keyboard, and the moves are on disk; due dates are typed as the language writes them; axe finds nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { pressButton, typeInto } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { actionNamespace } from '../../renderer/src/domain/bank';
import type { Answer, Assessment, Profile } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, withProfile } from '../unit/fixtures';
import { storedAssessments } from '../unit/storedFiles';
import { createTestI18n } from '../unit/reportI18n';
import { plannedWorkText } from '../../renderer/src/domain/plan/workText';
import { hoursNotes } from '../../renderer/src/domain/plan/hoursNote';
import { get, load } from './texts';

const dataDirs: string[] = [];
afterAll(async () => {
  await closeBrowser();
  for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
});

const BAKERY = 'Bakeri Ærlig';
const HALF = 'Halvveis AS';
const UNSURE = 'Usikker & Co';

/** Three assessments as a user would have them after a few evenings. */
function seed(dataDir: string, lng: 'nb' | 'sv'): Assessment[] {
  const profile: Partial<Profile> = {
    customerType: 'b2c',
    size: 'small',
    channels: ['facebook'],
    ageBands: ['30-44'],
    goals: ['sales'],
    hoursPerWeek: 2,
  };
  const bakery = withProfile({ ...profile, companyName: BAKERY, channels: ['facebook'] }, answeredAll(false, blankAssessment('bakery')));
  const halfAnswers: Record<string, Answer> = {};
  for (const q of QUESTIONS_BY_MODULE.strategy) halfAnswers[q.id] = answeredAll(true).answers[q.id]!;
  for (const q of QUESTIONS_BY_MODULE.channels.slice(0, 4)) halfAnswers[q.id] = answeredAll(true).answers[q.id]!;
  const half: Assessment = {
    ...withProfile({ ...profile, companyName: HALF, channels: ['facebook'] }, blankAssessment('half')),
    answers: halfAnswers,
  };
  const unsure: Assessment = {
    ...withProfile({ ...profile, companyName: UNSURE, channels: ['facebook'] }, blankAssessment('unsure')),
    answers: Object.fromEntries(QUESTIONS.map((q): [string, Answer] => [q.id, { kind: 'dontKnow' }])),
  };
  const store = new AppStore(dataDir, openConfBackend);
  const list = [bakery, half, unsure].map((a, i) => ({ ...a, planLanguage: lng, updatedAt: `2026-11-2${i}T10:00:00.000Z` }));
  for (const a of list) store.saveAssessment(a);
  return list;
}

function stored(dataDir: string, id: string): Assessment {
  return storedAssessments(dataDir).find((a) => a.id === id)!;
}

describe.each(['nb', 'sv'] as const)('the plan and the way back to it (%s)', (lng) => {
  const common = load(lng, 'common');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const actionTitle = (id: string, assessment: Assessment): string => {
    const planned = [...generatePlan(assessment).active, ...generatePlan(assessment).later].find((p) => p.action.id === id)!;
    return get(load(lng, actionNamespace(planned.action)), `a.${id}.title`);
  };

  test('home marks, "continue", the Later list, moves by keyboard, dates, and all of it after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'some-kompass-plan-e2e-'));
    dataDirs.push(dataDir);
    const [bakery, half] = seed(dataDir, lng);
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;

    // Home: each row says how far it has come; the unfinished one offers to continue.
    await expect.poll(() => page.locator('h1').textContent()).toBe(t('home.title'));
    const row = (name: string) => page.locator('tr', { has: page.locator('th', { hasText: name }) });
    expect(await row(HALF).locator('.status-tag').textContent()).toBe(t('home.status.incomplete'));
    expect(await row(UNSURE).locator('.status-tag').textContent()).toBe(t('home.status.preliminary'));
    expect(await row(UNSURE).textContent()).toContain(t('home.scorePreliminary', { score: 0 }));
    expect(await row(BAKERY).locator('.status-tag').textContent()).toBe(t('home.status.complete'));
    expect(await axeViolations(page), 'axe on home').toEqual([]);

    // "Continue" lands on the first unfinished step: the channels, half answered.
    await pressButton(page, page.getByRole('button', { name: t('home.continueNamed', { name: HALF }), exact: true }));
    await expect.poll(() => page.locator('h1').textContent()).toBe(get(load(lng, 'channels'), 'name'));
    await pressButton(page, page.locator('button.brand'));

    // A finished assessment opens on its results; the plan is one step on.
    await pressButton(page, page.getByRole('button', { name: t('home.openNamed', { name: BAKERY }), exact: true }));
    await expect.poll(() => page.locator('h1').textContent()).toBe(t('results.title'));
    await pressButton(page, page.locator('.step-buttons button.primary'));
    await expect.poll(() => page.locator('h1').textContent()).toBe(t('plan.title'));

    // Two hours a week: the plan as the core sizes it in hours (planHours.test.ts), the rest on the collapsed Later
    // list, and the page's hours line says what the first month asks and the week it rests on.
    const plan = generatePlan(bakery!);
    expect(plan.active.length).toBeLessThanOrEqual(8);
    await expect.poll(() => page.locator('.horizon .action-card').count()).toBe(plan.active.length);
    expect(await page.locator('section[aria-labelledby="horizon-first30"] .action-card').count()).toBe(
      plan.active.filter((p) => p.horizon === 'first30').length,
    );
    const notesT = (await createTestI18n({ escapeValue: false })).t(lng);
    const [firstMonth, week] = hoursNotes(plan, notesT, lng);
    expect(week).toContain(lng === 'nb' ? '2 timer i uka' : '2 timmar i veckan');
    expect(await page.locator('.plan').textContent()).toContain(firstMonth);
    expect(await page.locator('.plan').textContent()).toContain(week);
    const later = page.locator('details.later');
    expect(await later.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await later.locator('summary').textContent()).toContain(t('plan.later.title'));
    for (const card of await page.locator('.action-card .why-now').all())
      expect((await card.textContent())!.length).toBeGreaterThan(t('plan.whyNow.label').length + 5);
    // Each card says the work it takes, in the plan's language, as the core words it (workText.test.ts).
    const planT = (await createTestI18n({ escapeValue: false })).t(lng);
    for (const planned of plan.active) {
      const work = page.locator('.action-card', { has: page.locator(`#action-${planned.action.id}`) }).locator('.action-work');
      expect(await work.textContent()).toBe(plannedWorkText(planned, planT, lng));
      expect(await work.textContent()).toMatch(lng === 'nb' ? /^Engangsarbeid: \d/ : /^Engångsarbete: \d/);
    }

    // Open the list by keyboard and move its first action into the plan.
    await pressButton(page, later.locator('summary'));
    expect(await later.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await axeViolations(page), 'axe on the plan with Later open').toEqual([]);
    const moving = plan.later[0]!;
    const movingTitle = actionTitle(moving.action.id, bakery!);
    expect(await later.locator('.later-item h3').first().textContent()).toBe(movingTitle);
    await pressButton(page, page.getByRole('button', { name: t('plan.later.moveToPlanNamed', { title: movingTitle }), exact: true }));
    await expect.poll(() => page.locator('.horizon .action-card h3').allTextContents()).toContain(movingTitle);
    // Focus follows the action; the plan keeps its size, so the least urgent action went to Later instead.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(movingTitle);
    expect(await page.locator('.horizon .action-card').count()).toBe(8);
    await expect.poll(() => stored(dataDir, bakery!.id).planEdits[moving.action.id]?.placement).toBe('plan');

    // And one out of the plan, by keyboard.
    const leaving = plan.active[0]!;
    const leavingTitle = actionTitle(leaving.action.id, bakery!);
    await pressButton(page, page.getByRole('button', { name: t('plan.later.moveToLaterNamed', { title: leavingTitle }), exact: true }));
    await expect.poll(() => later.locator('.later-item h3').allTextContents()).toContain(leavingTitle);
    await expect.poll(() => stored(dataDir, bakery!.id).planEdits[leaving.action.id]?.placement).toBe('later');
    expect(await later.locator('.later-item', { hasText: leavingTitle }).textContent()).toContain(t('plan.whyNow.movedLaterByUser'));

    // A due date is typed as the language writes dates (31.01.2027 / 2027-01-31) whatever the system's language; an
    // impossible date is refused in words.
    const card = page.locator('.horizon .action-card').first();
    const due = card.getByLabel(t('plan.due'), { exact: true });
    const [impossible, dueTyped] = lng === 'nb' ? ['31.02.2027', '31.01.2027'] : ['2027-02-31', '2027-01-31'];
    expect(await due.getAttribute('placeholder')).toBe(t('form.date.placeholder'));
    const cardId = (await card.locator('h3').getAttribute('id'))!.replace(/^action-/, '');
    await typeInto(page, due, impossible);
    await expect.poll(() => card.locator('.field-error').textContent()).toBe(t('form.date.invalid'));
    // The other language's form is understood too, and shown in this language's form once the field is left.
    await typeInto(page, due, lng === 'nb' ? '2027-01-30' : '30.1.2027');
    await expect.poll(() => stored(dataDir, bakery!.id).planEdits[cardId]?.due).toBe('2027-01-30');
    await page.keyboard.press('Tab');
    expect(await due.inputValue()).toBe(lng === 'nb' ? '30.01.2027' : '2027-01-30');
    await typeInto(page, due, dueTyped);
    await expect.poll(() => stored(dataDir, bakery!.id).planEdits[cardId]?.due).toBe('2027-01-31');
    expect(await card.locator('.field-error').count()).toBe(0);
    await expect.poll(() => page.locator('.save-status').textContent()).toBe(t('save.saved'));
    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();

    // After a restart: the moves and the date are kept, and "continue" still lands where the user left off.
    const again = await launchApp({ locale: lng, dataDir });
    const p2 = again.page;
    await expect.poll(() => p2.locator('h1').textContent()).toBe(t('home.title'));
    await pressButton(p2, p2.getByRole('button', { name: t('home.continueNamed', { name: HALF }), exact: true }));
    await expect.poll(() => p2.locator('h1').textContent()).toBe(get(load(lng, 'channels'), 'name'));
    expect(stored(dataDir, half!.id).answers).toEqual(half!.answers);
    await pressButton(p2, p2.locator('button.brand'));
    await pressButton(p2, p2.getByRole('button', { name: t('home.openNamed', { name: BAKERY }), exact: true }));
    await pressButton(p2, p2.locator('.step-nav button').last());
    await expect.poll(() => p2.locator('.horizon .action-card h3').allTextContents()).toContain(movingTitle);
    expect(await p2.locator('.horizon .action-card h3').allTextContents()).not.toContain(leavingTitle);
    expect(await p2.locator('.horizon .action-card').first().getByLabel(t('plan.due'), { exact: true }).inputValue()).toBe(dueTyped);
    await again.close();
  });
});
