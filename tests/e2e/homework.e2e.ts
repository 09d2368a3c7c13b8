/**
 * Homework by keyboard (issue 10): a course participant creates homework with the teacher's course code and minimum;
 * a nearly done one is handed in: "hand in" first lists what is missing (name, reflections) with a way to each, the
 * student fixes them, and the file lands under the name the teacher expects, marked handed in. axe finds nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { pressButton, tabTo, typeInto } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { createHomeworkAssessment } from '../../renderer/src/domain/homework/homework';
import { parseAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { MODULE_IDS, type Assessment } from '../../renderer/src/domain/model/types';
import { answerAt } from '../fixtures/companies';
import { storedAssessments } from '../unit/storedFiles';

const folders = tempFolders('some-kompass-homework-e2e-');
const tempDir = folders.make;
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

describe.each(['nb', 'sv'] as const)('homework (%s)', (lng) => {
  const common = load(lng, 'common');
  const hw = load(lng, 'homework');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const h = (key: string, values?: Record<string, string | number>): string => get(hw, key, values);

  test(
    "create with the teacher's settings; hand in reports what is missing, then writes the named file",
    { timeout: 120_000 },
    async () => {
      const dataDir = tempDir();
      // Nearly done: every answer and the profile, no name, one reflection too short, the others missing.
      const base = createHomeworkAssessment('hw-1', '2026-11-20T10:00:00.000Z', lng, 'MARK2100', 12);
      const almost: Assessment = {
        ...base,
        profile: { ...base.profile, companyName: 'Kafé Åpent', customerType: 'b2c', size: 'small', channels: ['instagram'] },
        answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, answerAt(q, 'good')])),
        homework: { ...base.homework!, reflections: { strategy: 'For kort.' } },
      };
      new AppStore(dataDir, openConfBackend).saveAssessment(almost);
      const app = await launchApp({ locale: lng, dataDir });
      const { page } = app;
      const h1 = () => page.locator('h1').first().textContent();

      // A new homework takes the course code and the minimum the teacher gave.
      await pressButton(page, page.getByRole('button', { name: t('home.newHomework'), exact: true }));
      await typeInto(page, page.getByLabel(t('home.homework.course'), { exact: true }), 'SOME1001');
      await typeInto(page, page.getByLabel(t('home.homework.minWords'), { exact: true }), '40');
      expect(await axeViolations(page), 'axe on the new-homework form').toEqual([]);

      // The blank worksheet for paper, in the other language than the UI, with the teacher's settings on it.
      const other = lng === 'nb' ? 'sv' : 'nb';
      const sheetLanguage = page.getByLabel(t('home.homework.worksheetLanguage'), { exact: true });
      await tabTo(page, sheetLanguage);
      await page.keyboard.press(other === 'sv' ? 'End' : 'Home');
      const sheet = join(tempDir(), 'ark.pdf');
      app.dialogAnswers.push(sheet);
      await pressButton(page, page.getByRole('button', { name: t('home.homework.worksheet'), exact: true }));
      await expect.poll(() => existsSync(sheet), { timeout: 60_000 }).toBe(true);
      const sheetText = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', sheet, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const otherHw = load(other, 'homework');
      expect(sheetText).toContain(get(otherHw, 'worksheet.title'));
      expect(sheetText).toContain('SOME1001');
      expect(sheetText).toContain(get(otherHw, 'worksheet.minWords_other', { count: 40 }));
      for (const module of MODULE_IDS) expect(sheetText).toContain(get(load(other, module), 'name'));
      const firstQuestion = QUESTIONS[0]!;
      expect(sheetText).toContain(get(load(other, firstQuestion.module), `q.${firstQuestion.id}.text`).replace(/\s+/g, ' '));
      expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [sheet], { encoding: 'utf8' }))![1])).toBeGreaterThan(8);
      await expect.poll(() => page.locator('.print-view').count()).toBe(0);
      await pressButton(page, page.getByRole('button', { name: t('home.homework.create'), exact: true }));
      await expect.poll(() => storedAssessments(dataDir).find((a) => a.homework?.course === 'SOME1001')?.homework?.minWords).toBe(40);
      await pressButton(page, page.locator('button.brand'));

      // The nearly done one: hand in lists what is missing.
      await pressButton(
        page,
        page
          .getByRole('button', { name: t('home.continueNamed', { name: 'Kafé Åpent' }), exact: true })
          .or(page.getByRole('button', { name: t('home.openNamed', { name: 'Kafé Åpent' }), exact: true })),
      );
      // The profile's names keep no hidden characters either (a right-to-left override would turn them around).
      const profile = load(lng, 'profile');
      await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.profile') }));
      await typeInto(page, page.getByLabel(get(profile, 'fields.companyName.label'), { exact: true }), 'Kafé\u202e Åpent\u200b');
      await typeInto(page, page.getByLabel(get(profile, 'fields.respondent.label'), { exact: true }), '\ufeffKari  Nordmann');
      await expect
        .poll(() => storedAssessments(dataDir).find((a) => a.id === 'hw-1')?.profile)
        .toMatchObject({ companyName: 'Kafé Åpent', respondent: 'Kari Nordmann' });
      await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.handIn') }));
      await expect.poll(h1).toBe(h('handIn.title'));
      const dialogsBefore = app.dialogsShown.length;
      await pressButton(page, page.getByRole('button', { name: h('handIn.button'), exact: true }));
      const missing = page.locator('.hand-in-missing');
      // The name given in the profile is not asked for again (WCAG 3.3.7): it stands in the field, and is kept.
      expect(await page.getByLabel(h('fields.student'), { exact: true }).inputValue()).toBe('Kari Nordmann');
      await expect.poll(() => storedAssessments(dataDir).find((a) => a.id === 'hw-1')?.homework?.student).toBe('Kari Nordmann');
      await expect.poll(() => missing.locator('h2').textContent()).toBe(h('handIn.missingTitle_other', { count: 4 }));
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      const items = await missing.locator('li').allTextContents();
      expect(items.join(' ')).not.toContain(h('missing.student'));
      expect(items[0]).toContain(h('missing.reflection_other', { area: get(load(lng, 'strategy'), 'name'), count: 2, min: 12 }));
      // Nothing is written while something is missing: no save dialog.
      expect(app.dialogsShown.length).toBe(dialogsBefore);
      expect(await axeViolations(page), 'axe on hand in with what is missing').toEqual([]);

      // The name (pasted from somewhere with a hidden mark and a stray bell in it: kept without them), then each
      // reflection, reached from the list.
      await typeInto(page, page.getByLabel(h('fields.student'), { exact: true }), 'Kari\u200e Nordmann\u0007');
      await expect.poll(() => storedAssessments(dataDir).find((a) => a.id === 'hw-1')?.homework?.student).toBe('Kari Nordmann');
      for (const module of MODULE_IDS) {
        const area = get(load(lng, module), 'name');
        await pressButton(page, page.locator('.hand-in-missing li', { hasText: area }).getByRole('button'));
        await expect.poll(h1).toBe(area);
        const box = page.getByLabel(h('reflection.label', { area }), { exact: true });
        await typeInto(
          page,
          box,
          'Svarene viser at vi har kommet et stykke på vei, men at vi mangler faste rutiner og tydelige mål for hva vi vil oppnå.',
        );
        await expect.poll(() => page.locator('.word-count.enough').count()).toBe(1);
        if (module === 'strategy') expect(await axeViolations(page), 'axe on an area with its reflection').toEqual([]);
        await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.handIn') }));
      }
      expect(await missing.count()).toBe(0);
      expect(await page.locator('.hand-in-actions .hint').textContent()).toBe(h('handIn.ready'));

      // Handed in: the file is named for the teacher and marked handed in.
      const out = join(tempDir(), 'levert.somekompass');
      app.dialogAnswers.push(out);
      await pressButton(page, page.getByRole('button', { name: h('handIn.button'), exact: true }));
      await expect.poll(() => existsSync(out)).toBe(true);
      // The day in the name is written as the language writes dates (30.11.2026 / 2026-11-30).
      const day = lng === 'nb' ? String.raw`\d{2}\.\d{2}\.\d{4}` : String.raw`\d{4}-\d{2}-\d{2}`;
      expect(app.dialogsShown.at(-1)!.defaultPath).toMatch(new RegExp(`Kari Nordmann MARK2100 ${day}\\.somekompass$`));
      const file = parseAssessmentFile(readFileSync(out));
      expect(file).toMatchObject({ ok: true, assessment: { homework: { student: 'Kari Nordmann', course: 'MARK2100' } } });
      expect(file.ok && file.assessment.homework?.handedInAt).toBeTruthy();
      await expect.poll(() => page.locator('.hand-in-outcome').textContent()).toBe(h('handIn.saved', { path: out }));
      await pressButton(page, page.locator('button.brand'));
      await expect
        .poll(() => page.locator('tr', { hasText: 'Kafé Åpent' }).locator('.workshop-tag').textContent())
        .toBe(t('home.homeworkTag.handedIn'));
      await app.close();
    },
  );
});
