import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppStore, BACKUP_DAYS, StoreFull } from '../../electron/main/services/appStore';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import { openConfBackend, STORE_NAME } from '../../electron/main/services/storeBackend';
import { SETTINGS_SCHEMA_VERSION } from '../../renderer/src/domain/files/schema';
import { FILE_SCHEMA_VERSION, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { importAssessmentFile } from '../../electron/main/services/fileImport';
import { answeredAll, blankAssessment } from './fixtures';
import { snapshot, storedAssessments } from './storedFiles';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-store-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // Already gone.
    }
    rmSync(d, { recursive: true, force: true });
  }
});
const storeFile = (dir: string) => join(dir, `${STORE_NAME}.json`);
const NOW = new Date('2026-11-23T12:00:00Z');
const open = (dir: string, now = NOW) => new AppStore(dir, openConfBackend, { now: () => now, appVersion: '1.0.0' });
const named = (id: string, companyName: string) => {
  const a = blankAssessment(id);
  return { ...a, profile: { ...a.profile, companyName } };
};
/** An assessment as the single-file store held it before question banks had versions. */
function legacy(a: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const key of ['bankVersion', 'needsNewAnswer', 'retiredAnswers']) delete out[key];
  return out;
}
const legacyStore = (assessments: unknown[], settings: object = { uiLanguage: 'sv', window: null, lastFolder: null }) =>
  JSON.stringify({ schemaVersion: 2, assessments, settings });

describe('AppStore: one file per assessment', () => {
  test('a first start complains about nothing; each assessment is its own file, and saves survive a reopen', () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.notice).toBeNull();
    store.saveAssessment(named('x1', 'Bakeriet «Æøå» & Co'));
    store.saveAssessment(named('x2', 'Frisør Lena'));
    store.setUiLanguage('sv');
    expect(readdirSync(join(dir, 'assessments')).sort()).toEqual(['x1.json', 'x2.json']);
    expect(storedAssessments(dir).map((a) => a.profile.companyName)).toEqual(['Bakeriet «Æøå» & Co', 'Frisør Lena']);
    const again = open(dir);
    expect(
      again
        .listAssessments()
        .map((x) => x.profile.companyName)
        .sort(),
    ).toEqual(['Bakeriet «Æøå» & Co', 'Frisør Lena']);
    expect(again.getSettings().uiLanguage).toBe('sv');
    // The store file holds the settings only.
    expect(JSON.parse(readFileSync(storeFile(dir), 'utf8'))).toEqual({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      settings: { uiLanguage: 'sv', window: null, lastFolder: null, recentFiles: [] },
    });
  });

  test("save replaces by id; delete removes the file (a copy stays in today's backup); returned data is a copy", () => {
    const dir = tempDir();
    const store = open(dir);
    const a = blankAssessment('x1');
    store.saveAssessment(a);
    store.saveAssessment({ ...a, planLanguage: 'sv' });
    expect(store.listAssessments()).toHaveLength(1);
    expect(store.getAssessment('x1')?.planLanguage).toBe('sv');
    store.listAssessments()[0]!.planLanguage = 'nb';
    expect(store.getAssessment('x1')?.planLanguage).toBe('sv');
    expect(store.deleteAssessment('x1')).toBe(true);
    expect(store.deleteAssessment('x1')).toBe(false);
    expect(existsSync(join(dir, 'assessments', 'x1.json'))).toBe(false);
    expect(store.listBackups('x1').map((b) => b.date)).toEqual(['2026-11-23']);
    expect(open(dir).listAssessments()).toEqual([]);
  });

  test('a full store refuses a new assessment and changes nothing; existing ones can still be saved', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    for (let i = 0; i < LIMITS.assessments; i++)
      writeFileSync(join(dir, 'assessments', `a${i}.json`), serializeAssessmentFile(blankAssessment(`a${i}`), '1.0.0', NOW));
    const store = open(dir);
    expect(store.notice).toBeNull();
    expect(store.listAssessments()).toHaveLength(LIMITS.assessments);
    expect(() => store.saveAssessment(blankAssessment('one-too-many'))).toThrow(StoreFull);
    expect(existsSync(join(dir, 'assessments', 'one-too-many.json'))).toBe(false);
    store.saveAssessment({ ...blankAssessment('a7'), planLanguage: 'sv' });
    expect(open(dir).getAssessment('a7')?.planLanguage).toBe('sv');
    // Importing into the full store: an error code the UI explains, and nothing added.
    const file = join(tempDir(), 'ny.somekompass');
    writeFileSync(file, serializeAssessmentFile(blankAssessment('import-me'), '1.0.0', NOW));
    const before = readdirSync(join(dir, 'assessments')).length;
    await expect(importAssessmentFile(store, file, 'fresh-id', NOW)).resolves.toMatchObject({ ok: false, error: { code: 'storeFull' } });
    expect(readdirSync(join(dir, 'assessments'))).toHaveLength(before);
  }, 60_000);
});

