import { describe, expect, test } from 'vitest';
import { isAllowedNavigation, isAllowedRequest } from '../../electron/main/security';
import { restorableBounds, MIN_SIZE } from '../../electron/main/windowState';
import { buildMenuTemplate, languageFromLocale, MENU_LABELS } from '../../electron/main/menu';
import type { MenuItemConstructorOptions } from 'electron';

const APP = 'app://bundle/index.html';

describe('navigation guard', () => {
  test.each([
    [APP, true],
    [`${APP}#plan`, true],
    ['file:///etc/passwd', false],
    ['file:///opt/some-kompass/resources/app.asar/out/renderer/index.html', false],
    ['app://bundle/other.html', false],
    ['app://evil/index.html', false],
    ['app://bundle/../index.html', true],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, allowed) => expect(isAllowedNavigation(url, APP)).toBe(allowed));

  test('the dev server may navigate within its own origin only', () => {
    expect(isAllowedNavigation('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('request guard (offline)', () => {
  test.each([
    ['app://bundle/assets/index.js', undefined, true],
    ['app://other/assets/index.js', undefined, false],
    ['file:///opt/app/out/renderer/assets/index.js', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['data:image/png;base64,AAAA', undefined, true],
    ['devtools://devtools/bundled/inspector.html', undefined, true],
    ['https://fonts.googleapis.com/css', undefined, false],
    ['http://127.0.0.1:8080/', undefined, false],
    ['ws://localhost:5173/', undefined, false],
    ['ws://localhost:5173/', 'http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173/', true],
    ['https://localhost:5173/', 'http://localhost:5173/', false],
    ['garbage', undefined, false],
  ] as const)('%s (dev %s) -> %s', (url, dev, allowed) => expect(isAllowedRequest(url, dev)).toBe(allowed));
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  test('restores bounds on a visible display', () => {
    expect(restorableBounds({ x: 100, y: 50, width: 1000, height: 800, maximized: false }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 800,
    });
  });
  test('ignores bounds on a display that is gone', () => {
    expect(restorableBounds({ x: 2500, y: 100, width: 1000, height: 800, maximized: false }, screen)).toBeNull();
    expect(restorableBounds({ x: -500, y: -500, width: 400, height: 400, maximized: false }, screen)).toBeNull();
  });
  test('never restores below the minimum size', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 300, height: 250, maximized: false }, screen)).toMatchObject(MIN_SIZE);
  });
  test('nothing saved: default', () => expect(restorableBounds(null, screen)).toBeNull());
});

describe('app menu', () => {
  const labelsOf = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labelsOf(i.submenu) : [])]).filter(Boolean);

  test.each(['nb', 'sv'] as const)('every item is labelled in %s, standard roles kept', (lng) => {
    const sent: string[] = [];
    const template = buildMenuTemplate(MENU_LABELS[lng], false, false, {
      send: (c) => sent.push(c),
      showAbout: () => sent.push('about'),
      openRecent: (p) => sent.push(p),
    });
    const labels = labelsOf(template);
    for (const l of labels) expect(Object.values(MENU_LABELS[lng])).toContain(l);
    const all = template.flatMap((i) => (Array.isArray(i.submenu) ? i.submenu : []));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'togglefullscreen'])
      expect(
        all.some((i) => i.role === role),
        role,
      ).toBe(true);
    const newItem = all.find((i) => i.accelerator === 'CmdOrCtrl+N')!;
    (newItem.click as () => void)();
    expect(sent).toEqual(['newAssessment']);
  });

  test('macOS gets the app menu first; dev adds reload and devtools', () => {
    const t = buildMenuTemplate(MENU_LABELS.nb, true, true, {
      send: () => undefined,
      showAbout: () => undefined,
      openRecent: () => undefined,
    });
    expect(t[0]?.label).toBe('SoMe-kompass');
    const roles = t.flatMap((i) => (Array.isArray(i.submenu) ? i.submenu.map((s) => s.role) : []));
    expect(roles).toContain('toggleDevTools');
    expect(
      buildMenuTemplate(MENU_LABELS.nb, false, false, {
        send: () => undefined,
        showAbout: () => undefined,
        openRecent: () => undefined,
      }).flatMap((i) => (Array.isArray(i.submenu) ? i.submenu.map((s) => s.role) : [])),
    ).not.toContain('toggleDevTools');
  });

  test('"Open recent": the app\'s own list of files (newest first) elsewhere, the system\'s on macOS', () => {
    const opened: string[] = [];
    const actions = { send: () => undefined, showAbout: () => undefined, openRecent: (p: string) => opened.push(p) };
    const fileMenu = (t: MenuItemConstructorOptions[]) =>
      t.find((i) => i.label === MENU_LABELS.nb.file || i.label === MENU_LABELS.sv.file)!.submenu as MenuItemConstructorOptions[];
    const recent = fileMenu(
      buildMenuTemplate(MENU_LABELS.nb, false, false, actions, ['/home/kari/Bakeri.somekompass', '/home/kari/Kafé.somekompass']),
    ).find((i) => i.label === MENU_LABELS.nb.openRecent)!;
    const items = recent.submenu as MenuItemConstructorOptions[];
    expect(items.map((i) => i.label)).toEqual(['Bakeri.somekompass', 'Kafé.somekompass']);
    (items[1]!.click as () => void)();
    expect(opened).toEqual(['/home/kari/Kafé.somekompass']);
    const empty = fileMenu(buildMenuTemplate(MENU_LABELS.sv, false, false, actions, [])).find(
      (i) => i.label === MENU_LABELS.sv.openRecent,
    )!;
    expect(empty.submenu).toEqual([{ label: MENU_LABELS.sv.noRecent, enabled: false }]);
    const mac = fileMenu(buildMenuTemplate(MENU_LABELS.nb, true, false, actions, ['/x.somekompass'])).find(
      (i) => i.label === MENU_LABELS.nb.openRecent,
    )!;
    expect(mac.role).toBe('recentDocuments');
  });

  test('the system locale picks the first menu language', () => {
    expect(languageFromLocale('sv-SE')).toBe('sv');
    expect(languageFromLocale('sv')).toBe('sv');
    expect(languageFromLocale('nb-NO')).toBe('nb');
    expect(languageFromLocale('en-US')).toBe('nb');
  });
});

