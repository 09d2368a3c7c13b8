import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkAccentColour, contrastRatio, MIN_CONTRAST, parseHexColour } from '../../renderer/src/domain/brand/contrast';
import { checkLogoBytes, MAX_LOGO_BYTES } from '../../renderer/src/domain/brand/logoImage';
import {
  base64ToBytes,
  brandForExport,
  brandIsOn,
  bytesToBase64,
  EMPTY_BRAND,
  logoDataUrl,
  logoFromDataUrl,
} from '../../renderer/src/domain/brand/brand';
import { brandSchema } from '../../renderer/src/domain/brand/brandSchema';
import { settingsSchema } from '../../renderer/src/domain/files/schema';
import { validSettings } from '../../electron/main/services/settingsStore';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { createFileActions } from '../../electron/main/services/fileActions';
import { parseAssessmentFile, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { blankAssessment, fileActionDeps } from './fixtures';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../fixtures/brand', name)));
const PNG = fixture('logo.png');
const JPEG = fixture('client.jpg');
const rgb = (hex: string) => parseHexColour(hex)!;

describe('contrast (WCAG 2 relative luminance)', () => {
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54], // the lightest grey that passes AA on white
    ['#777777', '#ffffff', 4.48], // one step lighter fails
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
    ['#ffff00', '#000000', 19.56],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrastRatio(rgb(a), rgb(b))).toBeCloseTo(ratio, 1);
    expect(contrastRatio(rgb(b), rgb(a))).toBeCloseTo(ratio, 1);
  });

  test('a dark accent passes; a light one is refused with a darker shade of the same hue that passes', () => {
    expect(checkAccentColour('#1A5C8A')).toMatchObject({ ok: true, colour: '#1a5c8a' });
    expect(checkAccentColour('#767676').ok).toBe(true);
    const refused = checkAccentColour('#ff9900');
    if (refused.ok || refused.problem !== 'tooLight') throw new Error('orange on white must be refused');
    expect(refused.ratio).toBeLessThan(MIN_CONTRAST);
    const suggestion = rgb(refused.suggestion);
    expect(contrastRatio(suggestion, rgb('#ffffff'))).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // The nearest: one step lighter would fail. Same hue: red stays the strongest channel, blue zero.
    const lighter = { r: suggestion.r + 2, g: suggestion.g + 1, b: suggestion.b };
    expect(contrastRatio(lighter, rgb('#ffffff'))).toBeLessThan(MIN_CONTRAST);
    expect(suggestion.b).toBe(0);
    expect(suggestion.r).toBeGreaterThan(suggestion.g);
  });

  test('what is not a colour says so', () => {
    expect(checkAccentColour('blå')).toEqual({ ok: false, problem: 'notAColour' });
    expect(checkAccentColour('#12345')).toEqual({ ok: false, problem: 'notAColour' });
    expect(checkAccentColour('#abc').ok).toBe(false); // #aabbcc is too light
  });
});

