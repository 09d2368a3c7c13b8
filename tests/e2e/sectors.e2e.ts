/**
 * Sector rules, end to end in both languages: choosing an industry with rules of its own in the profile (keyboard,
 * real Chromium) says under the field that the plan follows them, is stored, and changes the plan: the sector's own
 * rule leads the first 30 days with its sources, and the criticism routine comes with the sector's steps instead of
 * "take the details into a direct message". A public body gets its rules instead. axe finds nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { pressButton, tabTo } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { actionTexts } from '../../renderer/src/domain/plan/explain';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, withProfile } from '../unit/fixtures';
import { storedAssessments } from '../unit/storedFiles';
import { createTestI18n, type TestI18n } from '../unit/reportI18n';
import { get, load } from './texts';

const dataDirs: string[] = [];
let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n({ escapeValue: false });
});
afterAll(async () => {
  await closeBrowser();
  for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
});

const FIRM = 'Advokat Vik';

/** A small firm that has answered everything, weakly, and not yet said what industry it is in. */
function seed(dataDir: string, lng: 'nb' | 'sv'): Assessment {
  const firm = withProfile(
    {
      companyName: FIRM,
      customerType: 'both',
      size: 'small',
      markets: ['no'],
      ageBands: ['30-44', '45-59'],
      goals: ['awareness'],
      hoursPerWeek: 3,
      channels: ['facebook', 'linkedin', 'website'],
    },
    answeredAll(false, blankAssessment('firm')),
  );
  const assessment = { ...firm, planLanguage: lng };
  new AppStore(dataDir, openConfBackend).saveAssessment(assessment);
  return assessment;
}

describe.each(['nb', 'sv'] as const)('sector rules from the profile to the plan (%s)', (lng) => {
  const common = load(lng, 'common');
  const profile = load(lng, 'profile');
  const sources = load(lng, 'sources');

  test('an industry with rules: the note under the field, the sector rule first in the plan, the sector steps', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'some-kompass-sectors-e2e-'));
    dataDirs.push(dataDir);
    const seeded = seed(dataDir, lng);
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;

    await pressButton(page, page.getByRole('button', { name: get(common, 'home.openNamed', { name: FIRM }), exact: true }));
    await pressButton(page, page.locator('.step-nav button').first());
    await expect.poll(() => page.locator('h1').textContent()).toBe(get(profile, 'title'));

    // No industry yet: no note. Choosing the legal industry says at once that the plan follows the duty of secrecy.
    const select = page.getByLabel(get(profile, 'fields.industry.label'), { exact: true });
    const note = page.locator('.sector-note');
    expect(await note.textContent()).toBe('');
    await tabTo(page, select);
    await select.selectOption('legal');
    await expect.poll(() => note.textContent()).toBe(get(profile, 'sectors.profileNote.confidential'));
    expect(await select.getAttribute('aria-describedby')).toContain(await note.getAttribute('id'));
    await expect.poll(() => storedAssessments(dataDir)[0]?.profile.industry).toBe('legal');
    expect(await axeViolations(page), 'axe on the profile with the sector note').toEqual([]);

    // The plan: the client rule leads the first 30 days. The firm sells in Norway alone, so it is cited the Norwegian
    // rule, in the card's text and its sources, and not the Swedish one (model/sectors.ts, SOURCE_COUNTRY).
    await pressButton(page, page.locator('.step-nav button').last());
    await expect.poll(() => page.locator('h1').textContent()).toBe(get(common, 'plan.title'));
    const first = page.locator('section[aria-labelledby="horizon-first30"] .action-card').first();
    expect(await first.locator('h3').textContent()).toBe(get(profile, 'a.answerWithoutConfirmingClients.title'));
    expect(await first.textContent()).toContain(get(profile, 'sectors.whyNow.sectorRule'));
    expect(await first.textContent()).toContain(get(sources, 'name.RGA'));
    expect(await first.textContent()).not.toContain(get(sources, 'name.ADVSED'));
    const sourceLine = await first.locator('.source').textContent();
    expect(sourceLine).toContain(get(sources, 'line.RGA'));
    expect(sourceLine).not.toContain(get(sources, 'line.ADVSED'));

    // The criticism routine, wherever the plan puts it, has the legal steps: no details taken into a direct message.
    const plan = generatePlan({ ...seeded, profile: { ...seeded.profile, industry: 'legal' } });
    const criticism = [...plan.active, ...plan.later].find((p) => p.action.id === 'writeCriticismRoutine')!;
    expect(criticism.sector).toBe('legal');
    const later = page.locator('details.later');
    if (criticism.horizon === 'later') await pressButton(page, later.locator('summary'));
    const card = page.locator('.action-card, .later-item', { hasText: get(load(lng, 'responsiveness'), 'a.writeCriticismRoutine.title') });
    const expectedSteps = actionTexts(criticism, i18n.t(lng)).steps;
    if (criticism.horizon !== 'later') {
      expect(await card.locator('ol li').allTextContents()).toEqual(expectedSteps);
      expect(await card.textContent()).toContain(get(profile, 'sectors.whyNow.confidential'));
    }
    for (const step of expectedSteps)
      expect(step).not.toMatch(/Ta detaljene videre i en direktemelding|Ta detaljerna i ett direktmeddelande/);
    expect(await axeViolations(page), 'axe on the plan').toEqual([]);

    // A public body instead: the note says so, and comment rules and archiving lead the plan.
    await pressButton(page, page.locator('.step-nav button').first());
    await tabTo(page, select);
    await select.selectOption('publicSector');
    await expect.poll(() => note.textContent()).toBe(get(profile, 'sectors.profileNote.publicSector'));
    await expect.poll(() => storedAssessments(dataDir)[0]?.profile.industry).toBe('publicSector');
    await pressButton(page, page.locator('.step-nav button').last());
    await expect
      .poll(() => page.locator('section[aria-labelledby="horizon-first30"] .action-card h3').allTextContents())
      .toEqual(
        expect.arrayContaining([get(profile, 'a.publishCommentRulesAndArchive.title'), get(profile, 'a.makePostsAccessible.title')]),
      );
    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();
  });
});
