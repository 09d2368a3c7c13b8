/**
 * Issue 14, findings 3 to 7, on real files in a temporary folder, with faults injected into the writer's calls:
 * 3. a stored file nested thousands deep is quarantined alone, and start-up goes on;
 * 4. one size limit: a save over it is refused (nothing written, the longest texts named), never acknowledged;
 * 5. an import is done once its assessment is stored; what fails after that does not turn it into a failure, and
 *    the same file imported twice is recognised;
 * 6. daily backups are written durably, and a backup that does not read is never offered;
 * 7. settings are written durably; a settings write that fails never loses an assessment or breaks a handler.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppStore, AssessmentTooLarge } from '../../electron/main/services/appStore';
import { nodeWriterFs, type WriterFs } from '../../electron/main/services/atomicWrite';
import { openConfBackend, STORE_NAME } from '../../electron/main/services/storeBackend';
import { createFileActions } from '../../electron/main/services/fileActions';
import { createIpcHandlers } from '../../electron/main/ipcHandlers';
import { createClassActions, type ClassActions } from '../../electron/main/services/classActions';
import { INVOKE_CHANNELS } from '../../electron/shared/contract';
import { MAX_FILE_BYTES, parseAssessmentFile, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { ACTIONS, QUESTIONS, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import { SETTINGS_SCHEMA_VERSION } from '../../renderer/src/domain/files/schema';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, noPresentation } from './fixtures';
import { snapshot } from './storedFiles';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-safety-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = new Date('2026-11-23T12:00:00Z');
const open = (dir: string, io: WriterFs = nodeWriterFs, now = NOW) =>
  new AppStore(dir, openConfBackend, { now: () => now, io, appVersion: '1.0.0' });
const named = (id: string, companyName: string): Assessment => {
  const a = answeredAll(true, blankAssessment(id));
  return { ...a, profile: { ...a.profile, companyName } };
};
const caller = { printToPdf: () => Promise.resolve(new Uint8Array()), send: () => undefined };

/**
 * A writer that fails for the files `match` picks, the way a full disk does: a short write (a few bytes, then none)
 * or ENOSPC. Every other file is written as usual.
 */
function failingFor(match: (path: string) => boolean, fault: 'shortWrite' | 'ENOSPC' = 'shortWrite'): WriterFs {
  const failing = new Set<number>();
  return {
    ...nodeWriterFs,
    openSync: (path, flags) => {
      const fd = nodeWriterFs.openSync(path, flags);
      if (match(path)) failing.add(fd);
      return fd;
    },
    writeSync: (fd, buffer, offset, length) => {
      if (!failing.has(fd)) return nodeWriterFs.writeSync(fd, buffer, offset, length);
      if (fault === 'ENOSPC') throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      return offset === 0 ? nodeWriterFs.writeSync(fd, buffer, offset, Math.min(length, 10)) : 0;
    },
    closeSync: (fd) => {
      failing.delete(fd);
      nodeWriterFs.closeSync(fd);
    },
  };
}
const isSettingsFile = (path: string): boolean => basename(path).startsWith(`.${STORE_NAME}.json.`);
const isBackup = (path: string): boolean => path.includes(`${join('backups', '')}`);

/** A `.somekompass` text whose `schemaVersion` is `depth` arrays deep, with a company name to be named by. */
const nestedFile = (depth: number): string =>
  `{"format":"some-kompass-assessment","schemaVersion":${'['.repeat(depth)}${']'.repeat(depth)},` +
  `"assessment":{"profile":{"companyName":"Dyp Hylle AS"}}}`;