describe('logo image checks', () => {
  test('a real PNG and a real JPEG pass, with their size', () => {
    expect(checkLogoBytes(PNG)).toEqual({ ok: true, type: 'png', width: 240, height: 80 });
    expect(checkLogoBytes(JPEG)).toEqual({ ok: true, type: 'jpeg', width: 200, height: 80 });
  });

  test('a renamed SVG is refused as SVG, with or without an XML declaration or byte-order mark', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    for (const text of [svg, `<?xml version="1.0"?>\n${svg}`, `\ufeff  ${svg}`])
      expect(checkLogoBytes(new TextEncoder().encode(text))).toEqual({ ok: false, problem: 'svg' });
  });

  test('a 20 MB PNG is refused for its size before it is read', () => {
    const big = new Uint8Array(20_000_000);
    big.set(PNG);
    expect(checkLogoBytes(big)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(checkLogoBytes(big.subarray(0, MAX_LOGO_BYTES + 1))).toEqual({ ok: false, problem: 'tooLarge' });
  });

  test('a corrupt or cut JPEG and PNG are refused', () => {
    expect(checkLogoBytes(JPEG.subarray(0, JPEG.length - 2))).toEqual({ ok: false, problem: 'corrupt' }); // no EOI
    expect(checkLogoBytes(JPEG.subarray(0, 400))).toEqual({ ok: false, problem: 'corrupt' });
    const garbled = JPEG.slice();
    garbled[2 + 2 + 16 + 1] = 0x00; // the segment after APP0 has a marker that does not exist
    expect(checkLogoBytes(garbled)).toEqual({ ok: false, problem: 'corrupt' });
    garbled[2 + 2 + 16] = 0x00; // … and then no marker at all
    expect(checkLogoBytes(garbled)).toEqual({ ok: false, problem: 'corrupt' });
    const noFrame = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xd9]);
    expect(checkLogoBytes(noFrame)).toEqual({ ok: false, problem: 'corrupt' });
    expect(checkLogoBytes(PNG.subarray(0, PNG.length - 12))).toEqual({ ok: false, problem: 'corrupt' }); // no IEND
    const huge = PNG.slice();
    huge.set([0x00, 0x01, 0x00, 0x00], 16); // 65 536 pixels wide
    expect(checkLogoBytes(huge)).toEqual({ ok: false, problem: 'corrupt' });
  });

  test('anything else is not an image', () => {
    expect(checkLogoBytes(new TextEncoder().encode('GIF89a…'))).toEqual({ ok: false, problem: 'notImage' });
    expect(checkLogoBytes(new Uint8Array())).toEqual({ ok: false, problem: 'notImage' });
  });
});

describe('brand in the settings', () => {
  test('base64 round trip, and the data URL is checked as the file was', () => {
    for (const bytes of [PNG, JPEG, new Uint8Array([1]), new Uint8Array([1, 2])])
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(PNG)).toBe(Buffer.from(PNG).toString('base64'));
    expect(logoFromDataUrl(logoDataUrl('png', PNG))).toMatchObject({ type: 'png', width: 240, height: 80 });
    // A JPEG labelled as PNG, an SVG data URL, and text that is not base64 are not logos.
    expect(logoFromDataUrl(`data:image/png;base64,${bytesToBase64(JPEG)}`)).toBeNull();
    expect(logoFromDataUrl(`data:image/svg+xml;base64,${btoa('<svg/>')}`)).toBeNull();
    expect(logoFromDataUrl('data:image/png;base64,!!!!')).toBeNull();
  });

  test('the brand schema refuses a light accent and a logo that is not one; old settings without a brand load', () => {
    const brand = { ...EMPTY_BRAND, name: 'Kari Rådgivning', accent: '#1a5c8a', logo: logoDataUrl('png', PNG) };
    expect(brandSchema.safeParse(brand).success).toBe(true);
    expect(brandSchema.safeParse({ ...brand, accent: '#ffcc00' }).success).toBe(false);
    expect(brandSchema.safeParse({ ...brand, logo: `data:image/png;base64,${btoa('<svg/>')}` }).success).toBe(false);
    const old = { uiLanguage: 'nb', window: null, lastFolder: null, recentFiles: [] };
    expect(settingsSchema.safeParse(old).success).toBe(true);
    expect(validSettings({ ...old, brand }).brand).toEqual(brand);
    // A damaged brand falls back to none, and the other settings stay.
    expect(validSettings({ ...old, brand: { ...brand, accent: '#ffffff' } })).toEqual(old);
  });

  test('the brand is off until filled in, and off for homework unless the teacher turns it on', () => {
    expect(brandIsOn(EMPTY_BRAND)).toBe(false);
    expect(brandIsOn({ ...EMPTY_BRAND, contact: 'kari@example.no', accent: '#1a5c8a' })).toBe(false);
    const on = { ...EMPTY_BRAND, name: 'Kari' };
    expect(brandForExport(on, { homework: false })).toBe(on);
    expect(brandForExport(on, { homework: true })).toBeNull();
    expect(brandForExport({ ...on, onHomework: true }, { homework: true })).toEqual({ ...on, onHomework: true });
  });
});