describe('AppStore: the home list from summaries', () => {
  test('a summary per assessment, kept in step with saves and deletes, the same after a reopen', () => {
    const dir = tempDir();
    const store = open(dir);
    store.saveAssessment({ ...named('s1', 'Eldst'), updatedAt: '2026-11-01T10:00:00.000Z' });
    store.saveAssessment({ ...answeredAll(true, named('s2', 'Nyest')), updatedAt: '2026-11-20T10:00:00.000Z' });
    expect(store.listSummaries().map((x) => [x.id, x.companyName, x.status])).toEqual([
      ['s2', 'Nyest', 'incomplete'],
      ['s1', 'Eldst', 'incomplete'],
    ]);
    expect(store.listSummaries()[0]).toMatchObject({ overall: 100, resumeStep: 'profile' });
    expect(store.listSummaries()[0]!.answered).toBe(store.listSummaries()[0]!.total);
    store.saveAssessment({ ...named('s1', 'Endret'), updatedAt: '2026-11-25T10:00:00.000Z' });
    expect(store.listSummaries().map((x) => x.companyName)).toEqual(['Endret', 'Nyest']);
    store.deleteAssessment('s2');
    expect(open(dir).listSummaries()).toEqual(store.listSummaries());
    expect(store.listSummaries().map((x) => x.id)).toEqual(['s1']);
  });
});

describe('AppStore: moving from the single-file store', () => {
  test('the old store is split into files, verified, kept as a dated backup, and replaced by the settings', () => {
    const dir = tempDir();
    const old = [named('o1', 'Kafé Mys'), answeredAll(true, named('o2', 'Hotell'))].map(legacy);
    const text = legacyStore(old);
    writeFileSync(storeFile(dir), text);
    const store = open(dir);
    expect(store.notice).toBeNull();
    expect(
      store
        .listAssessments()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['o1', 'o2']);
    expect(store.getSettings().uiLanguage).toBe('sv');
    expect(readFileSync(join(dir, `${STORE_NAME}.before-split-2026-11-23.json`), 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(storeFile(dir), 'utf8'))).toMatchObject({ schemaVersion: SETTINGS_SCHEMA_VERSION });
    // Opening again changes nothing.
    const before = snapshot(dir);
    open(dir);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a store of version 0 (no schemaVersion) splits too', () => {
    const dir = tempDir();
    writeFileSync(storeFile(dir), JSON.stringify({ assessments: [legacy(named('old', 'Gammel AS'))], settings: { uiLanguage: 'sv' } }));
    const store = open(dir);
    expect(store.notice).toBeNull();
    expect(store.listAssessments().map((a) => a.profile.companyName)).toEqual(['Gammel AS']);
    expect(store.getSettings()).toEqual({ uiLanguage: 'sv', window: null, lastFolder: null, recentFiles: [] });
  });

  test('a store that is not JSON is kept aside, the user is told, and the app starts', () => {
    const dir = tempDir();
    writeFileSync(storeFile(dir), '{"schemaVersion": 1, "assessments": [ {"id": "half a file');
    const store = open(dir);
    expect(store.notice).toEqual({ kind: 'damagedStore', backupPath: join(dir, `${STORE_NAME}.damaged-2026-11-23T12-00-00.json`) });
    expect(store.listAssessments()).toEqual([]);
    store.saveAssessment(blankAssessment('new'));
    expect(open(dir).listAssessments()).toHaveLength(1);
  });

  test('one unreadable assessment in the old store: the rest are saved, it alone goes to damaged/ and the user is told', () => {
    const dir = tempDir();
    writeFileSync(storeFile(dir), legacyStore([legacy(named('good', 'Godt AS')), { id: 'bad', profile: 'not a profile' }]));
    const store = open(dir);
    expect(store.listAssessments().map((a) => a.id)).toEqual(['good']);
    expect(store.notice).toMatchObject({ kind: 'damagedFiles', damaged: [{ company: null }], setAside: [] });
    // It is kept as it was, alone, and the whole old store is kept beside the settings.
    const [kept] = readdirSync(join(dir, 'damaged'));
    expect(JSON.parse(readFileSync(join(dir, 'damaged', kept!), 'utf8'))).toEqual({ id: 'bad', profile: 'not a profile' });
    expect(readdirSync(dir).some((n) => n.includes('before-split'))).toBe(true);
  });
});

