import { describe, expect, test } from 'vitest';
import { bandOf, pointsFor, scoreAssessment, scoreModule } from '../../renderer/src/domain/scoring/scoring';
import { QUESTIONS, QUESTIONS_BY_ID, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { MODULE_IDS, type Answer, type AnswerSpec } from '../../renderer/src/domain/model/types';
import { answeredAll, extremeAnswer, withProfile } from './fixtures';

describe('points per answer type', () => {
  test('five-level scale gives 0/25/50/75/100', () => {
    const spec: AnswerSpec = { kind: 'scale' };
    expect([0, 1, 2, 3, 4].map((level) => pointsFor(spec, { kind: 'scale', level: level as 0 }))).toEqual([0, 25, 50, 75, 100]);
  });

  test('single choice carries explicit points; an unknown option counts as not given', () => {
    const spec: AnswerSpec = {
      kind: 'choice',
      options: [
        { id: 'a', points: 0 },
        { id: 'b', points: 60 },
        { id: 'c', points: 100 },
      ],
    };
    expect(pointsFor(spec, { kind: 'choice', option: 'b' })).toBe(60);
    expect(pointsFor(spec, { kind: 'choice', option: 'zzz' })).toBeNull();
  });

  test('multi-choice is the weighted share of what is chosen', () => {
    const spec: AnswerSpec = {
      kind: 'multi',
      options: [
        { id: 'a', weight: 3 },
        { id: 'b', weight: 1 },
      ],
    };
    expect(pointsFor(spec, { kind: 'multi', options: ['a'] })).toBe(75);
    expect(pointsFor(spec, { kind: 'multi', options: ['b'] })).toBe(25);
    expect(pointsFor(spec, { kind: 'multi', options: ['a', 'b'] })).toBe(100);
    expect(pointsFor(spec, { kind: 'multi', options: [] })).toBe(0);
    expect(pointsFor(spec, { kind: 'multi', options: ['a', 'unknown'] })).toBe(75);
  });

  test('numbers go through thresholds, higher or lower being better', () => {
    // Response rate: Swedish top brands 94 % (2017), 89 % (2016), 67 % (2015) on Facebook (SB1317).
    const rate: AnswerSpec = {
      kind: 'number',
      scoring: {
        better: 'higher',
        steps: [
          { limit: 67, points: 50 },
          { limit: 94, points: 100 },
          { limit: 89, points: 75 },
        ],
        otherwise: 0,
        min: 0,
        max: 100,
      },
    };
    expect(pointsFor(rate, { kind: 'number', value: 94 })).toBe(100);
    expect(pointsFor(rate, { kind: 'number', value: 93.9 })).toBe(75);
    expect(pointsFor(rate, { kind: 'number', value: 70 })).toBe(50);
    expect(pointsFor(rate, { kind: 'number', value: 12 })).toBe(0);
    const hours: AnswerSpec = {
      kind: 'number',
      scoring: {
        better: 'lower',
        steps: [
          { limit: 4, points: 75 },
          { limit: 1, points: 100 },
        ],
        otherwise: 10,
        min: 0,
        max: 1000,
      },
    };
    expect(pointsFor(hours, { kind: 'number', value: 0.5 })).toBe(100);
    expect(pointsFor(hours, { kind: 'number', value: 4 })).toBe(75);
    expect(pointsFor(hours, { kind: 'number', value: 30 })).toBe(10);
    expect(pointsFor(hours, { kind: 'number', value: Number.NaN })).toBeNull();
  });

  test("don't know scores 0, not applicable does not count, a mismatched kind does not count", () => {
    const spec: AnswerSpec = { kind: 'scale' };
    expect(pointsFor(spec, { kind: 'dontKnow' })).toBe(0);
    expect(pointsFor(spec, { kind: 'notApplicable' })).toBeNull();
    expect(pointsFor(spec, { kind: 'choice', option: 'a' })).toBeNull();
  });
});

describe('bands', () => {
  test.each([
    [0, 'start'],
    [25, 'start'],
    [25.4, 'start'],
    [25.5, 'developing'],
    [26, 'developing'],
    [50, 'developing'],
    [51, 'established'],
    [75, 'established'],
    [76, 'advanced'],
    [100, 'advanced'],
  ] as const)('%s is %s', (score, band) => expect(bandOf(score)).toBe(band));
});

describe('module and overall scores', () => {
  test('all best gives 100 everywhere; all worst gives 0', () => {
    const best = scoreAssessment(answeredAll(true));
    expect(best.overall).toBe(100);
    expect(best.band).toBe('advanced');
    expect(best.preliminary).toBe(false);
    const worst = scoreAssessment(answeredAll(false));
    expect(worst.overall).toBe(0);
    expect(worst.modules.every((m) => m.score === 0)).toBe(true);
  });

  test('module score is the weighted mean; overall is the mean of the modules', () => {
    const module = MODULE_IDS[0];
    const questions = QUESTIONS_BY_MODULE[module];
    const [heavy, ...rest] = [...questions].sort((a, b) => b.weight - a.weight);
    const answers: Record<string, Answer> = { [heavy!.id]: extremeAnswer(heavy!, true) };
    for (const q of rest) answers[q.id] = extremeAnswer(q, false);
    const totalWeight = questions.reduce((s, q) => s + q.weight, 0);
    const result = scoreModule(module, { answers });
    expect(result.score).toBeCloseTo((100 * heavy!.weight) / totalWeight, 10);
    const all = scoreAssessment({ answers });
    // Only one module has answers: the overall is that module's score, and it is preliminary.
    expect(all.overall).toBeCloseTo(result.score!, 10);
    expect(all.preliminary).toBe(true);
  });

  test('"not applicable" leaves the denominator; "don\'t know" stays in it with 0 and is flagged', () => {
    const module = MODULE_IDS.find((m) => QUESTIONS_BY_MODULE[m].some((q) => q.allowNotApplicable))!;
    const questions = QUESTIONS_BY_MODULE[module];
    const na = questions.find((q) => q.allowNotApplicable)!;
    const others = questions.filter((q) => q !== na);
    const base = Object.fromEntries(others.map((q) => [q.id, extremeAnswer(q, true)]));
    expect(scoreModule(module, { answers: { ...base, [na.id]: { kind: 'notApplicable' } } }).score).toBe(100);
    const withDontKnow = scoreModule(module, { answers: { ...base, [na.id]: { kind: 'dontKnow' } } });
    const totalWeight = questions.reduce((s, q) => s + q.weight, 0);
    expect(withDontKnow.score).toBeCloseTo((100 * (totalWeight - na.weight)) / totalWeight, 10);
    expect(withDontKnow.dontKnowCount).toBe(1);
    expect(withDontKnow.questions.find((r) => r.question.id === na.id)?.status).toBe('dontKnow');
  });

  test('"not applicable" on a question that does not allow it counts as unanswered', () => {
    const q = Object.values(QUESTIONS_BY_MODULE)
      .flat()
      .find((x) => !x.allowNotApplicable)!;
    const r = scoreModule(q.module, { answers: { [q.id]: { kind: 'notApplicable' } } });
    expect(r.answered).toBe(0);
    expect(r.score).toBeNull();
  });

  test('a module is preliminary below 60 % answered', () => {
    const module = MODULE_IDS[1];
    const questions = QUESTIONS_BY_MODULE[module];
    const needed = Math.ceil(questions.length * 0.6);
    const answer = (n: number) => Object.fromEntries(questions.slice(0, n).map((q) => [q.id, extremeAnswer(q, true)]));
    expect(scoreModule(module, { answers: answer(needed - 1) }).preliminary).toBe(true);
    expect(scoreModule(module, { answers: answer(needed) }).preliminary).toBe(false);
    expect(scoreModule(module, { answers: {} }).score).toBeNull();
    expect(scoreModule(module, { answers: {} }).band).toBeNull();
  });

  test('nothing answered gives no overall score', () => {
    const r = scoreAssessment({ answers: {} });
    expect(r.overall).toBeNull();
    expect(r.band).toBeNull();
    expect(r.answered).toBe(0);
  });
});

const DONT_KNOW: Answer = { kind: 'dontKnow' };

describe('honest results (issue 7)', () => {
  const module = MODULE_IDS[2];
  const questions = QUESTIONS_BY_MODULE[module];

  test('"don\'t know" to everything: every question answered, every one flagged, no band claimed', () => {
    const answers = Object.fromEntries(QUESTIONS.map((q): [string, Answer] => [q.id, DONT_KNOW]));
    const r = scoreAssessment({ answers });
    for (const m of r.modules) {
      expect(m.answered).toBe(m.total);
      expect(m.dontKnowCount).toBe(m.total);
      expect(m.preliminary).toBe(true);
      expect(m.preliminaryReason).toBe('manyDontKnow');
      expect(m.band).toBeNull();
    }
    expect(r.overall).toBe(0);
    expect(r.preliminary).toBe(true);
    expect(r.band).toBeNull();
  });

  test('more than 40 % "don\'t know" makes a fully answered module preliminary; 40 % exactly does not', () => {
    const answerWith = (dontKnow: number) =>
      Object.fromEntries(questions.map((q, i): [string, Answer] => [q.id, i < dontKnow ? DONT_KNOW : extremeAnswer(q, true)]));
    const limit = Math.floor(questions.length * 0.4);
    const atLimit = scoreModule(module, { answers: answerWith(limit) });
    expect(atLimit.preliminary).toBe(false);
    expect(atLimit.band).not.toBeNull();
    const over = scoreModule(module, { answers: answerWith(limit + 1) });
    expect(over.preliminary).toBe(true);
    expect(over.preliminaryReason).toBe('manyDontKnow');
    expect(over.band).toBeNull();
    // A preliminary module makes the whole preliminary, without a band.
    const whole = scoreAssessment({ answers: { ...answeredAll(true).answers, ...answerWith(limit + 1) } });
    expect(whole.preliminary).toBe(true);
    expect(whole.band).toBeNull();
    expect(whole.overall).not.toBeNull();
  });

  test('questions the profile rules out are not asked, not counted, and a one-person business can reach 100', () => {
    const solo = { ...withProfile({ size: 'solo' }, answeredAll(true)) };
    const strategy = scoreModule('strategy', solo);
    const leadership = strategy.questions.find((r) => r.question.id === 'leadershipBehindGoals')!;
    expect(leadership.status).toBe('notApplicable');
    expect(leadership.notApplicableByProfile).toBe(true);
    expect(strategy.total).toBe(QUESTIONS_BY_MODULE.strategy.length - 1);
    expect(strategy.answered).toBe(strategy.total);
    expect(strategy.score).toBe(100);
    // The best answer a one-person business can give on who answers customers earns full marks.
    const owner = QUESTIONS_BY_ID.get('socialServiceOwner')!;
    expect(pointsFor(owner.answer, { kind: 'choice', option: 'soloDailyRoutine' })).toBe(100);
  });

  test('video questions are not asked of a company only on text-first channels', () => {
    const linkedInOnly = withProfile({ customerType: 'b2b', channels: ['linkedin', 'website'] }, answeredAll(false));
    const channels = scoreModule('channels', linkedInOnly);
    for (const id of ['videoSharePercent', 'platformFormatsUsed'])
      expect(channels.questions.find((r) => r.question.id === id)?.notApplicableByProfile, id).toBe(true);
    const withInstagram = withProfile({ customerType: 'b2b', channels: ['linkedin', 'instagram'] }, answeredAll(false));
    expect(
      scoreModule('channels', withInstagram).questions.find((r) => r.question.id === 'videoSharePercent')?.notApplicableByProfile,
    ).toBe(false);
  });

  test('reply time within opening hours: thresholds a small business can reach', () => {
    const q = QUESTIONS_BY_ID.get('replyTimeInOpeningHours')!;
    const at = (value: number) => pointsFor(q.answer, { kind: 'number', value });
    expect([at(0.5), at(1), at(1.5), at(4), at(6), at(8), at(20), at(24), at(30)]).toEqual([100, 100, 75, 75, 50, 50, 25, 25, 0]);
  });

  test('a deliberate plan for the hours (published hours and an auto-reply) earns full marks', () => {
    const q = QUESTIONS_BY_ID.get('serviceHoursPlan')!;
    expect(pointsFor(q.answer, { kind: 'choice', option: 'hoursShownWithAutoReply' })).toBe(100);
    expect(pointsFor(q.answer, { kind: 'choice', option: 'noSetTimes' })).toBe(0);
  });

  test('practices that cost points: tricks pull the share down, never below 0', () => {
    const q = QUESTIONS_BY_ID.get('reachPractices')!;
    const at = (options: string[]) => pointsFor(q.answer, { kind: 'multi', options });
    expect(at(['improveContent', 'boostBestPosts', 'joinConversations'])).toBe(100);
    expect(at(['improveContent'])).toBeCloseTo((4 / 6) * 100, 10);
    expect(at(['improveContent', 'engagementBait'])).toBeCloseTo((1 / 6) * 100, 10);
    expect(at(['engagementBait', 'chaseEveryTrend', 'postMoreOften'])).toBe(0);
    expect(at([])).toBe(0);
  });
});
