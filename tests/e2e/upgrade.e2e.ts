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
    await app.close();
  });
});
