import { describe, expect, test } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClassOverview, type ClassFile } from '../../renderer/src/domain/homework/classOverview';
import { nameKey } from '../../renderer/src/domain/model/names';
import { MAX_CLASS_FILES, parseClassList } from '../../renderer/src/domain/homework/classFile';
import { readClassFiles } from '../../electron/main/services/classFiles';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { MODULE_IDS } from '../../renderer/src/domain/model/types';
import { studentHomework, writeClass } from '../fixtures/classroom';
import { unlock, withoutRoot, writeCorners } from '../fixtures/classCorners';

const ok = (i: number, handedIn?: string): ClassFile => {
  const a = studentHomework(i, 'nb', handedIn);
  return { path: `/klasse/${i}.somekompass`, fileName: `${i}.somekompass`, ok: true, assessment: a };
};

describe('class statistics', () => {
  test("means, medians, spread and bands per area, and overall, from the students' own scores", () => {
    const files = [0, 1, 2, 3, 4].map((i) => ok(i));
    const o = buildClassOverview({ files });
    const scores = files.map((f) => (f.ok ? scoreAssessment(f.assessment) : null)!);
    for (const m of MODULE_IDS) {
      const xs = scores.map((r) => r.modules.find((x) => x.module === m)!.score!).sort((a, b) => a - b);
      const stats = o.modules.find((x) => x.module === m)!;
      expect(stats.count).toBe(5);
      expect(stats.mean).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / 5, 6);
      expect(stats.median).toBe(xs[2]);
      expect([stats.min, stats.max]).toEqual([xs[0], xs[4]]);
      expect(Object.values(stats.bands).reduce((a, b) => a + b, 0)).toBe(5);
    }
    expect(o.overall.count).toBe(5);
  });

  test('common gaps are the lowest class means; common actions the ones most plans hold', () => {
    const files = [0, 1, 2, 3, 4, 5].map((i) => ok(i));
    const o = buildClassOverview({ files });
    expect(o.commonGaps).toHaveLength(5);
    expect(o.commonGaps.map((g) => g.mean)).toEqual([...o.commonGaps.map((g) => g.mean)].sort((a, b) => a - b));
    const counts = new Map<string, number>();
    for (const f of files)
      if (f.ok) for (const p of generatePlan(f.assessment).active) counts.set(p.action.id, (counts.get(p.action.id) ?? 0) + 1);
    const top = Math.max(...counts.values());
    expect(o.commonActions[0]!.students).toBe(top);
    expect(counts.get(o.commonActions[0]!.actionId)).toBe(top);
  });

  test('the same student twice: the newest counts, both are listed; the class list finds the missing', () => {
    const older = ok(0, '2026-11-28T20:00:00.000Z');
    const newer = { ...ok(0, '2026-11-29T09:00:00.000Z'), fileName: '0-igjen.somekompass' };
    const o = buildClassOverview({ files: [older, newer, ok(1)] }, ['Kari Nordmann', 'nordmann, ola', 'Ukjent Elevesen']);
    expect(o.students.map((s) => s.name)).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(o.duplicates).toEqual([{ name: 'Kari Nordmann', counted: '0-igjen.somekompass', older: ['0.somekompass'] }]);
    expect(o.missing).toEqual(['Ukjent Elevesen']);
    expect(o.students.every((s) => !s.notOnList)).toBe(true);
    expect(buildClassOverview({ files: [ok(2)] }, ['Kari Nordmann']).students[0]!.notOnList).toBe(true);
  });

  test('names and lists are compared as a teacher writes them', () => {
    expect(nameKey('Nordmann,  Kari')).toBe(nameKey('kari nordmann'));
    expect(parseClassList('Kari Nordmann\n\n  Ola   Nordmann \nkari nordmann\r\n')).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    // Pasted from a web page or a chat, with marks nobody sees: the names as they read, each once.
    expect(parseClassList('\ufeffKari\u200e Nordmann\nKari Nordmann\u202c\nOla\u00a0Nordmann\u0007')).toEqual([
      'Kari Nordmann',
      'Ola Nordmann',
    ]);
  });
});

