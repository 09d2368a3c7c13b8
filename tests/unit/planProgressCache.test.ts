/**
 * The plan progress kept between starts (plan-progress.json), on real files: a start never plans an assessment (with
 * thousands stored that took seconds); a summary carries the count kept for the same version of the assessment and of
 * the app, or says it is uncounted, and main counts those when the portfolio asks (`countPlanProgress`), keeping them
 * for the next start. A changed assessment, a new app version, a damaged or missing file: uncounted again, never a
 * stale or guessed count, and no assessment is hidden or lost over it.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { PLAN_PROGRESS_FILE } from '../../electron/main/services/planProgressCache';
import { UNCOUNTED } from '../../renderer/src/domain/model/summary';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { blankAssessment } from './fixtures';

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
const planAtStart = (store: AppStore, id: string) => store.listSummaries().find((s) => s.id === id)!.plan;

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

  test('a start with nothing kept plans nothing: scored assessments say uncounted, and the first count is kept', () =>
    withTemp((dir) => {
      const first = open(dir);
      first.saveAssessment(bakery);
      first.saveAssessment(cafe);
      rmSync(join(dir, PLAN_PROGRESS_FILE), { force: true });
      const cold = open(dir);
      expect(planAtStart(cold, bakery.id)).toBe(UNCOUNTED);
      expect(planAtStart(cold, cafe.id)).toBe(UNCOUNTED);
      expect(existsSync(join(dir, PLAN_PROGRESS_FILE))).toBe(false);
      // The portfolio asks: counted now, in the summaries from then on, and in the file for the next start.
      expect(cold.countPlanProgress([bakery.id])).toEqual({ [bakery.id]: { done: 0, active } });
      expect(planAtStart(cold, bakery.id)).toEqual({ done: 0, active });
      expect(planAtStart(cold, cafe.id)).toBe(UNCOUNTED);
      expect(cacheOf(dir).entries[bakery.id]).toEqual({ updatedAt: bakery.updatedAt, done: 0, active });
      tamper(dir, bakery.id, 3);
      expect(planAtStart(open(dir), bakery.id)).toEqual({ done: 3, active });
    }));

  test('what a save counted is kept with the next count, so the next start has it', () =>
    withTemp((dir) => {
      const store = open(dir);
      store.saveAssessment(bakery);
      store.saveAssessment(cafe);
      expect(planAtStart(store, bakery.id)).toEqual({ done: 0, active });
      store.countPlanProgress([]);
      expect(Object.keys(cacheOf(dir).entries).sort()).toEqual([bakery.id, cafe.id].sort());
      expect(planAtStart(open(dir), cafe.id)).toEqual({ done: 0, active: generatePlan(cafe).active.length });
    }));

  test('no plan before a score is null at once; an id not stored is left out of the answer', () =>
    withTemp((dir) => {
      const blank = blankAssessment('blank-one');
      open(dir).saveAssessment(blank);
      const store = open(dir);
      expect(planAtStart(store, blank.id)).toBeNull();
      expect(store.countPlanProgress([blank.id, 'not-stored'])).toEqual({ [blank.id]: null });
    }));

  test('a changed assessment, a new app version and a damaged file are uncounted again, then counted; nothing is hidden', () =>
    withTemp((dir) => {
      const first = open(dir);
      first.saveAssessment(bakery);
      first.saveAssessment(cafe);
      first.countPlanProgress([]);
      tamper(dir, bakery.id, 3);
      // Another app version may plan differently.
      const upgraded = open(dir, '1.1.0');
      expect(planAtStart(upgraded, bakery.id)).toBe(UNCOUNTED);
      expect(upgraded.countPlanProgress([bakery.id, cafe.id])[bakery.id]).toEqual({ done: 0, active });
      expect(cacheOf(dir).appVersion).toBe('1.1.0');
      // The assessment changed since it was counted (here by another copy of the app, behind this one's back).
      const action = generatePlan(bakery).active[0]!.action.id;
      open(dir, '1.1.0').saveAssessment({
        ...bakery,
        updatedAt: '2027-01-01T10:00:00.000Z',
        planEdits: { [action]: { owner: '', due: '', status: 'done', note: '' } },
      });
      tamper(dir, cafe.id, 5);
      const reopened = open(dir, '1.1.0');
      expect(planAtStart(reopened, bakery.id)).toBe(UNCOUNTED);
      expect(reopened.countPlanProgress([bakery.id])).toEqual({ [bakery.id]: { done: 1, active } });
      expect(planAtStart(reopened, cafe.id)).toEqual({ done: 5, active: generatePlan(cafe).active.length });
      // A damaged file: every assessment loads, uncounted, and no notice for a cache.
      writeFileSync(join(dir, PLAN_PROGRESS_FILE), '{ not json');
      const afterDamage = open(dir, '1.1.0');
      expect(afterDamage.notice).toBeNull();
      expect(
        afterDamage
          .listSummaries()
          .map((s) => [s.id, s.plan])
          .sort(),
      ).toEqual(
        [
          [bakery.id, UNCOUNTED],
          [cafe.id, UNCOUNTED],
        ].sort(),
      );
      const counted = afterDamage.countPlanProgress([bakery.id, cafe.id]);
      expect([counted[bakery.id]?.done, counted[cafe.id]?.done]).toEqual([1, 0]);
    }));

  test('counted in the background, a slice at a time: everything a start left uncounted, kept for the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-progress-'));
    try {
      const first = open(dir);
      for (const [i, c] of COMPANIES.slice(0, 6).entries()) first.saveAssessment({ ...companyAssessment(c), id: `company-${i}` });
      rmSync(join(dir, PLAN_PROGRESS_FILE), { force: true });
      const cold = open(dir);
      expect(cold.listSummaries().every((s) => s.plan === UNCOUNTED)).toBe(true);
      // Stopped at once: the first slice counts nothing more.
      const stopped = cold.countPlanProgressInBackground();
      stopped.stop();
      await stopped.done;
      expect(cold.listSummaries().every((s) => s.plan === UNCOUNTED)).toBe(true);
      // Slices of one plan each: after the first, the event loop runs other work (here a timer) before the next.
      const running = cold.repository.countPlanProgressInBackground(0);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const countedSoFar = cold.listSummaries().filter((s) => s.plan !== UNCOUNTED).length;
      expect(countedSoFar).toBeGreaterThanOrEqual(1);
      expect(countedSoFar).toBeLessThan(6);
      await running.done;
      // Every summary counted as the plan counts it, and the file has them for the next start.
      for (const s of cold.listSummaries())
        expect(s.plan).toEqual({ done: 0, active: generatePlan(cold.getAssessment(s.id)!).active.length });
      expect(Object.keys(cacheOf(dir).entries)).toHaveLength(6);
      expect(
        open(dir)
          .listSummaries()
          .some((s) => s.plan === UNCOUNTED),
      ).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a deleted assessment drops out of the kept file at the next start', () =>
    withTemp((dir) => {
      const store = open(dir);
      store.saveAssessment(bakery);
      store.saveAssessment(cafe);
      store.countPlanProgress([]);
      expect(Object.keys(cacheOf(dir).entries).sort()).toEqual([bakery.id, cafe.id].sort());
      open(dir).deleteAssessment(cafe.id);
      open(dir);
      expect(Object.keys(cacheOf(dir).entries)).toEqual([bakery.id]);
    }));
});
