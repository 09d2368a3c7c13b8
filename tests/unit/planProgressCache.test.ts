/**
 * The plan progress kept between starts (plan-progress.json), on real files: a start uses what the last one counted
 * for the same version of an assessment and of the app, counts again for anything else (a changed assessment, a new
 * app version, a damaged or missing file), and never hides or loses an assessment over it.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { PLAN_PROGRESS_FILE } from '../../electron/main/services/planProgressCache';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { COMPANIES, companyAssessment } from '../fixtures/companies';

const open = (dir: string, appVersion = '1.0.0') => new AppStore(dir, openConfBackend, { appVersion });
const cacheOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, PLAN_PROGRESS_FILE), 'utf8')) as {
    appVersion: string;
    entries: Record<string, { updatedAt: string; done: number; active: number }>;
  };
/** Puts a count in the kept file that no plan would give, to see whether a start reads it or counts again. */
function tamper(dir: string, id: string, done: number): void {
  const cache = cacheOf(dir);
  cache.entries[id]!.done = done;
  writeFileSync(join(dir, PLAN_PROGRESS_FILE), JSON.stringify(cache));
}

describe('the plan progress kept between starts', () => {
  const withTemp = (run: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-progress-'));
    try {
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const bakery = companyAssessment(COMPANIES[0]!);
  const cafe = companyAssessment(COMPANIES[1]!);
  const active = generatePlan(bakery).active.length;

  test('a start counts and keeps it; the next start uses it for the same version of the assessment and the app', () =>
    withTemp((dir) => {
      const first = open(dir);
      first.saveAssessment(bakery);
      first.saveAssessment(cafe);
      expect(
        open(dir)
          .listSummaries()
          .find((s) => s.id === bakery.id)!.plan,
      ).toEqual({ done: 0, active });
      expect(cacheOf(dir).entries[bakery.id]).toEqual({ updatedAt: bakery.updatedAt, done: 0, active });
      tamper(dir, bakery.id, 3);
      expect(
        open(dir)
          .listSummaries()
          .find((s) => s.id === bakery.id)!.plan,
      ).toEqual({ done: 3, active });
    }));

  test('a changed assessment, a new app version and a damaged file are counted again; nothing is hidden', () =>
    withTemp((dir) => {
      const first = open(dir);
      first.saveAssessment(bakery);
      first.saveAssessment(cafe);
      open(dir);
      tamper(dir, bakery.id, 3);
      // Another app version may plan differently.
      expect(
        open(dir, '1.1.0')
          .listSummaries()
          .find((s) => s.id === bakery.id)!.plan,
      ).toEqual({ done: 0, active });
      expect(cacheOf(dir).appVersion).toBe('1.1.0');
      // The assessment changed since it was counted.
      const store = open(dir, '1.1.0');
      const action = generatePlan(bakery).active[0]!.action.id;
      store.saveAssessment({
        ...bakery,
        updatedAt: '2027-01-01T10:00:00.000Z',
        planEdits: { [action]: { owner: '', due: '', status: 'done', note: '' } },
      });
      tamper(dir, cafe.id, 5);
      const reopened = open(dir, '1.1.0');
      expect(reopened.listSummaries().find((s) => s.id === bakery.id)!.plan).toEqual({ done: 1, active });
      expect(reopened.listSummaries().find((s) => s.id === cafe.id)!.plan!.done).toBe(5);
      // A damaged file: every assessment loads, counted again, and no notice for a cache.
      writeFileSync(join(dir, PLAN_PROGRESS_FILE), '{ not json');
      const afterDamage = open(dir, '1.1.0');
      expect(afterDamage.notice).toBeNull();
      expect(
        afterDamage
          .listSummaries()
          .map((s) => [s.id, s.plan?.done])
          .sort(),
      ).toEqual([
        [bakery.id, 1],
        [cafe.id, 0],
      ]);
    }));

  test('a deleted assessment drops out of the kept file at the next start', () =>
    withTemp((dir) => {
      const store = open(dir);
      store.saveAssessment(bakery);
      store.saveAssessment(cafe);
      open(dir);
      expect(Object.keys(cacheOf(dir).entries).sort()).toEqual([bakery.id, cafe.id].sort());
      open(dir).deleteAssessment(cafe.id);
      open(dir);
      expect(Object.keys(cacheOf(dir).entries)).toEqual([bakery.id]);
    }));
});
