import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppStore, ROLLING_BACKUPS, StoreFull } from '../../electron/main/services/appStore';
import { LIMITS } from '../../renderer/src/domain/limits';
import { openConfBackend, STORE_NAME } from '../../electron/main/services/storeBackend';
import { STORE_SCHEMA_VERSION } from '../../renderer/src/domain/schema';
import { blankAssessment } from './fixtures';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-store-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const storeFile = (dir: string) => join(dir, `${STORE_NAME}.json`);
const open = (dir: string, now = new Date('2026-11-23T12:00:00Z')) => new AppStore(dir, openConfBackend, () => now);

describe('AppStore on real files', () => {
  test('a first start creates nothing to complain about, and saves survive a reopen', () => {
    const dir = tempDir();
    const store = open(dir);
    expect(store.notice).toBeNull();
    const a = blankAssessment('x1');
    store.saveAssessment({ ...a, profile: { ...a.profile, companyName: 'Bakeriet «Æøå» & Co' } });
    store.setUiLanguage('sv');
    const again = open(dir);
    expect(again.listAssessments().map((x) => x.profile.companyName)).toEqual(['Bakeriet «Æøå» & Co']);
    expect(again.getSettings().uiLanguage).toBe('sv');
    const onDisk = JSON.parse(readFileSync(storeFile(dir), 'utf8')) as { schemaVersion: number };
    expect(onDisk.schemaVersion).toBe(STORE_SCHEMA_VERSION);
  });

  test('save replaces by id; delete removes; returned data is a copy', () => {
    const store = open(tempDir());
    const a = blankAssessment('x1');
    store.saveAssessment(a);
    store.saveAssessment({ ...a, planLanguage: 'sv' });
    expect(store.listAssessments()).toHaveLength(1);
    expect(store.getAssessment('x1')?.planLanguage).toBe('sv');
    store.listAssessments()[0]!.planLanguage = 'nb';
    expect(store.getAssessment('x1')?.planLanguage).toBe('sv');
    expect(store.deleteAssessment('x1')).toBe(true);
    expect(store.deleteAssessment('x1')).toBe(false);
    expect(store.listAssessments()).toEqual([]);
  });

  test('a full store refuses a new assessment and stays valid; existing ones can still be saved', () => {
    const dir = tempDir();
    const full = Array.from({ length: LIMITS.assessments }, (_, i) => blankAssessment(`a${i}`));
    writeFileSync(storeFile(dir), JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION, assessments: full, settings: { uiLanguage: null, window: null, lastFolder: null } }));
    const store = open(dir);
    expect(store.notice).toBeNull();
    const before = readFileSync(storeFile(dir));
    expect(() => store.saveAssessment(blankAssessment('one-too-many'))).toThrow(StoreFull);
    expect(readFileSync(storeFile(dir))).toEqual(before);
    store.saveAssessment({ ...full[0]!, planLanguage: 'sv' });
    const again = open(dir);
    expect(again.notice).toBeNull();
    expect(again.listAssessments()).toHaveLength(LIMITS.assessments);
    expect(again.getAssessment('a0')?.planLanguage).toBe('sv');
  });

  test.each([
    ['not JSON', '{"schemaVersion": 1, "assessments": ['],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['binary', '\u0000\u0001\u0002\u00ff'],
    ['wrong shape', JSON.stringify({ schemaVersion: 2, assessments: [{ id: 5 }], settings: { uiLanguage: null, window: null, lastFolder: null } })],
    ['a bad version', JSON.stringify({ schemaVersion: 'one' })],
  ])('a damaged store (%s) is moved aside to a dated file, the user is told, the app starts empty', (_label, content) => {
    const dir = tempDir();
    writeFileSync(storeFile(dir), content);
    const store = open(dir);
    expect(store.notice).toEqual({ kind: 'damagedStore', backupPath: join(dir, `${STORE_NAME}.damaged-2026-11-23T12-00-00.json`) });
    expect(readFileSync(join(dir, `${STORE_NAME}.damaged-2026-11-23T12-00-00.json`), 'utf8')).toBe(content);
    expect(store.listAssessments()).toEqual([]);
    // The fresh store works and the next start is clean.
    store.saveAssessment(blankAssessment('new'));
    const again = open(dir, new Date('2026-11-24T08:00:00Z'));
    expect(again.notice).toBeNull();
    expect(again.listAssessments().map((a) => a.id)).toEqual(['new']);
  });

  test('a store from a newer version is kept aside, never overwritten', () => {
    const dir = tempDir();
    const newer = JSON.stringify({ schemaVersion: STORE_SCHEMA_VERSION + 1, assessments: [{ future: true }] });
    writeFileSync(storeFile(dir), newer);
    const store = open(dir);
    expect(store.notice).toMatchObject({ kind: 'newerStore', found: STORE_SCHEMA_VERSION + 1, supported: STORE_SCHEMA_VERSION });
    expect(readFileSync(store.notice!.backupPath, 'utf8')).toBe(newer);
  });

  test('an old store without schemaVersion is migrated and written back', () => {
    const dir = tempDir();
    const a = blankAssessment('old');
    writeFileSync(storeFile(dir), JSON.stringify({ assessments: [a], settings: { uiLanguage: 'sv' } }));
    const store = open(dir);
    expect(store.notice).toBeNull();
    expect(store.listAssessments()).toEqual([a]);
    expect(store.getSettings()).toEqual({ uiLanguage: 'sv', window: null, lastFolder: null });
    expect((JSON.parse(readFileSync(storeFile(dir), 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(STORE_SCHEMA_VERSION);
  });

  test(`keeps one backup a day, the newest ${ROLLING_BACKUPS}`, () => {
    const dir = tempDir();
    open(dir).saveAssessment(blankAssessment('b'));
    for (let day = 1; day <= ROLLING_BACKUPS + 3; day++) open(dir, new Date(`2026-12-${String(day).padStart(2, '0')}T09:00:00Z`));
    const backups = readdirSync(join(dir, 'backups')).sort();
    expect(backups).toHaveLength(ROLLING_BACKUPS);
    expect(backups.at(-1)).toBe(`${STORE_NAME}-2026-12-08.json`);
    expect(JSON.parse(readFileSync(join(dir, 'backups', backups.at(-1)!), 'utf8'))).toMatchObject({ assessments: [{ id: 'b' }] });
  });

  test('a process killed in the middle of writing leaves a readable store', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const script = resolve(import.meta.dirname, '..', 'fixtures', 'write-store-forever.ts');
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((ok, fail) => {
        child.stdout.once('data', () => ok());
        child.once('exit', (code) => fail(new Error(`writer exited early with ${code}`)));
      });
      await new Promise((r) => setTimeout(r, 150 + round * 97));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(existsSync(storeFile(dir))).toBe(true);
      const store = open(dir);
      expect(store.notice, `round ${round}`).toBeNull();
      expect(store.listAssessments()).toHaveLength(40);
    }
  });
});
