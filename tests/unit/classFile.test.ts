/**
 * The teacher's class file: its format in the core (parse with a reason for every refusal, serialise, paths that
 * would walk a whole disk), and main opening one from disk without trusting it (a pipe, a link to a device, a huge
 * file, the home folder).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  CLASS_FILE_FORMAT,
  MAX_CLASS_FILE_BYTES,
  isDiskRoot,
  parseClassFile,
  serializeClassFile,
} from '../../renderer/src/domain/homework/classFile';
import { createClassActions } from '../../electron/main/services/classActions';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-classfile-'));
  dirs.push(d);
  return d;
};
const file = (paths: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: CLASS_FILE_FORMAT, schemaVersion: 1, savedAt: '2026-11-30T10:00:00.000Z', paths, classList: [], ...extra });

describe('the class file format (core)', () => {
  test('what is saved reads back; names in the class list are cleaned and repeats dropped', () => {
    const text = serializeClassFile(
      {
        paths: ['/home/lærer/Innleveringer', 'C:\\Users\\lærer\\3B'],
        classList: ['Kari Nordmann', 'Kari\u200e Nordmann', ' Ola\u0007 Nordmann '],
      },
      new Date('2026-11-30T10:00:00Z'),
    );
    expect(parseClassFile(text)).toEqual({
      ok: true,
      content: { paths: ['/home/lærer/Innleveringer', 'C:\\Users\\lærer\\3B'], classList: ['Kari Nordmann', 'Ola Nordmann'] },
    });
  });

  test('every refusal says why', () => {
    expect(parseClassFile('{"format": "some-kompass-assessment"}')).toEqual({ ok: false, problem: { reason: 'notClassFile' } });
    expect(parseClassFile('%PDF-1.7')).toEqual({ ok: false, problem: { reason: 'notClassFile' } });
    expect(parseClassFile(file([], { schemaVersion: 3 }))).toEqual({ ok: false, problem: { reason: 'newerVersion' } });
    expect(parseClassFile(file('/home'))).toEqual({ ok: false, problem: { reason: 'invalid' } });
    expect(parseClassFile(file(['innleveringer']))).toEqual({ ok: false, problem: { reason: 'relativePath', path: 'innleveringer' } });
    for (const root of ['/', 'C:\\', 'D:/', '\\\\?\\C:\\', '/tmp/..', '//'])
      expect(parseClassFile(file(['/home/lærer/3B', root]))).toEqual({ ok: false, problem: { reason: 'tooBroad', path: root } });
  });

  test('a disk root is a disk root however it is written, and nothing else is', () => {
    for (const root of ['/', '//', '/./', '/home/..', 'C:\\', 'c:/', 'C:\\Users\\..', '\\\\?\\D:\\']) expect(isDiskRoot(root)).toBe(true);
    for (const path of ['/home', '/tmp/klasse', 'C:\\Users', 'D:\\3B', '/home/../tmp']) expect(isDiskRoot(path)).toBe(false);
  });

  test('a class file without paths opens, with its class list', () => {
    expect(parseClassFile(file([], { classList: ['Kari Nordmann'] }))).toEqual({
      ok: true,
      content: { paths: [], classList: ['Kari Nordmann'] },
    });
  });
});

describe('opening a class file from disk (main)', () => {
  function open(path: string, homeFolder = tempDir()) {
    const dir = tempDir();
    const classes = createClassActions({
      store: new AppStore(dir, openConfBackend),
      dialogs: { chooseSavePath: () => Promise.resolve(null), chooseOpenPath: () => Promise.resolve(path) },
      defaultFolder: dir,
      uiLanguage: () => 'nb',
      now: () => new Date('2026-11-30T10:00:00Z'),
      homeFolder,
    });
    return classes.openClassFile();
  }

  test('a pipe chosen as the class file is refused at once, not waited on', async () => {
    const pipe = join(tempDir(), 'klasse.somekompass-klasse');
    execFileSync('mkfifo', [pipe]);
    const started = Date.now();
    expect(await open(pipe)).toEqual({ kind: 'failed', fileName: 'klasse.somekompass-klasse', problem: { reason: 'notRegularFile' } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('a link to /dev/urandom is refused before anything is read', async () => {
    const link = join(tempDir(), 'klasse.somekompass-klasse');
    symlinkSync('/dev/urandom', link);
    const started = Date.now();
    expect(await open(link)).toEqual({ kind: 'failed', fileName: 'klasse.somekompass-klasse', problem: { reason: 'notRegularFile' } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('a file over the limit is refused; a link to a good class file is followed', async () => {
    const dir = tempDir();
    const big = join(dir, 'stor.somekompass-klasse');
    writeFileSync(big, ' '.repeat(MAX_CLASS_FILE_BYTES + 1));
    expect(await open(big)).toEqual({ kind: 'failed', fileName: 'stor.somekompass-klasse', problem: { reason: 'tooLarge' } });
    const good = join(dir, 'god.somekompass-klasse');
    writeFileSync(good, file([join(dir, '3B')]));
    symlinkSync(good, join(dir, 'lenke.somekompass-klasse'));
    expect(await open(join(dir, 'lenke.somekompass-klasse'))).toMatchObject({ kind: 'opened', content: { paths: [join(dir, '3B')] } });
  });

  test('a class file that points at the whole disk, the home folder or above it is refused, naming the path', async () => {
    const dir = tempDir();
    const home = join(dir, 'hjem', 'lærer');
    for (const broad of ['/', home, join(dir, 'hjem')]) {
      const path = join(dir, 'klasse.somekompass-klasse');
      writeFileSync(path, file([join(home, 'Innleveringer'), broad]));
      expect(await open(path, home)).toEqual({
        kind: 'failed',
        fileName: 'klasse.somekompass-klasse',
        problem: { reason: 'tooBroad', path: broad },
      });
    }
    writeFileSync(join(dir, 'ok.somekompass-klasse'), file([join(home, 'Innleveringer')]));
    expect(await open(join(dir, 'ok.somekompass-klasse'), home)).toMatchObject({ kind: 'opened' });
  });
});