describe('AppStore: one damaged file hides only itself', () => {
  test('a damaged file goes to damaged/ with a dated name, the company is named, everything else loads', () => {
    const dir = tempDir();
    const store = open(dir);
    store.saveAssessment(named('ok1', 'Første AS'));
    store.saveAssessment(named('ok2', 'Andre AS'));
    const damaged = join(dir, 'assessments', 'ok2.json');
    writeFileSync(damaged, readFileSync(damaged, 'utf8').replace('"planLanguage": "nb"', '"planLanguage": 42'));
    writeFileSync(join(dir, 'assessments', 'garbage.json'), 'not json at all');
    const again = open(dir);
    expect(again.listAssessments().map((a) => a.id)).toEqual(['ok1']);
    expect(again.notice).toMatchObject({ kind: 'damagedFiles', newer: [], backupsFolder: join(dir, 'backups') });
    const notice = again.notice as Extract<NonNullable<typeof again.notice>, { kind: 'damagedFiles' }>;
    expect(notice.damaged.map((d) => d.company).sort((a, b) => String(a).localeCompare(String(b)))).toEqual(['Andre AS', null]);
    for (const d of notice.damaged) expect(d.path.startsWith(join(dir, 'damaged'))).toBe(true);
    expect(readdirSync(join(dir, 'damaged')).sort()).toEqual(['garbage.2026-11-23T12-00-00.json', 'ok2.2026-11-23T12-00-00.json']);
    expect(readdirSync(join(dir, 'assessments'))).toEqual(['ok1.json']);
  });

  test('a file from a newer version is left where it is, listed, and not loaded', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    const newer = serializeAssessmentFile(blankAssessment('future'), '9.0.0', NOW).replace(
      `"schemaVersion": ${FILE_SCHEMA_VERSION}`,
      '"schemaVersion": 99',
    );
    writeFileSync(join(dir, 'assessments', 'future.json'), newer);
    const store = open(dir);
    expect(store.listAssessments()).toEqual([]);
    expect(store.notice).toMatchObject({ kind: 'damagedFiles', damaged: [], newer: [{ path: join(dir, 'assessments', 'future.json') }] });
    expect(readFileSync(join(dir, 'assessments', 'future.json'), 'utf8')).toBe(newer);
  });

  test('temporary files left by an interrupted write are removed at start', () => {
    const dir = tempDir();
    open(dir).saveAssessment(blankAssessment('a'));
    writeFileSync(join(dir, 'assessments', '.a.json.1234-abcd.tmp'), '{"half');
    const store = open(dir);
    expect(store.notice).toBeNull();
    expect(readdirSync(join(dir, 'assessments'))).toEqual(['a.json']);
  });

  test('a FIFO in place of an assessment file or of the settings file is refused without hanging', () => {
    const dir = tempDir();
    open(dir).saveAssessment(named('keep', 'Beholdes AS'));
    execFileSync('mkfifo', [join(dir, 'assessments', 'pipe.json')]);
    rmSync(storeFile(dir));
    execFileSync('mkfifo', [storeFile(dir)]);
    const store = open(dir);
    expect(store.listAssessments().map((a) => a.id)).toEqual(['keep']);
    expect(store.notice?.kind).toBe('damagedStore');
    store.setUiLanguage('sv');
    expect(open(dir).getSettings().uiLanguage).toBe('sv');
  });
});

