import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import { buildMenuTemplate, MENU_LABELS } from '../../electron/main/menu';
import { localeStatement, STATEMENT_LANGUAGES, statementDocPath, statementMarkdown } from '../../scripts/generate-accessibility-statement';

describe('the accessibility statement', () => {
  test.each(STATEMENT_LANGUAGES)('docs/accessibility-statement.%s.md is the text the app shows', (lng) => {
    // If this fails after editing locales/<lng>/accessibility.json: npx tsx scripts/generate-accessibility-statement.ts
    expect(readFileSync(statementDocPath(lng), 'utf8')).toBe(statementMarkdown(localeStatement(lng), lng));
  });

  test("the Swedish statement has DIGG's headings, the Norwegian one Digdir's parts, in the same order", () => {
    const headings = (lng: 'nb' | 'sv') => localeStatement(lng).sections.map((s) => s.heading);
    expect(headings('sv')).toEqual([
      'Hur tillgänglig är SoMe-kompass?',
      'Vad kan du göra om du inte kan använda delar av SoMe-kompass?',
      'Rapportera brister',
      'Tillsyn',
      'Teknisk information om SoMe-kompass tillgänglighet',
      'Innehåll som inte är tillgängligt',
      'Hur vi testat SoMe-kompass',
    ]);
    expect(headings('nb')).toEqual([
      'Status for universell utforming',
      'Hvis du ikke kan bruke deler av SoMe-kompass',
      'Gi tilbakemelding',
      'Tilsyn',
      'Teknisk informasjon om tilgjengeligheten',
      'Innhold som ikke er tilgjengelig',
      'Slik ble erklæringen laget',
    ]);
  });

  test('both languages claim the same success criteria, list as many exceptions and carry the same date', () => {
    const [nb, sv] = STATEMENT_LANGUAGES.map((lng) => statementMarkdown(localeStatement(lng), lng));
    const criteria = (text: string) => [...new Set(text.match(/\b\d\.\d\.\d{1,2}\b/g))].sort();
    expect(criteria(nb!)).toEqual(criteria(sv!));
    expect(criteria(nb!)).toEqual(['1.4.10', '2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8']);
    const exceptions = (lng: 'nb' | 'sv') => localeStatement(lng).sections.flatMap((s) => s.items ?? []).length;
    expect(exceptions('nb')).toBe(exceptions('sv'));
    // The day of the statement in each language's own date form.
    expect(nb).toContain('5. desember 2026');
    expect(sv).toContain('5 december 2026');
    expect(sv!.match(/\b\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/g)).toEqual(
      ['5 december 2026', '5 december 2026'],
    );
    expect(nb!.match(/\b\d{1,2}\. (?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/g)).toEqual([
      '5. desember 2026',
      '5. desember 2026',
    ]);
  });

  test('every test file docs/accessibility.md names as a guard exists, so the statement\'s "how we tested" holds', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'accessibility.md'), 'utf8');
    const named = [...new Set(doc.match(/tests\/(?:e2e|unit)\/[\w.]+\.(?:e2e|test)\.ts|tests\/e2e\/(?:axe|keyboard)\.ts/g))];
    expect(named).toEqual(
      expect.arrayContaining([
        'tests/e2e/reflow.e2e.ts',
        'tests/e2e/focus.e2e.ts',
        'tests/e2e/statusMessages.e2e.ts',
        'tests/e2e/titlesAndLanguage.e2e.ts',
      ]),
    );
    for (const path of named) expect(existsSync(resolve(import.meta.dirname, '..', '..', path)), path).toBe(true);
  });

  test('no placeholder or invented contact: feedback goes to whoever handed out the app', () => {
    for (const lng of STATEMENT_LANGUAGES) {
      const text = statementMarkdown(localeStatement(lng), lng);
      expect(text).not.toMatch(/\[|\]|TODO|XXX|@|\.invalid|example\./i);
    }
  });
});

describe('Help menu', () => {
  const helpMenu = (template: MenuItemConstructorOptions[]) =>
    template.find((i) => i.role === 'help')!.submenu as MenuItemConstructorOptions[];

  test.each([
    ['nb', false],
    ['sv', false],
    ['nb', true],
    ['sv', true],
  ] as const)('in %s (macOS: %s) it has the accessibility statement, which opens the screen', (lng, isMac) => {
    const sent: string[] = [];
    const template = buildMenuTemplate(MENU_LABELS[lng], isMac, false, {
      send: (c) => sent.push(c),
      showAbout: () => sent.push('about'),
      openRecent: () => undefined,
    });
    const item = helpMenu(template).find((i) => i.label === MENU_LABELS[lng].accessibilityStatement);
    expect(item?.label).toBe(lng === 'nb' ? 'Tilgjengelighetserklæring' : 'Tillgänglighetsredogörelse');
    (item!.click as () => void)();
    expect(sent).toEqual(['accessibilityStatement']);
  });
});