describe('3. a stored file nested thousands deep', () => {
  test('is refused by the parser with a reason, never a RangeError', () => {
    for (const depth of [65, 5_000, 200_000]) {
      const outcome = parseAssessmentFile(new TextEncoder().encode(nestedFile(depth)));
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    // Deep in a note's place instead of the version: the same.
    const text = serializeAssessmentFile(blankAssessment('n'), '1', NOW).replace(
      '"notes": {}',
      `"notes": {"x": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
    );
    expect(parseAssessmentFile(new TextEncoder().encode(text))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // Brackets inside strings are text, not depth.
    const brackets = { ...blankAssessment('b'), notes: { [QUESTIONS[0]!.id]: '['.repeat(10_000) } };
    expect(parseAssessmentFile(new TextEncoder().encode(serializeAssessmentFile(brackets, '1', NOW)))).toMatchObject({ ok: true });
  });

  test('in assessments/: start-up goes on, that file alone goes to damaged/ and is named, the rest load', () => {
    const dir = tempDir();
    open(dir).saveAssessment(named('ok1', 'Første AS'));
    open(dir).saveAssessment(named('ok2', 'Andre AS'));
    writeFileSync(join(dir, 'assessments', 'deep.json'), nestedFile(5_000));
    const store = open(dir);
    expect(
      store
        .listAssessments()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['ok1', 'ok2']);
    expect(store.notice).toMatchObject({ kind: 'damagedFiles', damaged: [{ company: 'Dyp Hylle AS' }] });
    expect(readdirSync(join(dir, 'damaged'))).toEqual(['deep.2026-11-23T12-00-00.json']);
    expect(readdirSync(join(dir, 'assessments')).sort()).toEqual(['ok1.json', 'ok2.json']);
  });
});

/** Nearly 20,000 "€" (three bytes each) in the note of every question and action: the 6.9 MB file of the issue. */
function overTheLimit(id: string): Assessment {
  const note = '€'.repeat(LIMITS.note - 1_000);
  const a = blankAssessment(id);
  return {
    ...a,
    // The third question of "channels" has the longest note.
    notes: { ...Object.fromEntries(QUESTIONS.map((q) => [q.id, note])), [QUESTIONS_BY_MODULE.channels[2]!.id]: '€'.repeat(LIMITS.note) },
    planEdits: Object.fromEntries(ACTIONS.map((x) => [x.id, { owner: '', due: '', status: 'notStarted' as const, note }])),
  };
}

describe('4. one size limit', () => {
  test('a save over the limit is refused, names the longest note first, writes nothing; the last good version stays', () => {
    const dir = tempDir();
    const store = open(dir);
    const before = named('big', 'Langt Notat AS');
    store.saveAssessment(before);
    const onDisk = snapshot(dir);
    let refused: unknown = null;
    try {
      store.saveAssessment({ ...overTheLimit('big'), profile: before.profile });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AssessmentTooLarge);
    const error = refused as AssessmentTooLarge;
    expect(error.bytes).toBeGreaterThan(MAX_FILE_BYTES);
    expect(error.longest[0]).toEqual({ kind: 'questionNote', module: 'channels', number: 3 });
    expect(error.longest).toHaveLength(3);
    expect(snapshot(dir)).toEqual(onDisk);
    expect(store.getAssessment('big')).toEqual(before);
    // The next start has it, as it was before; nothing goes to damaged/.
    const again = open(dir);
    expect(again.notice).toBeNull();
    expect(again.getAssessment('big')).toEqual(before);
  });

  test('through IPC the renderer is told tooLarge with the places, never ok', () => {
    const dir = tempDir();
    const store = open(dir);
    const handlers = createIpcHandlers({
      store,
      files: createFileActions({
        store,
        dialogs: { chooseSavePath: () => Promise.resolve(null), chooseOpenPath: () => Promise.resolve(null) },
        appVersion: '1',
        defaultFolder: dir,
        uiLanguage: () => 'nb',
        newId: () => 'x',
        now: () => NOW,
      }),
      classes: {} as ClassActions,
      presentation: noPresentation,
      systemLanguage: () => 'nb-NO',
      appVersion: '1',
    });
    const result = handlers[INVOKE_CHANNELS.saveAssessment]!([overTheLimit('new')], caller);
    expect(result).toMatchObject({
      ok: false,
      reason: 'tooLarge',
      longest: [{ kind: 'questionNote', module: 'channels', number: 3 }, {}, {}],
    });
    expect(readdirSync(join(dir, 'assessments'))).toEqual([]);
  });

  test('the same limit at load: a stored file over it is quarantined alone', () => {
    const dir = tempDir();
    open(dir).saveAssessment(named('ok', 'God AS'));
    const big = join(dir, 'assessments', 'big.json');
    writeFileSync(big, serializeAssessmentFile(blankAssessment('big'), '1', NOW));
    truncateSync(big, MAX_FILE_BYTES + 1);
    const store = open(dir);
    expect(store.listAssessments().map((a) => a.id)).toEqual(['ok']);
    expect(store.notice).toMatchObject({ kind: 'damagedFiles', damaged: [{ company: null }] });
  });
});

/** File actions over `store`, with dialogs that answer `paths` in turn, and a recent-documents hook that may throw. */
function fileActions(store: AppStore, dir: string, paths: string[], onRecentFile?: (path: string) => void) {
  let n = 0;
  return createFileActions({
    store,
    dialogs: {
      chooseSavePath: () => Promise.resolve(paths.shift() ?? null),
      chooseOpenPath: () => Promise.resolve(paths.shift() ?? null),
    },
    appVersion: '1.0.0',
    defaultFolder: dir,
    uiLanguage: () => 'nb',
    newId: () => `imported-${++n}`,
    now: () => NOW,
    ...(onRecentFile ? { onRecentFile } : {}),
  });
}

describe('5. the save is the commit point', () => {
  test('settings and recent documents failing after the save: the import, export and respondent read still succeed', async () => {
    const dir = tempDir();
    const outside = tempDir();
    const file = join(outside, 'kafe.somekompass');
    writeFileSync(file, serializeAssessmentFile(named('from-file', 'Kafé Mys'), '1.0.0', NOW));
    open(dir).setLastFolder('/home/kari');
    const store = open(dir, failingFor(isSettingsFile, 'ENOSPC'));
    const settingsBefore = readFileSync(join(dir, `${STORE_NAME}.json`), 'utf8');
    const exported = join(outside, 'ut.somekompass');
    const files = fileActions(store, dir, [exported, file], () => {
      throw new Error('the desktop refused the recent document');
    });

    const imported = await files.importFromPath(file);
    expect(imported).toMatchObject({ kind: 'imported', assessment: { id: 'imported-1' } });
    expect(store.listSummaries().map((s) => s.id)).toEqual(['imported-1']);
    expect(
      open(dir)
        .listAssessments()
        .map((a) => a.profile.companyName),
    ).toEqual(['Kafé Mys']);
    await expect(files.exportAssessment('imported-1')).resolves.toEqual({ kind: 'saved', path: exported });
    await expect(files.readRespondentFile()).resolves.toMatchObject({ kind: 'read', fileName: 'kafe.somekompass' });
    // The settings file was never half written: it is what it was.
    expect(readFileSync(join(dir, `${STORE_NAME}.json`), 'utf8')).toBe(settingsBefore);
  });

  test('the class file too: saved and opened, though the folder cannot be remembered', async () => {
    const dir = tempDir();
    open(dir).setLastFolder('/home/kari');
    const store = open(dir, failingFor(isSettingsFile, 'ENOSPC'));
    const classFile = join(tempDir(), 'klasse.somekompass-klasse');
    const answers = [classFile, classFile];
    const classes = createClassActions({
      store,
      dialogs: {
        chooseSavePath: () => Promise.resolve(answers.shift() ?? null),
        chooseOpenPath: () => Promise.resolve(answers.shift() ?? null),
      },
      defaultFolder: dir,
      uiLanguage: () => 'nb',
      now: () => NOW,
    });
    const content = { paths: [join(dir, 'innleveringer')], classList: ['Kari Nordmann'] };
    await expect(classes.saveClassFile('Klasse', content)).resolves.toEqual({ kind: 'saved', path: classFile });
    await expect(classes.openClassFile()).resolves.toMatchObject({ kind: 'opened', content });
  });

  test('the same file imported twice is recognised and says as what and when; it can still be imported again', async () => {
    const dir = tempDir();
    const file = join(tempDir(), 'kafe.somekompass');
    writeFileSync(file, serializeAssessmentFile(named('from-file', 'Kafé Mys'), '1.0.0', NOW));
    const store = open(dir);
    const files = fileActions(store, dir, []);
    await expect(files.importFromPath(file)).resolves.toMatchObject({ kind: 'imported' });
    const second = await files.importFromPath(file);
    expect(second).toEqual({
      kind: 'duplicate',
      fileName: 'kafe.somekompass',
      path: file,
      existing: { id: 'imported-1', companyName: 'Kafé Mys', createdAt: NOW.toISOString() },
    });
    expect(store.listSummaries()).toHaveLength(1);
    // The user chose to import it anyway: a second copy.
    await expect(files.importAgain(file)).resolves.toMatchObject({ kind: 'imported', assessment: { id: 'imported-2' } });
    expect(store.listSummaries()).toHaveLength(2);
    // Once the stored one has changed, the file is no longer the same: it imports without asking.
    const changed = store.getAssessment('imported-1')!;
    store.saveAssessment({ ...changed, notes: { [QUESTIONS[0]!.id]: 'Endret etter import' } });
    store.deleteAssessment('imported-2');
    await expect(files.importFromPath(file)).resolves.toMatchObject({ kind: 'imported' });
  });
});

describe('6. daily backups', () => {
  test('a backup write that fails leaves no torn copy; earlier days keep working', async () => {
    const dir = tempDir();
    for (const d of ['2026-11-20', '2026-11-21'])
      open(dir, nodeWriterFs, new Date(`${d}T09:00:00Z`)).saveAssessment(named('a', `Versjon ${d}`));
    const store = open(dir, failingFor(isBackup), new Date('2026-11-22T09:00:00Z'));
    store.saveAssessment(named('a', 'Versjon 2026-11-22'));
    expect(open(dir).getAssessment('a')?.profile.companyName).toBe('Versjon 2026-11-22');
    expect(store.listBackups('a').map((b) => b.date)).toEqual(['2026-11-21', '2026-11-20']);
    for (const f of readdirSync(join(dir, 'backups'), { recursive: true, encoding: 'utf8' })) expect(f).not.toMatch(/\.tmp$/);
    const files = fileActions(store, dir, []);
    await expect(files.restoreEarlierVersion('a', '2026-11-21')).resolves.toMatchObject({
      kind: 'imported',
      assessment: { profile: { companyName: 'Versjon 2026-11-21' } },
    });
  });

  test('a backup that does not read (cut short, empty, another assessment) is never listed, nor restored', async () => {
    const dir = tempDir();
    for (const d of ['2026-11-20', '2026-11-21', '2026-11-22'])
      open(dir, nodeWriterFs, new Date(`${d}T09:00:00Z`)).saveAssessment(named('a', `V ${d}`));
    const day = (d: string) => join(dir, 'backups', d, 'a.json');
    writeFileSync(day('2026-11-22'), readFileSync(day('2026-11-22'), 'utf8').slice(0, 300));
    writeFileSync(day('2026-11-21'), '');
    mkdirSync(join(dir, 'backups', '2026-11-19'));
    writeFileSync(join(dir, 'backups', '2026-11-19', 'a.json'), serializeAssessmentFile(named('other', 'Annen'), '1', NOW));
    const store = open(dir, nodeWriterFs, new Date('2026-11-22T10:00:00Z'));
    expect(store.listBackups('a').map((b) => b.date)).toEqual(['2026-11-20']);
    const files = fileActions(store, dir, []);
    await expect(files.restoreEarlierVersion('a', '2026-11-22')).resolves.toMatchObject({ kind: 'failed', error: { code: 'vanished' } });
    await expect(files.restoreEarlierVersion('a', '2026-11-20')).resolves.toMatchObject({ kind: 'imported' });
  });
});

describe('7. settings through the durable writer', () => {
  test.each(['shortWrite', 'ENOSPC'] as const)(
    '%s on the settings file: the file keeps its old content, assessments are untouched',
    (fault) => {
      const dir = tempDir();
      const good = open(dir);
      good.saveAssessment(named('a', 'Beholdes AS'));
      good.setUiLanguage('sv');
      good.setLastFolder('/home/kari');
      const settingsBefore = readFileSync(join(dir, `${STORE_NAME}.json`), 'utf8');

      const store = open(dir, failingFor(isSettingsFile, fault));
      expect(() => store.setLastFolder('/home/kari/ny mappe')).toThrow();
      expect(() => store.addRecentFile('/home/kari/plan.somekompass')).toThrow();
      // The new value holds for this session; on disk nothing is cut short.
      expect(store.getSettings().lastFolder).toBe('/home/kari/ny mappe');
      expect(readFileSync(join(dir, `${STORE_NAME}.json`), 'utf8')).toBe(settingsBefore);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // Saving an assessment is not affected, and the next start reads both.
      store.saveAssessment(named('b', 'Ny AS'));
      const again = open(dir);
      expect(again.notice).toBeNull();
      expect(again.getSettings()).toMatchObject({ uiLanguage: 'sv', lastFolder: '/home/kari' });
      expect(again.listAssessments()).toHaveLength(2);
    },
  );

  test('the language handler does not throw when the settings cannot be written, and the menu still follows', () => {
    const dir = tempDir();
    const store = open(dir, failingFor(isSettingsFile));
    const relabelled: string[] = [];
    const handlers = createIpcHandlers({
      store,
      files: fileActions(store, dir, []),
      classes: {} as ClassActions,
      presentation: noPresentation,
      systemLanguage: () => 'nb-NO',
      appVersion: '1',
      onUiLanguageChanged: (l) => relabelled.push(l),
    });
    expect(() => handlers[INVOKE_CHANNELS.setUiLanguage]!(['sv'], caller)).not.toThrow();
    expect(relabelled).toEqual(['sv']);
    expect(store.getSettings().uiLanguage).toBe('sv');
  });

  test('a start whose settings rewrite fails still opens, with every assessment', () => {
    const dir = tempDir();
    open(dir).saveAssessment(named('a', 'Beholdes AS'));
    // A settings file that must be rewritten (a bad value falls back to its default).
    writeFileSync(
      join(dir, `${STORE_NAME}.json`),
      JSON.stringify({ schemaVersion: SETTINGS_SCHEMA_VERSION, settings: { uiLanguage: 'xx' } }),
    );
    const store = open(dir, failingFor(isSettingsFile, 'ENOSPC'));
    expect(store.listAssessments()).toHaveLength(1);
    expect(store.getSettings().uiLanguage).toBeNull();
  });
});
