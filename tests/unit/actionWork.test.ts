import { describe, expect, test } from 'vitest';
import { ACTIONS, ACTIONS_BY_ID } from '../../renderer/src/domain/bank';
import { workProblems } from '../../renderer/src/domain/bank/bankValidation';
import type { ActionDef, ActionWork } from '../../renderer/src/domain/model/types';

/** A real action of the bank with other work figures: what a careless edit of the bank would give. */
function withWork(id: string, work: ActionWork): ActionDef {
  const action = ACTIONS_BY_ID.get(id);
  if (!action) throw new Error(`no action ${id}`);
  return { ...action, work };
}

describe('the work each action takes', () => {
  test('every action of the bank has sane one-off hours and weekly minutes', () => {
    const problems = ACTIONS.flatMap((a) => workProblems(a).map((p) => `${a.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('a quick win stays an afternoon and a daily routine stays under an hour a week', () => {
    // What the plan's hours line promises a bakery with two hours a week: the auto-reply and the account check are
    // small, and answering every question is a routine, not a second job.
    const work = (id: string): ActionWork => ACTIONS_BY_ID.get(id)!.work;
    expect(work('publishHoursAndAutoReply').oneOffHours[1]).toBeLessThanOrEqual(1);
    expect(work('secureAccounts').oneOffHours[1]).toBeLessThanOrEqual(2);
    expect(work('secureAccounts').weeklyMinutes).toBe(0);
    expect(work('answerEveryQuestion').weeklyMinutes).toBeLessThanOrEqual(60);
  });

  test.each([
    ['hours that run backwards', withWork('secureAccounts', { oneOffHours: [2, 1], weeklyMinutes: 0 }), 'backwards'],
    ['less than a quarter of an hour', withWork('secureAccounts', { oneOffHours: [0, 1], weeklyMinutes: 0 }), 'below 0.25'],
    ['hours off the quarter hour', withWork('secureAccounts', { oneOffHours: [1, 1.3], weeklyMinutes: 0 }), 'quarter hours'],
    ['more than a working week', withWork('makeWebsiteTheHomeBase', { oneOffHours: [8, 200], weeklyMinutes: 15 }), 'above 40'],
    ['a routine over three hours a week', withWork('answerEveryQuestion', { oneOffHours: [1, 2], weeklyMinutes: 300 }), 'from 0 to 180'],
    ['negative minutes', withWork('answerEveryQuestion', { oneOffHours: [1, 2], weeklyMinutes: -10 }), 'from 0 to 180'],
    ['minutes in fractions', withWork('answerEveryQuestion', { oneOffHours: [1, 2], weeklyMinutes: 12.5 }), 'whole number'],
    [
      'bad one-person figures',
      withWork('secureAccounts', { oneOffHours: [1, 2], weeklyMinutes: 0, onePerson: { oneOffHours: [2, 0.5], weeklyMinutes: 0 } }),
      'one person: one-off hours run backwards',
    ],
    [
      'one-person figures that repeat the others',
      withWork('secureAccounts', { oneOffHours: [1, 2], weeklyMinutes: 0, onePerson: { oneOffHours: [1, 2], weeklyMinutes: 0 } }),
      'equal the others',
    ],
    [
      'one-person figures on a team-only action',
      withWork('setUpResponseRota', { oneOffHours: [1, 2], weeklyMinutes: 20, onePerson: { oneOffHours: [0.5, 1], weeklyMinutes: 10 } }),
      'never gets',
    ],
  ])('the check refuses %s', (_what, action, problem) => {
    const problems = workProblems(action);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });
});