describe('AppStore: settings never hide an assessment', () => {
  test.each([
    ['a window far too wide', { window: { x: 0, y: 0, width: 1e9, height: 600, maximized: false } }, 'window'],
    ['a 4,097-character folder', { lastFolder: 'x'.repeat(4097) }, 'lastFolder'],
    ['an unknown language', { uiLanguage: 'en' }, 'uiLanguage'],
  ] as const)('%s: that setting falls back to its default, the others stay, every assessment loads', (_name, bad, key) => {
    const dir = tempDir();
    const store = open(dir);
    store.saveAssessment(blankAssessment('a1'));
    store.setLastFolder('/home/kari');
    store.setUiLanguage('sv');
    const settings = JSON.parse(readFileSync(storeFile(dir), 'utf8')) as { settings: Record<string, unknown> };
    writeFileSync(storeFile(dir), JSON.stringify({ ...settings, settings: { ...settings.settings, ...bad } }));
    const again = open(dir);
    expect(again.notice).toBeNull();
    expect(again.listAssessments()).toHaveLength(1);
    const expected = { uiLanguage: 'sv', window: null, lastFolder: '/home/kari', recentFiles: [], [key]: null };
    expect(again.getSettings()).toEqual(expected);
  });

  test('recent files: newest first, once each, at most ten; a bad list falls back to empty', () => {
    const dir = tempDir();
    const store = open(dir);
    for (let i = 0; i < 12; i++) store.addRecentFile(`/home/kari/${i}.somekompass`);
    store.addRecentFile('/home/kari/5.somekompass');
    const recent = open(dir).getSettings().recentFiles;
    expect(recent).toHaveLength(10);
    expect(recent.slice(0, 3)).toEqual(['/home/kari/5.somekompass', '/home/kari/11.somekompass', '/home/kari/10.somekompass']);
    const settings = JSON.parse(readFileSync(storeFile(dir), 'utf8')) as { settings: Record<string, unknown> };
    writeFileSync(storeFile(dir), JSON.stringify({ ...settings, settings: { ...settings.settings, recentFiles: [42] } }));
    expect(open(dir).getSettings().recentFiles).toEqual([]);
  });

  test('a setting that would not load is never written', () => {
    const dir = tempDir();
    const store = open(dir);
    store.setLastFolder('x'.repeat(5000));
    expect(store.getSettings().lastFolder).toBeNull();
  });
});

describe('AppStore: backups', () => {
  test(`a copy a day of each changed assessment, the last ${BACKUP_DAYS} days kept`, () => {
    const dir = tempDir();
    for (let d = 1; d <= BACKUP_DAYS + 3; d++) {
      const when = new Date(`2026-12-${String(d).padStart(2, '0')}T09:00:00Z`);
      open(dir, when).saveAssessment({ ...named('b', `Versjon ${d}`), updatedAt: when.toISOString() });
    }
    const store = open(dir, new Date('2026-12-10T09:00:00Z'));
    const copies = store.listBackups('b');
    expect(copies).toHaveLength(BACKUP_DAYS);
    expect(copies[0]?.date).toBe('2026-12-10');
    expect(copies.at(-1)?.date).toBe('2026-12-04');
    expect(readFileSync(copies.at(-1)!.path, 'utf8')).toContain('Versjon 4');
  });

  test('a backups folder that cannot be written never stops a save or the start', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'backups'), 'a file where the folder should be');
    const store = open(dir);
    store.saveAssessment(blankAssessment('a'));
    expect(open(dir).listAssessments()).toHaveLength(1);
    expect(store.listBackups('a')).toEqual([]);
  });
});

describe('AppStore: a data folder that cannot be used', () => {
  test('a file where the data folder should be: the store refuses to open, and the message names the folder and why', async () => {
    const { startupFailureMessage } = await import('../../electron/main/startup');
    const { MENU_LABELS } = await import('../../electron/main/menu');
    const parent = tempDir();
    const dir = join(parent, 'SoMe-kompass');
    writeFileSync(dir, 'not a folder');
    let error: unknown = null;
    try {
      open(dir);
    } catch (e) {
      error = e;
    }
    expect(error).not.toBeNull();
    const nb = startupFailureMessage(error, dir, MENU_LABELS.nb);
    expect(nb.title).toBe(MENU_LABELS.nb.startFailedTitle);
    expect(nb.message).toContain(dir);
    expect(nb.message).toContain(MENU_LABELS.nb.reasonFailed);
    // Full, read-only and forbidden disks are named as such, in both languages.
    const code = (c: string) => Object.assign(new Error(c), { code: c });
    expect(startupFailureMessage(code('ENOSPC'), dir, MENU_LABELS.sv).message).toContain(MENU_LABELS.sv.reasonDiskFull);
    expect(startupFailureMessage(code('EROFS'), dir, MENU_LABELS.nb).message).toContain(MENU_LABELS.nb.reasonReadOnly);
    expect(startupFailureMessage(code('EACCES'), dir, MENU_LABELS.sv).message).toContain(MENU_LABELS.sv.reasonNoPermission);
    // Nothing was changed: the file is still what it was.
    expect(readFileSync(dir, 'utf8')).toBe('not a folder');
  });
});
