/**
 * The class overview's hand-ins (issue 16, points 6 and 7): a file named by its path from the chosen folder, the day
 * each hand-in was made, late after a due date, and where the due date is kept (the class file, else the settings),
 * with old class files and settings still read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildClassOverview, handedInLate, shownFilePath, type ClassFile } from '../../renderer/src/domain/homework/classOverview';
import {
  CLASS_FILE_FORMAT,
  MAX_REMEMBERED_DUE_DATES,
  parseClassFile,
  rememberDueDate,
  rememberedDueDate,
  serializeClassFile,
} from '../../renderer/src/domain/homework/classFile';
import { localIsoDay } from '../../renderer/src/domain/model/dates';
import { createClassActions } from '../../electron/main/services/classActions';
import { AppStore, validSettings } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { studentHomework } from '../fixtures/classroom';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-hand-ins-'));
  dirs.push(d);
  return d;
};

describe('a hand-in file named so it can be found', () => {
  test('under a chosen folder, from that folder down; a file chosen on its own, by its name', () => {
    const chosen = ['/home/lærer/Innleveringer', 'C:\\Kurs\\3B\\'];
    expect(shownFilePath('/home/lærer/Innleveringer/gruppe-b/uke-48/innlevering (1).somekompass', chosen)).toBe(
      'Innleveringer/gruppe-b/uke-48/innlevering (1).somekompass',
    );
    expect(shownFilePath('C:\\Kurs\\3B\\uke 48\\innlevering (1).somekompass', chosen)).toBe('3B\\uke 48\\innlevering (1).somekompass');
    expect(shownFilePath('/home/lærer/Nedlastinger/kari.somekompass', ['/home/lærer/Nedlastinger/kari.somekompass'])).toBe(
      'kari.somekompass',
    );
    // A folder whose name only starts the same is not the chosen one.
    expect(shownFilePath('/home/lærer/Innleveringer-gamle/x.somekompass', chosen)).toBe('x.somekompass');
  });
});

describe('late after the due date', () => {
  test('the due day itself is on time, the day after is late; without a due date or a hand-in day nothing is', () => {
    expect(handedInLate('2026-11-30', '2026-11-30')).toBe(false);
    expect(handedInLate('2026-12-01', '2026-11-30')).toBe(true);
    expect(handedInLate('2026-11-29', '2026-11-30')).toBe(false);
    expect(handedInLate('2026-12-01', null)).toBe(false);
    expect(handedInLate(null, '2026-11-30')).toBe(false);
  });

  test("the overview gives each hand-in its day in the teacher's time zone and marks the late ones", () => {
    const file = (i: number, at: string): ClassFile => ({
      path: `/k/${i}.somekompass`,
      fileName: `${i}.somekompass`,
      ok: true,
      assessment: studentHomework(i, 'nb', at),
    });
    const notHandedIn = studentHomework(3);
    const files: ClassFile[] = [
      file(0, '2026-11-30T10:00:00.000Z'),
      file(1, '2026-12-02T10:00:00.000Z'),
      {
        path: '/k/3.somekompass',
        fileName: '3.somekompass',
        ok: true,
        assessment: { ...notHandedIn, homework: { ...notHandedIn.homework!, handedInAt: null } },
      },
    ];
    const rows = buildClassOverview({ files }, [], '2026-11-30').students;
    const byFile = (name: string) => rows.find((s) => s.fileName === name)!;
    expect(byFile('0.somekompass')).toMatchObject({ handedInDay: localIsoDay(new Date('2026-11-30T10:00:00.000Z')), late: false });
    expect(byFile('1.somekompass')).toMatchObject({ handedInDay: localIsoDay(new Date('2026-12-02T10:00:00.000Z')), late: true });
    expect(byFile('3.somekompass')).toMatchObject({ handedInDay: null, late: false });
    expect(buildClassOverview({ files }).students.some((s) => s.late)).toBe(false);
  });
});

describe('where the due date is kept', () => {
  const savedAt = new Date('2026-11-30T10:00:00Z');

  test('a class file keeps it (version 2); without one it is written as version 1, as older apps read it', () => {
    const without = serializeClassFile({ paths: ['/k'], classList: ['Kari'] }, savedAt);
    expect(JSON.parse(without)).toMatchObject({ schemaVersion: 1 });
    expect(JSON.parse(without)).not.toHaveProperty('dueDate');
    expect(parseClassFile(without)).toEqual({ ok: true, content: { paths: ['/k'], classList: ['Kari'] } });
    const withDue = serializeClassFile({ paths: ['/k'], classList: [], dueDate: '2026-12-01' }, savedAt);
    expect(JSON.parse(withDue)).toMatchObject({ schemaVersion: 2, dueDate: '2026-12-01' });
    expect(parseClassFile(withDue)).toEqual({ ok: true, content: { paths: ['/k'], classList: [], dueDate: '2026-12-01' } });
  });

  test('a due date that is not a calendar date makes the class file invalid, not a wrong date', () => {
    const bad = JSON.stringify({
      format: CLASS_FILE_FORMAT,
      schemaVersion: 2,
      savedAt: '',
      paths: ['/k'],
      classList: [],
      dueDate: '2026-02-30',
    });
    expect(parseClassFile(bad)).toEqual({ ok: false, problem: { reason: 'invalid' } });
  });

  test('remembered per class (the same paths in any order), newest first, forgotten when cleared, at most a few', () => {
    let list = rememberDueDate([], ['/a', '/b'], '2026-12-01');
    list = rememberDueDate(list, ['/c'], '2026-12-05');
    expect(rememberedDueDate(list, ['/b', '/a'])).toBe('2026-12-01');
    expect(rememberedDueDate(list, ['/a'])).toBeNull();
    list = rememberDueDate(list, ['/b', '/a'], '2026-12-03');
    expect(list.map((r) => r.dueDate)).toEqual(['2026-12-03', '2026-12-05']);
    expect(rememberedDueDate(rememberDueDate(list, ['/c'], null), ['/c'])).toBeNull();
    for (let i = 0; i < 30; i++) list = rememberDueDate(list, [`/klasse-${i}`], '2026-12-01');
    expect(list).toHaveLength(MAX_REMEMBERED_DUE_DATES);
  });

  test('main keeps it in the settings file and reads it back after a restart; old settings load without it', () => {
    const dir = tempDir();
    const actions = (store: AppStore) =>
      createClassActions({
        store,
        dialogs: { chooseSavePath: () => Promise.resolve(null), chooseOpenPath: () => Promise.resolve(null) },
        defaultFolder: dir,
        uiLanguage: () => 'nb',
        now: () => savedAt,
      });
    const first = actions(new AppStore(dir, openConfBackend));
    expect(first.classDueDate(['/k/3B'])).toBeNull();
    expect(first.setClassDueDate(['/k/3B'], '2026-12-01')).toBe(true);
    const settingsFile = join(dir, 'some-kompass.json');
    expect(readFileSync(settingsFile, 'utf8')).toContain('2026-12-01');
    expect(actions(new AppStore(dir, openConfBackend)).classDueDate(['/k/3B'])).toBe('2026-12-01');

    // A bad value (hand-edited) falls back to none and leaves the other settings.
    const raw = JSON.parse(readFileSync(settingsFile, 'utf8')) as { settings: Record<string, unknown> };
    raw.settings['classDueDates'] = [{ paths: ['/k/3B'], dueDate: 'i morgen' }];
    raw.settings['lastFolder'] = '/home/lærer';
    writeFileSync(settingsFile, JSON.stringify(raw));
    const reread = new AppStore(dir, openConfBackend);
    expect(reread.getSettings().lastFolder).toBe('/home/lærer');
    expect(actions(reread).classDueDate(['/k/3B'])).toBeNull();
    expect(validSettings({ uiLanguage: 'sv' })).toEqual({ uiLanguage: 'sv', window: null, lastFolder: null, recentFiles: [] });
    expect(validSettings({ uiLanguage: 'sv' })).not.toHaveProperty('classDueDates');
  });
});
