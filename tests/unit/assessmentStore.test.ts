import { describe, expect, test } from 'vitest';
import { AssessmentStore, derive, type Derived } from '../../renderer/src/app/assessmentStore';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { summarize } from '../../renderer/src/domain/model/summary';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, withProfile } from './fixtures';

const LATER = '2026-11-24T08:00:00.000Z';

/** A store whose derivations and saves are counted. */
function counted(summaries: Assessment[] = []) {
  const derived: Assessment[] = [];
  const planned: Assessment[] = [];
  const saved: Assessment[] = [];
  const store = new AssessmentStore(
    summaries.map((a) => summarize(a)),
    {
      scheduleSave: (a) => saved.push(a),
      makePlan: (a, result) => {
        planned.push(a);
        return generatePlan(a, result);
      },
      now: () => LATER,
      derive: (a, makePlan): Derived => {
        derived.push(a);
        return derive(a, makePlan);
      },
    },
  );
  return { store, derived, planned, saved };
}

const complete = (id = 'a1'): Assessment =>
  answeredAll(
    false,
    withProfile({ companyName: 'Bakeri Ærlig', customerType: 'b2c', channels: ['facebook'], hoursPerWeek: 4 }, blankAssessment(id)),
  );

describe('the assessment store', () => {
  test('one change: derived once, stamped, its row in the home list follows, and its save is scheduled', () => {
    const a = complete();
    const { store, derived, saved } = counted([a]);
    store.open(a);
    derived.length = 0;
    const before = store.getState();
    const next = store.update(a.id, (x) => ({ ...x, answers: { ...x.answers, goalsLinkedToBusiness: { kind: 'scale', level: 4 } } }))!;
    expect(derived).toEqual([next]);
    expect(next.updatedAt).toBe(LATER);
    expect(saved).toEqual([next]);
    const state = store.getState();
    expect(state).not.toBe(before);
    expect(state.open?.assessment).toBe(next);
    // What the screens get is what scoring and the plan give for this very version.
    expect(state.open?.derived.result).toEqual(scoreAssessment(next));
    expect(state.open?.derived.summary).toEqual(summarize(next, undefined, generatePlan));
    expect(state.summaries).toEqual([summarize(next, undefined, generatePlan)]);
    expect(state.open?.derived.result.overall).not.toBe(before.open?.derived.result.overall);
  });

  test("the plan is made once per version: the summary's progress and the screens share it", () => {
    const a = complete();
    const { store, planned } = counted();
    store.open(a);
    const d = store.getState().open!.derived;
    expect(planned).toEqual([a]);
    const plan = d.plan;
    expect(d.plan).toBe(plan);
    expect(planned).toEqual([a]);
    expect(plan).toEqual(generatePlan(a, scoreAssessment(a)));
    store.update(a.id, (x) => ({ ...x, profile: { ...x.profile, hoursPerWeek: 20 } }));
    expect(store.getState().open!.derived.plan).not.toBe(plan);
  });

  test('quick changes each start from the newest version; a change to another id changes nothing', () => {
    const a = blankAssessment();
    const { store, saved } = counted([a]);
    store.open(a);
    store.update(a.id, (x) => ({ ...x, notes: { ...x.notes, q1: 'første' } }));
    store.update(a.id, (x) => ({ ...x, notes: { ...x.notes, q2: 'andre' } }));
    expect(store.current()?.notes).toEqual({ q1: 'første', q2: 'andre' });
    const state = store.getState();
    expect(store.update('another', (x) => ({ ...x, notes: {} }))).toBeNull();
    expect(store.getState()).toBe(state);
    expect(saved).toHaveLength(2);
  });

  test('the snapshot stays the same object until something changes, and listeners hear each change until they leave', () => {
    const { store } = counted();
    const heard: number[] = [];
    const off = store.subscribe(() => heard.push(store.getState().summaries.length));
    expect(store.getState()).toBe(store.getState());
    store.list(blankAssessment('x'));
    store.list(blankAssessment('y'));
    off();
    store.list(blankAssessment('z'));
    expect(heard).toEqual([1, 2]);
    expect(store.getState().summaries.map((s) => s.id)).toEqual(['x', 'y', 'z']);
  });

  test('a delete closes the assessment and keeps it for undo until forgotten', () => {
    const a = complete('a');
    const b = complete('b');
    const { store } = counted([a, b]);
    store.open(a);
    store.deleted(a);
    expect(store.getState().open).toBeNull();
    expect(store.getState().deleted).toBe(a);
    expect(store.getState().summaries.map((s) => s.id)).toEqual(['b']);
    store.list(a);
    store.forgetDeleted();
    expect(store.getState().deleted).toBeNull();
    expect(
      store
        .getState()
        .summaries.map((s) => s.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  test('opening derives once and puts the row in the list; opening the same version again derives nothing', () => {
    const a = complete();
    const { store, derived } = counted();
    store.open(a);
    store.open(a);
    expect(derived).toEqual([a]);
    expect(store.getState().summaries).toEqual([summarize(a, undefined, generatePlan)]);
    store.open(null);
    expect(store.current()).toBeNull();
  });
});