describe('logos in .somekompass files (format 8)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const NOW = new Date('2026-11-23T12:00:00.000Z');
  function app(name: string) {
    const dir = mkdtempSync(join(tmpdir(), `some-kompass-brand-${name}-`));
    dirs.push(dir);
    const store = new AppStore(join(dir, 'data'), openConfBackend);
    const { deps, dialogAnswers } = fileActionDeps(store, dir, { newId: () => `imported-${name}`, now: () => NOW });
    return { dir, store, files: createFileActions(deps), dialogAnswers };
  }
  const consultant = { ...EMPTY_BRAND, name: 'Kari Rådgivning', accent: '#1a5c8a', logo: logoDataUrl('png', PNG) };
  const clientLogo = logoDataUrl('jpeg', JPEG);

  test('the client logo goes with the file; the consultant brand only when chosen, and never into the receiver settings', async () => {
    const kari = app('kari');
    kari.store.saveAssessment({ ...blankAssessment('a1'), clientLogo });
    kari.store.settings.setBrand(consultant);
    const plain = join(kari.dir, 'uten.somekompass');
    kari.dialogAnswers.push(plain);
    expect(await kari.files.exportAssessment('a1')).toEqual({ kind: 'saved', path: plain });
    const plainFile = JSON.parse(readFileSync(plain, 'utf8')) as { schemaVersion: number; assessment: Assessment };
    expect(plainFile.schemaVersion).toBe(8);
    expect(plainFile.assessment.clientLogo).toBe(clientLogo);
    expect(plainFile.assessment.consultantBrand).toBeUndefined();

    kari.store.settings.setBrand({ ...consultant, inFiles: true });
    const branded = join(kari.dir, 'med.somekompass');
    kari.dialogAnswers.push(branded);
    await kari.files.exportAssessment('a1');
    // The stored assessment stays as it was: the brand is added to the file only.
    expect(kari.store.getAssessment('a1')?.consultantBrand).toBeUndefined();

    const client = app('client');
    client.dialogAnswers.push(branded);
    const imported = await client.files.importAssessment();
    if (imported.kind !== 'imported') throw new Error(`not imported: ${imported.kind}`);
    expect(imported.assessment.clientLogo).toBe(clientLogo);
    expect(imported.assessment.consultantBrand).toEqual({ ...consultant, inFiles: true });
    expect(client.store.getSettings().brand).toBeUndefined();
    const onDisk = JSON.parse(readFileSync(join(client.dir, 'data', 'some-kompass.json'), 'utf8')) as { settings: Record<string, unknown> };
    expect(onDisk.settings.brand).toBeUndefined();
  });

  test('a version 7 file (before logos) opens as it is; a client logo that is an SVG is refused', () => {
    const a = blankAssessment('old');
    const v7 = JSON.stringify({
      format: 'some-kompass-assessment',
      schemaVersion: 7,
      appVersion: '1.0.0',
      planLanguage: 'nb',
      exportedAt: NOW.toISOString(),
      assessment: a,
    });
    expect(parseAssessmentFile(new TextEncoder().encode(v7))).toEqual({ ok: true, assessment: a, fromVersion: 7 });
    const svg = `data:image/png;base64,${btoa('<svg onload="alert(1)"/>')}`;
    const bad = serializeAssessmentFile({ ...a, clientLogo: svg }, '1.2.3', NOW);
    expect(parseAssessmentFile(new TextEncoder().encode(bad))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const good = serializeAssessmentFile({ ...a, clientLogo }, '1.2.3', NOW);
    expect(parseAssessmentFile(new TextEncoder().encode(good))).toEqual({ ok: true, assessment: { ...a, clientLogo }, fromVersion: 8 });
  });
});
