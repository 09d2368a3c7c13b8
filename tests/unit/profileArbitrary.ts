/**
 * Generated company profiles for the plan's property tests: every field drawn from the values the profile allows,
 * with the fields a test cares about given its own arbitrary (`fields`). One definition, so a new profile field is
 * added once and every property test draws it.
 */
import fc from 'fast-check';
import {
  AD_BUDGETS,
  AGE_BANDS,
  CHANNELS,
  COMPANY_SIZES,
  CUSTOMER_TYPES,
  FILLED_IN_BY,
  GOALS,
  MARKETS,
  type Answer,
  type Profile,
} from '../../renderer/src/domain/model/types';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import { extremeAnswer } from './fixtures';

export type ProfileFields = { [K in keyof Profile]?: fc.Arbitrary<Profile[K]> };

export function profileArbitrary(fields: ProfileFields = {}): fc.Arbitrary<Profile> {
  return fc.record({
    companyName: fc.constant('Firma'),
    respondent: fc.constant(''),
    industry: fc.constant(null),
    customerType: fc.option(fc.constantFrom(...CUSTOMER_TYPES), { nil: null }),
    size: fc.option(fc.constantFrom(...COMPANY_SIZES), { nil: null }),
    markets: fc.subarray([...MARKETS]),
    ageBands: fc.subarray([...AGE_BANDS]),
    goals: fc.subarray([...GOALS]),
    hoursPerWeek: fc.option(fc.constantFrom(0, 1, 2, 3, 5, 9, 10, 20), { nil: null }),
    channels: fc.subarray([...CHANNELS]),
    adBudget: fc.option(fc.constantFrom(...AD_BUDGETS), { nil: null }),
    // Last, so adding it left every other field's draws as they were.
    filledInBy: fc.option(fc.constantFrom(...FILLED_IN_BY), { nil: null }),
    ...fields,
  } as { [K in keyof Profile]-?: fc.Arbitrary<Profile[K]> });
}

/** Answers for every question: the best, the worst, "don't know" or none, drawn per question (spiky companies). */
export function answersArbitrary(): fc.Arbitrary<Record<string, Answer>> {
  return fc.array(fc.integer({ min: 0, max: 3 }), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length }).map((picks) => {
    const answers: Record<string, Answer> = {};
    QUESTIONS.forEach((q, i) => {
      const pick = picks[i] ?? 0;
      if (pick === 0) answers[q.id] = extremeAnswer(q, true);
      else if (pick === 1) answers[q.id] = extremeAnswer(q, false);
      else if (pick === 2) answers[q.id] = { kind: 'dontKnow' };
    });
    return answers;
  });
}
