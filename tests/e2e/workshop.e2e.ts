/**
 * A three-person workshop by keyboard (issue 9): the facilitator creates it, two people answer on the same laptop
 * (neither sees the other's answers), a third person's own file is added as a respondent (a file from another company
 * is refused), the facilitator reveals, sets the team's answer on a "to discuss" question, and the plan follows the
 * team's answers. Then the projector: in the app's own window with one display, in its own window with two; the
 * keys move, reveal and set the team's answer; Escape leaves. axe finds nothing on any of the new screens.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, launchApp, pressKeyThatClosesWindow } from './harness';
import { get, load, tempFolders } from './texts';
import { axeViolations } from './axe';
import { chooseRadio, pressButton, tabTo, typeInto } from './keyboard';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { actionTexts } from '../../renderer/src/domain/plan/explain';
import { createTestI18n } from '../unit/reportI18n';
import { createAssessment } from '../../renderer/src/domain/model/assessment';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { presentationSlides } from '../../renderer/src/domain/workshop/presentation';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answerAt } from '../fixtures/companies';
import { sampleWorkshop, WORKSHOP_PROFILE } from '../fixtures/workshops';
import { storedAssessments } from '../unit/storedFiles';

const folders = tempFolders('some-kompass-workshop-e2e-');
const tempDir = folders.make;
afterAll(async () => {
  await closeBrowser();
  folders.removeAll();
});

const onlyWorkshop = (dataDir: string): Assessment => {
  const list = storedAssessments(dataDir).filter((a) => a.workshop);
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe.each(['nb', 'sv'] as const)('a workshop (%s)', (lng) => {
  const common = load(lng, 'common');
  const ws = load(lng, 'workshop');
  const t = (key: string, values?: Record<string, string | number>): string => get(common, key, values);
  const w = (key: string, values?: Record<string, string | number>): string => get(ws, key, values);
  const COMPANY = lng === 'nb' ? 'Fjordbakeriet' : 'Fjällbageriet';

  test('pass the laptop, a respondent from a file, reveal, the team answer, the plan, the projector in the window', async () => {
    const dataDir = tempDir();
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    const h1 = () => page.locator('h1').first().textContent();

    // The facilitator makes a named workshop.
    await pressButton(page, page.getByRole('button', { name: t('home.newWorkshop'), exact: true }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t('home.workshop.title'));
    expect(await axeViolations(page), 'axe on the new-workshop form').toEqual([]);
    await pressButton(page, page.getByRole('button', { name: t('home.workshop.create'), exact: true }));
    await expect.poll(h1).toBe(get(load(lng, 'profile'), 'title'));
    await typeInto(page, page.getByLabel(get(load(lng, 'profile'), 'fields.companyName.label'), { exact: true }), COMPANY);
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.workshop') }));
    await expect.poll(h1).toBe(w('screen.title'));

    // Two people on this laptop.
    for (const name of ['Kari', 'Ola']) {
      await typeInto(page, page.getByLabel(w('screen.newName'), { exact: true }), name);
      await pressButton(page, page.getByRole('button', { name: w('screen.add'), exact: true }));
      await expect.poll(() => page.locator('.respondent-table tbody tr').count()).toBe(name === 'Kari' ? 1 : 2);
    }
    expect(await axeViolations(page), 'axe on the respondents').toEqual([]);

    // Kari answers the first three strategy questions at the lowest level; her answers are hers alone.
    const strategy = QUESTIONS_BY_MODULE.strategy;
    const answerFirstThree = async (level: number) => {
      for (const q of strategy.slice(0, 3)) {
        const radios = page.locator(`input[name="answers.${q.id}"]`);
        await chooseRadio(page, radios, level === 4 && q.answer.kind === 'choice' ? q.answer.options.length - 1 : level);
      }
    };
    await pressButton(page, page.getByRole('button', { name: w('screen.answerAsNamed', { name: 'Kari' }), exact: true }));
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: 'Kari' }));
    expect(await page.locator('.step-nav li').count()).toBe(4);
    // Nothing leads from here to the list, the team's scores or anyone else's answers.
    expect(await page.locator('button.brand').count()).toBe(0);
    await answerFirstThree(0);
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.respondents[0]!.answers[strategy[0]!.id]).toEqual({ kind: 'scale', level: 0 });
    expect(await axeViolations(page), 'axe while answering').toEqual([]);
    await pressButton(page, page.getByRole('button', { name: w('answering.handBack'), exact: true }).first());
    // The laptop goes on to the next person (handOver.e2e.ts); the facilitator takes it back to the list.
    await expect.poll(h1).toBe(w('handOver.title'));
    await pressButton(page, page.getByRole('button', { name: w('handOver.facilitator'), exact: true }));
    await expect.poll(h1).toBe(w('screen.title'));

    // Ola gets the laptop: nothing of Kari's shows, only that one of two has answered.
    await pressButton(page, page.getByRole('button', { name: w('screen.answerAsNamed', { name: 'Ola' }), exact: true }));
    await expect.poll(() => page.locator('.answering-as').textContent()).toBe(w('answering.as', { name: 'Ola' }));
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    expect(await page.locator('.distribution').count()).toBe(0);
    expect(await page.locator('.question').first().locator('.answered-count').textContent()).toBe(
      w('spread.answered_other', { answered: 1, count: 2 }),
    );
    await answerFirstThree(4);
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.respondents[1]!.answers[strategy[2]!.id]).toBeDefined();
    await pressButton(page, page.getByRole('button', { name: w('answering.handBack'), exact: true }).first());
    await pressButton(page, page.getByRole('button', { name: w('handOver.facilitator'), exact: true }));

    // Ingrid answered on her own machine and sent her file; a file from another company is refused.
    const files = tempDir();
    const participant = (company: string, name: string): Assessment => {
      const a = createAssessment('ingrid-own-id', '2026-11-29T18:00:00.000Z', lng);
      return {
        ...a,
        profile: { ...a.profile, companyName: company, respondent: name },
        answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, answerAt(q, 'middling')])),
      };
    };
    const other = join(files, 'annen.somekompass');
    writeFileSync(other, serializeAssessmentFile(participant('Kafé Åpent', 'Per'), '0.1.0', new Date()));
    app.dialogAnswers.push(other);
    await pressButton(page, page.getByRole('button', { name: w('screen.addFromFile'), exact: true }));
    await expect
      .poll(() => page.locator('.file-message').textContent())
      .toContain(w('file.problem.otherCompany', { file: 'annen.somekompass', company: 'Kafé Åpent', workshop: COMPANY }));
    expect(onlyWorkshop(dataDir).workshop!.respondents).toHaveLength(2);
    const ingrid = join(files, 'ingrid.somekompass');
    writeFileSync(ingrid, serializeAssessmentFile(participant(`${COMPANY} AS`, 'Ingrid'), '0.1.0', new Date()));
    app.dialogAnswers.push(ingrid);
    await pressButton(page, page.getByRole('button', { name: w('screen.addFromFile'), exact: true }));
    await expect
      .poll(() => page.locator('.file-message').textContent())
      .toContain(w('file.added', { file: 'ingrid.somekompass', name: 'Ingrid' }));
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.respondents.map((r) => r.name)).toEqual(['Kari', 'Ola', 'Ingrid']);
    expect(JSON.stringify(onlyWorkshop(dataDir))).not.toContain('ingrid-own-id');

    // Reveal everything; the first question is the widest apart and leads "to discuss".
    await pressButton(page, page.getByRole('button', { name: w('screen.revealAll'), exact: true }));
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.revealed.length).toBeGreaterThan(40);
    await pressButton(page, page.locator('.step-nav button', { hasText: get(load(lng, 'strategy'), 'name') }));
    await expect.poll(() => page.locator('.workshop-module .distribution').count()).toBeGreaterThan(5);
    expect(await page.locator('.workshop-module .answered-count').first().textContent()).toBe(
      w('spread.answered_other', { answered: 3, count: 3 }),
    );
    expect(await axeViolations(page), 'axe on an area after the reveal').toEqual([]);
    await pressButton(page, page.locator('.step-nav button', { hasText: w('discuss.title') }));
    await expect.poll(h1).toBe(w('discuss.title'));
    const first = strategy[0]!;
    const topic = get(load(lng, 'strategy'), `q.${first.id}.short`);
    expect(await page.locator('.discuss-summary li').first().textContent()).toContain(topic);
    expect(await page.locator('.discuss-summary li').first().textContent()).toContain(
      w('discuss.spread', { points: 100, min: 0, max: 100 }),
    );
    expect(await axeViolations(page), 'axe on to discuss').toEqual([]);

    // The median (Ingrid's middle level) is the default; the team agrees on the lowest level instead, by keyboard.
    const card = page.locator(`#discuss-${first.id}`);
    expect(onlyWorkshop(dataDir).answers[first.id]).toEqual({ kind: 'scale', level: 2 });
    await tabTo(page, card.locator('select'));
    await page.keyboard.press('Home');
    await expect.poll(() => onlyWorkshop(dataDir).answers[first.id]).toEqual({ kind: 'scale', level: 0 });
    expect(onlyWorkshop(dataDir).workshop!.consensus[first.id]).toEqual({ kind: 'scale', level: 0 });
    await expect
      .poll(() => card.locator('.team-answer-control .hint').textContent())
      .toContain(w('consensus.changed', { median: get(load(lng, 'strategy'), `q.${first.id}.levels.2`) }));

    // Results show each person beside the team; the plan comes from the team's answers.
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.results') }));
    await expect.poll(h1).toBe(t('results.title'));
    expect(await page.locator('.scores-table thead').textContent()).toContain('Ingrid');
    expect(await axeViolations(page), 'axe on the workshop results').toEqual([]);
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.plan') }));
    const stored = onlyWorkshop(dataDir);
    // The titles as the plan's own text function words them (a variant where the company sells in no surveyed market).
    const { t: fixedT } = await createTestI18n();
    const expected = generatePlan(stored).active.map((p) => actionTexts(p, fixedT(lng)).title);
    await expect.poll(() => page.locator('.horizon .action-card h3').allTextContents()).toEqual(expected);

    // The projector with one display: the presentation takes the window; keys only; Escape comes back.
    await pressButton(page, page.locator('.step-nav button', { hasText: t('steps.workshop') }));
    await pressButton(page, page.getByRole('button', { name: w('present.start'), exact: true }));
    await expect.poll(() => page.locator('main.presentation h1').textContent()).toBe(get(load(lng, 'strategy'), `q.${first.id}.text`));
    expect(app.fullScreen()).toBe(true);
    expect(await page.locator('button, input, select').count()).toBe(0);
    expect(await axeViolations(page), 'axe on the projector view').toEqual([]);
    await page.keyboard.press('5');
    await expect.poll(() => onlyWorkshop(dataDir).answers[first.id]).toEqual({ kind: 'scale', level: 4 });
    await page.keyboard.press('0');
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.consensus[first.id]).toBeUndefined();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('main.presentation h1').textContent())
      .toBe(get(load(lng, 'strategy'), `q.${strategy[1]!.id}.text`));
    await page.keyboard.press('Escape');
    await expect.poll(h1).toBe(w('screen.title'));
    expect(app.fullScreen()).toBe(false);
    expect(app.requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await app.close();
  });
});

describe.each(['nb', 'sv'] as const)('an anonymous workshop (%s)', (lng) => {
  const ws = load(lng, 'workshop');
  const w = (key: string, values?: Record<string, string | number>): string => get(ws, key, values);

  test("a participant's file is added as a number: its name and its file name are nowhere, not even in a notice", async () => {
    const dataDir = tempDir();
    new AppStore(dataDir, openConfBackend).saveAssessment(sampleWorkshop(3, { anonymous: true, language: lng }));
    const app = await launchApp({ locale: lng, dataDir });
    const { page } = app;
    await pressButton(page, page.locator('.row-actions button').first());
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(w('screen.title'));

    // Solveig answered on her own machine; her file carries her name, and so does its file name.
    const NAME = 'Solveig Fjeldstad';
    const folder = tempDir();
    const own = createAssessment('solveig-own-id', '2026-11-29T18:00:00.000Z', lng);
    const file = join(folder, `${NAME}.somekompass`);
    writeFileSync(
      file,
      serializeAssessmentFile(
        {
          ...own,
          profile: { ...own.profile, companyName: WORKSHOP_PROFILE.companyName!, respondent: NAME },
          answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, answerAt(q, 'middling')])),
        },
        '0.1.0',
        new Date(),
      ),
    );
    const notice = () => page.locator('.file-message').textContent();
    app.dialogAnswers.push(file);
    await pressButton(page, page.getByRole('button', { name: w('screen.addFromFile'), exact: true }));
    const fourth = w('respondent.numbered', { number: 4 });
    await expect.poll(notice).toBe(w('file.anonymous.added', { name: fourth }));
    await expect.poll(() => onlyWorkshop(dataDir).workshop!.respondents).toHaveLength(4);
    // The same file again, and a file that cannot be read (also named after a person): refused, still without names.
    app.dialogAnswers.push(file);
    await pressButton(page, page.getByRole('button', { name: w('screen.addFromFile'), exact: true }));
    await expect.poll(notice).toBe(w('file.anonymous.problem.sameRespondent'));
    const broken = join(folder, 'Per Fjeldstad.somekompass');
    writeFileSync(broken, '{"format": "some-kompass-assessment", "schemaVersion"');
    app.dialogAnswers.push(broken);
    await pressButton(page, page.getByRole('button', { name: w('screen.addFromFile'), exact: true }));
    await expect.poll(notice).toContain(w('file.anonymous.failed'));
    expect(await page.locator('.respondent-table tbody th').allTextContents()).toContain(fourth + w('screen.fromFile'));

    // Nowhere on the page (text, labels, live regions), in the stored data, or in the exported answers.
    const everything = async (): Promise<string> =>
      page.evaluate(() =>
        [document.body.innerText, ...[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value))].join('\n'),
      );
    const onWorkshopScreen = await everything();
    const csv = join(folder, 'svar.csv');
    await pressButton(page, page.locator('.step-nav button', { hasText: get(load(lng, 'common'), 'steps.results') }));
    app.dialogAnswers.push(csv);
    await pressButton(page, page.getByRole('button', { name: get(load(lng, 'files'), 'exports.answersCsv'), exact: true }));
    await expect.poll(() => existsSync(csv)).toBe(true);
    const stored = readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
    for (const [where, text] of [
      ['the workshop screen', onWorkshopScreen],
      ['the results screen', await everything()],
      ['stored', stored.join('\n')],
      ['csv', readFileSync(csv, 'utf8')],
    ] as const)
      for (const hidden of ['Solveig', 'Fjeldstad', '.somekompass', 'solveig-own-id'])
        expect(text, `${hidden} in ${where}`).not.toContain(hidden);
    await app.close();
  });
});

test('the projector in its own window on a second display: anonymous, keys from there, nothing but the view', async () => {
  const dataDir = tempDir();
  new AppStore(dataDir, openConfBackend).saveAssessment(sampleWorkshop(4, { anonymous: true }));
  const app = await launchApp({ locale: 'nb', dataDir, displays: 2 });
  const { page } = app;
  const ws = load('nb', 'workshop');
  await pressButton(page, page.locator('.row-actions button').first());
  await expect.poll(() => page.locator('h1').first().textContent()).toBe(get(ws, 'screen.title'));
  // Before the reveal, nobody's scores are shown.
  expect(await page.locator('.respondent-scores').textContent()).toContain(get(ws, 'scores.afterReveal'));
  expect(await page.getByLabel(get(ws, 'present.display'), { exact: true }).inputValue()).toBe('2');
  await pressButton(page, page.getByRole('button', { name: get(ws, 'present.start'), exact: true }));
  const projector = (await app.presentationPage())!;
  await projector.setViewportSize({ width: 1920, height: 1080 });
  const slides = presentationSlides(onlyWorkshop(dataDir));
  const firstSlide = slides[0]!;
  const firstQuestion = firstSlide.kind === 'question' ? firstSlide.question : null;
  await expect
    .poll(() => projector.locator('main.presentation h1').textContent())
    .toBe(get(load('nb', firstQuestion!.module), `q.${firstQuestion!.id}.text`));
  expect(app.fullScreen()).toBe(false);
  expect(await projector.locator('.present-waiting').textContent()).toBe(get(ws, 'present.pressR'));
  // R on the projector reveals in the facilitator's data; the spread appears on the projector.
  await projector.keyboard.press('r');
  await expect.poll(() => onlyWorkshop(dataDir).workshop!.revealed).toEqual([firstQuestion!.id]);
  await expect.poll(() => projector.locator('.distribution').count()).toBe(1);
  expect(await axeViolations(projector), 'axe on the projector window').toEqual([]);
  await projector.keyboard.press('2');
  await expect.poll(() => onlyWorkshop(dataDir).workshop!.consensus[firstQuestion!.id]).toBeDefined();
  // To the end: "to discuss", then the team's scores.
  for (let i = 0; i < slides.length; i++) await projector.keyboard.press('ArrowRight');
  await expect.poll(() => projector.locator('main.presentation h1').textContent()).toBe(get(ws, 'present.scoresTitle'));
  expect(await projector.locator('.present-scores li').count()).toBe(4);
  const shown = (await projector.locator('body').textContent())!;
  expect(shown).not.toContain(get(ws, 'respondent.numbered', { number: 1 }));
  // The facilitator's window keeps its own screen; Escape on the projector ends the presentation.
  expect(await page.locator('h1').first().textContent()).toBe(get(ws, 'screen.title'));
  await pressKeyThatClosesWindow(projector, 'Escape');
  await expect.poll(() => projector.isClosed()).toBe(true);

  // The PDF report of the anonymous workshop: the workshop's part is there, no person is named or numbered.
  await pressButton(page, page.locator('.step-nav button', { hasText: get(load('nb', 'common'), 'steps.results') }));
  const files = load('nb', 'files');
  const pdf = join(tempDir(), 'verksted.pdf');
  app.dialogAnswers.push(pdf);
  await pressButton(page, page.getByRole('button', { name: get(files, 'exports.pdf') }));
  await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
  const pdfText = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  for (const key of ['report.heading', 'report.spreadHeading', 'discuss.title', 'report.consensusHeading', 'scores.title'])
    expect(pdfText, key).toContain(get(ws, key));
  expect(pdfText).not.toMatch(/Deltaker \d/);
  for (const name of ['Kari', 'Ola', 'Ingrid', 'Sander']) expect(pdfText).not.toContain(name);
  await app.close();
});
