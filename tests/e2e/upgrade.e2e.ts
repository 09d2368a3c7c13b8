/**
 * Issue 14, finding 1, as the user meets it: an old single-file store in which one assessment holds values the
 * earlier version accepted and this one cannot use. The app starts, every company is on the home list, and the notice
 * says in the user's language how many values were kept aside in which assessment.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { pressButton } from './keyboard';
import { get, load, tempFolders } from './texts';
import { answeredAll, withProfile } from '../unit/fixtures';
import type { Assessment } from '../../renderer/src/domain/model/types';

const folders = tempFolders('some-kompass-upgrade-');
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const company = (id: string, companyName: string): Assessment => ({
  ...withProfile({ companyName, customerType: 'b2c' }, answeredAll(false)),
  id,
});

describe.each(['nb', 'sv'] as const)('an upgrade with values this version cannot use (%s)', (lng) => {
  test('every company is listed and the notice counts what was kept aside', async () => {
    const dataDir = folders.make();
    const odd = company('odd', 'Frisør Fie');
    const oldValues: Assessment = {
      ...odd,
      answers: { ...odd.answers, replyTimeInOpeningHours: { kind: 'number', value: -1 }, goalsLinkedToBusiness: { kind: 'notApplicable' } },
      planEdits: { retiredActionFromLastYear: { owner: 'Kari', due: '2026-02-30', status: 'inProgress', note: '' } },
    };
    writeFileSync(
      join(dataDir, 'some-kompass.json'),
      JSON.stringify({
        schemaVersion: 3,
        assessments: [company('a', 'Bakeriet AS'), oldValues, company('b', 'Sykkelverkstedet')],
        settings: {},
      }),
    );
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    for (const name of ['Bakeriet AS', 'Frisør Fie', 'Sykkelverkstedet'])
      await expect.poll(() => page.getByText(name).count()).toBeGreaterThan(0);
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain(get(load(lng, 'common'), 'notice.setAside_other', { count: 3, company: 'Frisør Fie' }));
    expect(await axeViolations(page)).toEqual([]);

    // In the assessment, every value kept aside is shown in words, the user's own note included.
    const common = load(lng, 'common');
    // Two of its answers were set aside, so it is no longer complete: the home list offers to continue it.
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.continueNamed', { name: 'Frisør Fie' }), exact: true }));
    await pressButton(
      page,
      page.getByRole('navigation', { name: get(common, 'steps.navLabel') }).getByRole('button', { name: get(common, 'steps.results') }),
    );
    const summary = page.getByText(get(common, 'setAside.title_other', { count: 3 }));
    await summary.waitFor();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('details.set-aside').innerText()).toContain('Kari');
    expect(await page.locator('details.set-aside li').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await app.close();
  });
});