describe('files opened with the app and file names', () => {
  test('only .somekompass arguments are files to open', async () => {
    const { filesFromArgv } = await import('../../electron/main/openFiles');
    const cwd = '/home/kari/Nedlastinger';
    expect(
      filesFromArgv(
        ['/opt/SoMe-kompass/some-kompass', '--no-sandbox', '/home/kari/Bakeriet.somekompass', 'C:\\Users\\Per\\A.SOMEKOMPASS', 'notes.txt'],
        cwd,
      ),
    ).toEqual(['/home/kari/Bakeriet.somekompass', 'C:\\Users\\Per\\A.SOMEKOMPASS']);
    expect(filesFromArgv(['/usr/bin/electron', '.'], cwd)).toEqual([]);
    // A file:// URI (some desktops pass those) and a relative path from the second start's own folder.
    expect(
      filesFromArgv(['app', 'file:///home/kari/Bakeri%20%C3%86rlig.somekompass', 'Kl%C3%A6r.somekompass', '../Kafé.somekompass'], cwd),
    ).toEqual(['/home/kari/Bakeri Ærlig.somekompass', '/home/kari/Nedlastinger/Kl%C3%A6r.somekompass', '/home/kari/Kafé.somekompass']);
    // Network paths and other schemes are never opened.
    expect(
      filesFromArgv(
        [
          'app',
          '\\\\server\\share\\a.somekompass',
          '//server/share/b.somekompass',
          'https://x.test/c.somekompass',
          'file://server/share/d.somekompass',
        ],
        cwd,
      ),
    ).toEqual([]);
  });

  test('file names from company names are safe and never empty', async () => {
    const { safeFileName } = await import('../../electron/main/services/fileActions');
    expect(safeFileName('Fjord & Fjell AS', 'x')).toBe('Fjord & Fjell AS');
    expect(safeFileName('../../etc/passwd', 'x')).toBe('etc passwd');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a b c d e f g h i j');
    expect(safeFileName('   ', 'vurdering')).toBe('vurdering');
    expect(safeFileName('\u0000\u0007', 'vurdering')).toBe('vurdering');
    expect(safeFileName('Æøå åäö', 'x')).toBe('Æøå åäö');
    expect(safeFileName('x'.repeat(300), 'y')).toHaveLength(120);
  });
});
