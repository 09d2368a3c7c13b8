/**
 * Outcomes before process (plan/outcomes.ts): a company whose replies are already fast and complete is not led by the
 * routines that exist to make them so (an owner, a reply-time target, monthly measuring).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { OUTCOMES, processWithOutcomeMet } from '../../renderer/src/domain/plan/outcomes';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, extremeAnswer, withProfile } from './fixtures';
import { profileArbitrary } from './profileArbitrary';
import { fitsThrough, workOf } from '../../renderer/src/domain/plan/hours';

const PROCESS = OUTCOMES.responsiveness!.process;

/** Everything weak but the two outcomes: replies within the hour, 95 % answered. */
function fastButNoProcess(): Assessment {
  const base = withProfile({ hoursPerWeek: 5, channels: ['facebook', 'instagram'], size: 'small' }, answeredAll(false));
  return {
    ...base,
    answers: {
      ...base.answers,
      replyTimeInOpeningHours: { kind: 'number', value: 1 },
      answeredQuestionsPercent: { kind: 'number', value: 95 },
    },
  };
}

describe('outcomes before process', () => {
  test('replies within the hour and 95 % answered: no owner, target or measuring card in the first 30 days, and they rank last', () => {
    const a = fastButNoProcess();
    expect([...processWithOutcomeMet(scoreAssessment(a))].sort()).toEqual([...PROCESS].sort());
    const plan = generatePlan(a);
    const first = plan.active.filter((p) => p.horizon === 'first30').map((p) => p.action.id);
    for (const id of PROCESS) expect(first).not.toContain(id);
    // The same company with slow replies gets them as before: the outcome, not the process, decides.
    const slow = generatePlan({ ...a, answers: { ...a.answers, replyTimeInOpeningHours: { kind: 'number', value: 30 } } });
    expect(
      processWithOutcomeMet(scoreAssessment({ ...a, answers: { ...a.answers, replyTimeInOpeningHours: { kind: 'number', value: 30 } } }))
        .size,
    ).toBe(0);
    expect([...slow.active, ...slow.later].some((p) => PROCESS.includes(p.action.id) && p.priority > 0)).toBe(true);
  });

  test('over 500 generated companies with good outcomes: no process card leads the first month', () => {
    const arb = fc.record({
      profile: profileArbitrary(),
      best: fc.array(fc.boolean(), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length }),
    });
    fc.assert(
      fc.property(arb, ({ profile, best }) => {
        const answers = Object.fromEntries(QUESTIONS.map((q, i) => [q.id, extremeAnswer(q, best[i] ?? false)]));
        const a: Assessment = {
          ...blankAssessment(),
          profile,
          answers: {
            ...answers,
            replyTimeInOpeningHours: { kind: 'number', value: 2 },
            answeredQuestionsPercent: { kind: 'number', value: 92 },
          },
        };
        const plan = generatePlan(a);
        const first = plan.active.filter((p) => p.horizon === 'first30');
        const onePerson = profile.size === 'solo';
        // A process card in the first month only when no small card the answers called for could take its place there.
        for (const p of first.filter((x) => PROCESS.includes(x.action.id) && x.whyNow.tags.every((tag) => tag !== 'prerequisite'))) {
          const waiting = plan.active.filter(
            (x) =>
              x.horizon !== 'first30' &&
              !PROCESS.includes(x.action.id) &&
              x.kind === 'improve' &&
              x.action.effort === 1 &&
              !x.action.after?.length,
          );
          for (const x of waiting) {
            const swapped = [...first.filter((y) => y !== p), x].map((y) => workOf(y.action, onePerson));
            expect(fitsThrough(plan.hours, swapped, 'first30'), `${p.action.id} before ${x.action.id}`).toBe(false);
          }
        }
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });
});