describe('reading a class from disk', () => {
  test('a folder with subfolders: good files load, bad ones say why, others are skipped and counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-class-'));
    try {
      const cls = writeClass(dir, 12);
      const seen: number[] = [];
      const result = await readClassFiles([dir], (done) => seen.push(done), new AbortController().signal);
      expect(result.cancelled).toBe(false);
      expect(result.skipped).toBe(cls.skipped);
      expect(result.files).toHaveLength(12 + 2 + 3);
      expect(seen.at(-1)).toBe(17);
      const bad = result.files.filter((f) => !f.ok).map((f) => [f.fileName, !f.ok && f.error.code]);
      expect(bad.sort()).toEqual([
        ['avbrutt.somekompass', 'notJson'],
        ['nyere.somekompass', 'newerVersion'],
        ['oppgave.somekompass', 'binary'],
      ]);
      const o = buildClassOverview(result, cls.classList);
      expect(o.students).toHaveLength(12);
      expect(o.missing).toEqual(cls.missing);
      expect(o.duplicates.map((d) => d.name).sort()).toEqual([...cls.duplicates].sort());
      expect(o.bad).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('cancelling stops the reading; what was read so far comes back, marked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-class-'));
    try {
      writeClass(dir, 40);
      const controller = new AbortController();
      const result = await readClassFiles([dir], (done) => done >= 5 && controller.abort(), controller.signal);
      expect(result.cancelled).toBe(true);
      expect(result.files.length).toBeGreaterThanOrEqual(5);
      expect(result.files.length).toBeLessThan(45);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nothing under the chosen folders is dropped without a word', () => {
  test('links, a folder nine down, a locked folder and a pipe are listed as not read, with why; the rest is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-class-'));
    // Readable for the unprivileged user the locked folder is read as.
    chmodSync(dir, 0o755);
    const folder = join(dir, 'klasse');
    try {
      const cls = writeClass(folder, 4);
      const corners = writeCorners(folder, 10);
      const result = await withoutRoot(() => readClassFiles([folder], () => undefined, new AbortController().signal));
      expect(result.notRead.map((n) => ({ path: n.path, reason: n.reason })).sort((a, b) => a.path.localeCompare(b.path))).toEqual(
        [...corners.notRead].sort((a, b) => a.path.localeCompare(b.path)),
      );
      // Read: the class, its bad files, and the hand-in exactly eight folders down; nothing behind a link or the lock.
      expect(result.files.map((f) => f.path)).toContain(corners.deepest);
      expect(result.files).toHaveLength(4 + 2 + 3 + 1);
      expect(result.skipped).toBe(cls.skipped);
      const o = buildClassOverview(result, cls.classList);
      expect(o.notRead).toHaveLength(corners.notRead.length);
      expect(o.students).toHaveLength(5);
    } finally {
      unlock(folder);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a whole disk, the home folder and a folder above it are refused without walking them', async () => {
    const home = mkdtempSync(join(tmpdir(), 'some-kompass-home-'));
    try {
      const started = Date.now();
      const result = await readClassFiles(['/', join(home, '..'), home, 'relativ/mappe'], () => undefined, new AbortController().signal, {
        homeFolder: home,
      });
      expect(result.notRead).toEqual([
        { path: '/', reason: 'tooBroad' },
        { path: join(home, '..'), reason: 'tooBroad' },
        { path: home, reason: 'tooBroad' },
        { path: 'relativ/mappe', reason: 'relativePath' },
      ]);
      expect(result.files).toEqual([]);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  test('past the most files a class can have, the rest of the folder is listed as not read, not dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-class-'));
    try {
      for (let i = 0; i <= MAX_CLASS_FILES; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.somekompass`), '{}');
      const result = await readClassFiles([dir], () => undefined, new AbortController().signal);
      expect(result.files).toHaveLength(MAX_CLASS_FILES);
      expect(result.notRead).toEqual([{ path: dir, reason: 'tooMany' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a folder under the home folder is read as usual', async () => {
    const home = mkdtempSync(join(tmpdir(), 'some-kompass-home-'));
    try {
      writeClass(join(home, 'Innleveringer'), 3);
      const result = await readClassFiles([join(home, 'Innleveringer')], () => undefined, new AbortController().signal, {
        homeFolder: home,
      });
      expect(result.notRead).toEqual([]);
      expect(result.files).toHaveLength(3 + 2 + 3);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('names with hidden characters', () => {
  test('a look-alike with a hidden mark is the same student: a duplicate, and found on the class list', () => {
    const hidden = ['\u200e', '\u202e', '\u0007', '\u200b', '\ufeff', '\u2066'];
    const files = hidden.map((mark, i): ClassFile => {
      const a = studentHomework(0, 'nb', `2026-11-2${i}T10:00:00.000Z`);
      return {
        path: `/klasse/${i}.somekompass`,
        fileName: `${i}.somekompass`,
        ok: true,
        assessment: { ...a, homework: { ...a.homework!, student: `Kari${mark} Nordmann` } },
      };
    });
    const plain = { ...ok(0, '2026-11-30T10:00:00.000Z'), fileName: 'kari.somekompass' };
    const o = buildClassOverview({ files: [...files, plain] }, ['Kari\u00a0Nord\u200fmann', 'Ola Nordmann']);
    expect(o.students.map((s) => s.name)).toEqual(['Kari Nordmann']);
    expect(o.duplicates).toEqual([{ name: 'Kari Nordmann', counted: 'kari.somekompass', older: files.map((f) => f.fileName).reverse() }]);
    expect(o.missing).toEqual(['Ola Nordmann']);
    expect(o.students[0]!.notOnList).toBe(false);
  });
});
