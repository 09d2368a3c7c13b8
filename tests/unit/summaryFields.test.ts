/**
 * What the summary carries for the portfolio and the comparison (issue 18): each area's rounded score (none while
 * preliminary), the profile's facts, the country, the plan's progress and the round's day; and that an assessment
 * stored by an older version of the app gets them all on load (summaries are never stored, always made anew).
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countryOf, summarize, UNCOUNTED } from '../../renderer/src/domain/model/summary';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import type { Profile } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, extremeAnswer, withProfile } from './fixtures';

const PROFILE: Partial<Profile> = { industry: 'retail', size: 'small', customerType: 'b2c', markets: ['no'] };

describe('the summary of an assessment', () => {
  test('has each area rounded, the profile facts, the country and the day the round was started', () => {
    const a = { ...answeredAll(true, withProfile({ ...PROFILE, markets: ['no'] })), createdAt: '2026-03-04T10:00:00.000Z' };
    expect(summarize(a)).toMatchObject({
      areas: { strategy: 100, channels: 100, responsiveness: 100, authenticity: 100 },
      industry: 'retail',
      size: 'small',
      customerType: 'b2c',
      country: 'no',
      roundDate: '2026-03-04',
    });
  });

  test('claims no score for a preliminary area, and no plan before there is any score', () => {
    const strategyOnly = {
      ...blankAssessment(),
      answers: Object.fromEntries(QUESTIONS_BY_MODULE.strategy.map((q) => [q.id, extremeAnswer(q, false)])),
    };
    expect(summarize(strategyOnly).areas).toEqual({ strategy: 0, channels: null, responsiveness: null, authenticity: null });
    expect(summarize(blankAssessment(), undefined, generatePlan).plan).toBeNull();
    // Without the plan's code (the renderer's first screen, a start in main) no progress is claimed, and none denied:
    // it says uncounted, which the portfolio has main count, rather than null, which reads as "no plan".
    expect(summarize(answeredAll(true)).plan).toBe(UNCOUNTED);
    expect(summarize(answeredAll(true), undefined, () => null).plan).toBe(UNCOUNTED);
    expect(summarize(blankAssessment()).plan).toBeNull();
    expect(summarize(blankAssessment()).areas).toEqual({ strategy: null, channels: null, responsiveness: null, authenticity: null });
  });

  test("counts the plan's actions marked done of the active ones; a dropped action leaves both counts", () => {
    const a = answeredAll(false, withProfile(PROFILE));
    const active = generatePlan(a).active;
    expect(active.length).toBeGreaterThan(3);
    const [first, second, third] = active.map((p) => p.action.id);
    const edit = (status: 'done' | 'dropped' | 'inProgress') => ({ owner: '', due: '', status, note: '' });
    const edited = { ...a, planEdits: { [first!]: edit('done'), [second!]: edit('dropped'), [third!]: edit('inProgress') } };
    expect(summarize(a, undefined, generatePlan).plan).toEqual({ done: 0, active: active.length });
    expect(summarize(edited, undefined, generatePlan).plan).toEqual({ done: 1, active: generatePlan(edited).active.length - 1 });
  });

  test('country: the one Nordic market, else the country of the plan language', () => {
    expect(countryOf(['se'], 'nb')).toBe('se');
    expect(countryOf(['no', 'other'], 'sv')).toBe('no');
    expect(countryOf(['no', 'se'], 'sv')).toBe('se');
    expect(countryOf([], 'nb')).toBe('no');
    expect(countryOf(['other'], 'sv')).toBe('se');
  });
});

test('an assessment stored by an older version of the app loads with every new summary field, nothing hidden', () => {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-summary-'));
  try {
    // A format-5 file, as version 5 of the app stored it: no `filledInBy`, no `localCustomers`.
    const a = answeredAll(true, withProfile({ ...PROFILE, companyName: 'Gamle Bakeri' }, blankAssessment('old-one')));
    const { filledInBy: _f, localCustomers: _l, ...oldProfile } = a.profile;
    const file = JSON.parse(serializeAssessmentFile({ ...a, profile: oldProfile }, '0.0.5', new Date())) as { schemaVersion: number };
    file.schemaVersion = 5;
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    writeFileSync(join(dir, 'assessments', 'old-one.json'), JSON.stringify(file));
    const store = new AppStore(dir, openConfBackend);
    expect(store.notice).toBeNull();
    const [summary] = store.listSummaries();
    expect(summary).toMatchObject({
      id: 'old-one',
      companyName: 'Gamle Bakeri',
      areas: { strategy: 100, channels: 100, responsiveness: 100, authenticity: 100 },
      industry: 'retail',
      country: 'no',
      // A start plans nothing; counted when the portfolio asks.
      plan: UNCOUNTED,
    });
    expect(summary!.answered).toBe(summary!.total);
    expect(store.countPlanProgress(['old-one'])['old-one']).toMatchObject({ done: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
