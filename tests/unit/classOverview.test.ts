import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClassOverview, type ClassFile } from '../../renderer/src/domain/homework/classOverview';
import { nameKey } from '../../renderer/src/domain/model/names';
import { parseClassList } from '../../renderer/src/domain/homework/classFile';
import { readClassFiles } from '../../electron/main/services/classFiles';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { MODULE_IDS } from '../../renderer/src/domain/model/types';
import { studentHomework, writeClass } from '../fixtures/classroom';

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
