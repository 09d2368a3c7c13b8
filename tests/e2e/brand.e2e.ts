/**
 * The consultant's brand, end to end by keyboard in both languages: the settings screen from the home screen and
 * from the app menu; a renamed SVG and a light colour refused with their reasons and nothing stored; a logo chosen
 * through main's open dialog and checked there; the brand saved to the settings file; then the PDF report (its
 * cover and running heads read back with pdftotext, the logo with pdfimages) and the Word plan (the logo a real
 * image part under word/media/, the brand in the header) carry it. axe clean on the settings screen.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { closeBrowser, launchApp } from './harness';
import { axeViolations } from './axe';
import { pressButton, typeInto } from './keyboard';
import { get, load, tempFolders } from './texts';
import { answeredAll, withProfile } from '../unit/fixtures';
import { sampleWorkshop } from '../fixtures/workshops';
import type { Language } from '../../renderer/src/domain/model/types';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures', 'brand');
const temp = tempFolders('some-kompass-brand-');
afterAll(async () => {
  await closeBrowser();
  temp.removeAll();
});

const BRAND = { nb: 'Kari Rådgivning AS', sv: 'Karins Rådgivning AB' } as const;
const CONTACT = 'kari@example.no · 900 00 000';

describe.each(['nb', 'sv'] as Language[])('brand profile (%s)', (lng) => {
  test('set by keyboard, refused when it must be, and carried by the PDF and the Word plan', { timeout: 150_000 }, async () => {
    const files = load(lng, 'files');
    const common = load(lng, 'common');
    const dir = temp.make();
    const app = await launchApp({ locale: lng });
    const { page } = app;
    const company = lng === 'nb' ? 'Bakeri Solsiden' : 'Bageri Solsidan';
    app.store.saveAssessment({ ...withProfile({ companyName: company }, answeredAll(false)), planLanguage: lng });
    await page.reload();

    // From the home screen, by keyboard.
    await pressButton(page, page.getByRole('button', { name: get(files, 'brand.settingsButton'), exact: true }));
    const heading = page.getByRole('heading', { level: 1, name: get(files, 'brand.title') });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toContain(get(files, 'brand.title'));

    // A renamed SVG is refused in main, with the reason; nothing is stored.
    const svg = join(dir, 'logo.png');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    app.dialogAnswers.push(svg);
    await pressButton(page, page.getByRole('button', { name: get(files, 'brand.chooseLogo') }));
    await page
      .locator('main')
      .getByText(get(files, 'brand.logoProblems.svg', { file: 'logo.png' }))
      .waitFor();
    expect(app.store.getSettings().brand).toBeUndefined();

    // A colour too light for white text is refused with its ratio and a darker shade that passes, offered.
    const accent = page.getByLabel(get(files, 'brand.accent'), { exact: true });
    await typeInto(page, accent, '#ff9900');
    const useSuggestion = page.getByRole('button', { name: /#[0-9a-f]{6}/ });
    await useSuggestion.waitFor();
    const suggestion = (await useSuggestion.textContent())!.match(/#[0-9a-f]{6}/)![0];
    await expect.poll(() => page.locator('.field-error').first().textContent()).toContain(lng === 'nb' ? '2,1:1' : '2,1:1');
    await pressButton(page, useSuggestion);
    expect(await accent.inputValue()).toBe(suggestion);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('false');

    // The real logo, then the name and contact line.
    const logo = join(dir, 'firmalogo.png');
    copyFileSync(join(fixtures, 'logo.png'), logo);
    app.dialogAnswers.push(logo);
    await pressButton(page, page.getByRole('button', { name: get(files, 'brand.chooseLogo') }));
    await page
      .locator('main')
      .getByText(get(files, 'brand.logoChosen', { file: 'firmalogo.png' }))
      .waitFor();
    await typeInto(page, page.getByLabel(get(files, 'brand.name'), { exact: true }), BRAND[lng]);
    await typeInto(page, page.getByLabel(get(files, 'brand.contact'), { exact: true }), CONTACT);
    // The preview draws the print view with the brand as typed.
    await expect.poll(() => page.locator('.brand-preview-cover .brand-name').textContent()).toContain(BRAND[lng]);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });

    await pressButton(page, page.getByRole('button', { name: get(files, 'brand.save'), exact: true }));
    await page.getByText(get(files, 'brand.saved'), { exact: true }).first().waitFor();
    const stored = app.store.getSettings().brand!;
    expect(stored).toMatchObject({ name: BRAND[lng], contact: CONTACT, accent: suggestion, onHomework: false, inFiles: false });
    expect(stored.logo).toBe(`data:image/png;base64,${readFileSync(join(fixtures, 'logo.png')).toString('base64')}`);

    // The app menu reaches the same screen from an assessment.
    await app.sendMenuCommand('goHome');
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.continueNamed', { name: company }), exact: true }));
    await app.sendMenuCommand('brandSettings');
    await heading.waitFor();
    expect(await page.getByLabel(get(files, 'brand.name'), { exact: true }).inputValue()).toBe(BRAND[lng]);

    // The PDF report and the Word plan, from the results screen.
    await app.sendMenuCommand('goHome');
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.continueNamed', { name: company }), exact: true }));
    await pressButton(page, page.getByRole('button', { name: get(common, 'steps.results'), exact: true }));
    const panel = page.locator('.export-panel');
    const pdf = join(dir, 'rapport.pdf');
    app.dialogAnswers.push(pdf);
    await pressButton(page, panel.getByRole('button', { name: get(files, 'exports.pdf') }));
    await expect.poll(() => panel.locator('.notice').textContent(), { timeout: 60_000 }).toContain('rapport.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    expect(pages[0]).toContain(`${get(files, 'brand.preparedBy')} ${BRAND[lng]}`);
    expect(pages[0]).toContain(CONTACT);
    // The running head on the pages after the cover.
    expect(pages[1]).toContain(BRAND[lng]);
    expect(pages.filter((p) => p.includes(`${BRAND[lng]} · ${CONTACT}`)).length).toBeGreaterThan(3);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    expect(images).toMatch(/\b240\s+80\b/); // the logo at its own size, 240 by 80 pixels

    const word = join(dir, 'plan.docx');
    app.dialogAnswers.push(word);
    await pressButton(page, panel.getByRole('button', { name: get(files, 'exports.word') }));
    await expect.poll(() => panel.locator('.notice').textContent(), { timeout: 60_000 }).toContain('plan.docx');
    const parts = unzipSync(new Uint8Array(readFileSync(word)));
    const media = Object.keys(parts).filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.some((n) => Buffer.from(parts[n]!).equals(readFileSync(join(fixtures, 'logo.png'))))).toBe(true);
    const headers = Object.keys(parts).filter((n) => /^word\/header\d*\.xml$/.test(n));
    expect(headers.some((n) => strFromU8(parts[n]!).includes(BRAND[lng]))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['firmalogo.png', 'logo.png', 'plan.docx', 'rapport.pdf']);
    await app.close();
  });
});

describe.each(['nb', 'sv'] as Language[])('client logo and projector mark (%s)', (lng) => {
  test(
    "the client's logo is chosen by keyboard, sits beside the consultant's on the PDF and the projector",
    { timeout: 150_000 },
    async () => {
      const files = load(lng, 'files');
      const common = load(lng, 'common');
      const ws = load(lng, 'workshop');
      const dir = temp.make();
      const logoUrl = `data:image/png;base64,${readFileSync(join(fixtures, 'logo.png')).toString('base64')}`;
      const clientUrl = `data:image/jpeg;base64,${readFileSync(join(fixtures, 'client.jpg')).toString('base64')}`;
      const dataDir = join(dir, 'data');
      const app = await launchApp({ locale: lng, dataDir, displays: 2 });
      const { page } = app;
      app.store.settings.setBrand({ name: BRAND[lng], contact: CONTACT, accent: null, logo: logoUrl, onHomework: false, inFiles: false });
      app.store.saveAssessment({ ...sampleWorkshop(5, { language: lng }) });
      await page.reload();
      await pressButton(page, page.locator('.row-actions button').first());
      await pressButton(page, page.getByRole('button', { name: get(common, 'steps.profile'), exact: true }));

      // A corrupt JPEG is refused; the real one is kept in the assessment.
      const broken = join(dir, 'kunde.jpg');
      writeFileSync(broken, readFileSync(join(fixtures, 'client.jpg')).subarray(0, 1000));
      const section = page.locator('section', { has: page.getByRole('heading', { name: get(files, 'brand.clientLogoHeading') }) });
      app.dialogAnswers.push(broken);
      await pressButton(page, section.getByRole('button', { name: get(files, 'brand.chooseLogo') }));
      await section.getByText(get(files, 'brand.logoProblems.corrupt', { file: 'kunde.jpg' })).waitFor();
      const good = join(dir, 'kundelogo.jpg');
      copyFileSync(join(fixtures, 'client.jpg'), good);
      app.dialogAnswers.push(good);
      await pressButton(page, section.getByRole('button', { name: get(files, 'brand.chooseLogo') }));
      await expect.poll(() => app.store.getAssessment('nordlys')?.clientLogo, { timeout: 10_000 }).toBe(clientUrl);
      expect(await axeViolations(page)).toEqual([]);

      // The workshop's PDF carries both logos on its cover: the consultant's 240x80 PNG and the client's 200x80 JPEG.
      await pressButton(page, page.getByRole('button', { name: get(common, 'steps.results'), exact: true }));
      const pdf = join(dir, 'workshop.pdf');
      app.dialogAnswers.push(pdf);
      const panel = page.locator('.export-panel');
      await pressButton(page, panel.getByRole('button', { name: get(files, 'exports.pdf') }));
      await expect.poll(() => panel.locator('.notice').textContent(), { timeout: 60_000 }).toContain('workshop.pdf');
      const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', pdf], { encoding: 'utf8' });
      expect(images).toMatch(/\b240\s+80\b/);
      expect(images).toMatch(/\b200\s+80\s+\w+\s+3\s+8\s+jpeg\b/); // the JPEG embedded as it is

      // The projector's corner carries both logos.
      await pressButton(page, page.getByRole('button', { name: get(common, 'steps.workshop'), exact: true }));
      await pressButton(page, page.getByRole('button', { name: get(ws, 'present.start'), exact: true }));
      const projector = (await app.presentationPage())!;
      await projector.locator('.brand-mark-corner').waitFor();
      await expect
        .poll(() => projector.locator('.brand-mark-corner img').evaluateAll((els) => els.map((e) => (e as HTMLImageElement).src)))
        .toEqual([logoUrl, clientUrl]);
      await app.close();
    },
  );
});

test('the blank worksheet carries no brand until the teacher turns it on for homework', { timeout: 120_000 }, async () => {
  const common = load('nb', 'common');
  const dir = temp.make();
  const app = await launchApp({ locale: 'nb', dataDir: join(dir, 'data') });
  const { page } = app;
  const logo = `data:image/png;base64,${readFileSync(join(fixtures, 'logo.png')).toString('base64')}`;
  const brand = { name: BRAND.nb, contact: CONTACT, accent: null, logo, onHomework: false, inFiles: false };
  app.store.settings.setBrand(brand);
  const printSheet = async (name: string): Promise<string> => {
    const sheet = join(dir, name);
    app.dialogAnswers.push(sheet);
    await pressButton(page, page.getByRole('button', { name: get(common, 'home.homework.worksheet'), exact: true }));
    await expect.poll(() => existsSync(sheet), { timeout: 60_000 }).toBe(true);
    return sheet;
  };
  await pressButton(page, page.getByRole('button', { name: get(common, 'home.newHomework'), exact: true }));
  const off = await printSheet('uten.pdf');
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', off, '-'], { encoding: 'utf8' })).not.toContain(BRAND.nb);
  expect(execFileSync('pdfimages', ['-list', off], { encoding: 'utf8' })).not.toMatch(/\b240\s+80\b/);

  app.store.settings.setBrand({ ...brand, onHomework: true });
  const on = await printSheet('med.pdf');
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', on, '-'], { encoding: 'utf8' })).toContain(BRAND.nb);
  expect(execFileSync('pdfimages', ['-list', on], { encoding: 'utf8' })).toMatch(/\b240\s+80\b/);
  await app.close();
});
