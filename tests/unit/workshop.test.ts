import { describe, expect, test } from 'vitest';
import { answerKey, DISAGREEMENT_POINTS, spreadOf, toDiscuss } from '../../renderer/src/domain/workshop/workshop';
import { QUESTIONS_BY_ID } from '../../renderer/src/domain/bank';
import type { Answer } from '../../renderer/src/domain/model/types';

const q = (id: string) => QUESTIONS_BY_ID.get(id)!;
const scale = (level: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'scale', level });
const DK: Answer = { kind: 'dontKnow' };
const NA: Answer = { kind: 'notApplicable' };

describe('a workshop question across respondents', () => {
  test('scale: distribution, min / median / max, and disagreement at two levels apart', () => {
    const s = spreadOf(q('goalsLinkedToBusiness'), [scale(1), scale(3), scale(3), undefined]);
    expect(s).toMatchObject({ answered: 3, respondents: 4, min: 25, median: 75, max: 75, spread: 50, disagreement: true });
    expect(s.distribution).toEqual({ 'level:1': 1, 'level:3': 2 });
    expect(s.consensus).toEqual(scale(3));
    const close = spreadOf(q('goalsLinkedToBusiness'), [scale(2), scale(3)]);
    expect(close.disagreement).toBe(false);
    // The median is an answer someone gave, never an average: with two it is the lower.
    expect(close.consensus).toEqual(scale(2));
  });

  test('choice: points decide the spread and the median option', () => {
    const s = spreadOf(q('writtenSocialPlan'), [
      { kind: 'choice', option: 'none' },
      { kind: 'choice', option: 'writtenInUse' },
      { kind: 'choice', option: 'writtenReviewed' },
    ]);
    expect(s).toMatchObject({ min: 0, median: 75, max: 100, spread: 100, disagreement: true });
    expect(s.consensus).toEqual({ kind: 'choice', option: 'writtenInUse' });
  });

  test('number: thresholds give the points; the consensus is the median value', () => {
    const s = spreadOf(q('replyTimeInOpeningHours'), [
      { kind: 'number', value: 0.5 },
      { kind: 'number', value: 6 },
      { kind: 'number', value: 30 },
    ]);
    expect(s).toMatchObject({ min: 0, median: 50, max: 100, spread: 100, disagreement: true });
    expect(s.consensus).toEqual({ kind: 'number', value: 6 });
  });

  test('multi: the consensus holds every option at least half the team chose; equal answers count together', () => {
    const s = spreadOf(q('reachPractices'), [
      { kind: 'multi', options: ['improveContent', 'boostBestPosts'] },
      { kind: 'multi', options: ['boostBestPosts', 'improveContent'] },
      { kind: 'multi', options: ['engagementBait'] },
    ]);
    expect(s.distribution).toEqual({ 'options:boostBestPosts+improveContent': 2, 'options:engagementBait': 1 });
    expect(s.consensus).toEqual({ kind: 'multi', options: ['improveContent', 'boostBestPosts'] });
    expect(s.disagreement).toBe(true);
    expect(answerKey({ kind: 'multi', options: ['b', 'a'] })).toBe(answerKey({ kind: 'multi', options: ['a', 'b'] }));
  });

  test('"don\'t know" and "not applicable" are counted, never scored', () => {
    const s = spreadOf(q('longFormWhereRelevant'), [DK, NA, scale(4), DK]);
    expect(s).toMatchObject({ answered: 4, dontKnow: 2, notApplicable: 1, min: 100, max: 100, spread: 0, disagreement: false });
    expect(s.consensus).toEqual(scale(4));
    expect(spreadOf(q('longFormWhereRelevant'), [DK, NA, DK]).consensus).toEqual(DK);
    expect(spreadOf(q('longFormWhereRelevant'), [NA, NA, DK]).consensus).toEqual(NA);
    expect(spreadOf(q('longFormWhereRelevant'), [undefined, undefined]).consensus).toBeUndefined();
  });

  test('to discuss: the disagreements, widest spread first', () => {
    const wide = {
      question: q('writtenSocialPlan'),
      spread: spreadOf(q('writtenSocialPlan'), [
        { kind: 'choice', option: 'none' },
        { kind: 'choice', option: 'writtenReviewed' },
      ]),
    };
    const twoLevels = { question: q('goalsLinkedToBusiness'), spread: spreadOf(q('goalsLinkedToBusiness'), [scale(1), scale(3)]) };
    const agreed = { question: q('audienceInsight'), spread: spreadOf(q('audienceInsight'), [scale(3), scale(3)]) };
    expect(toDiscuss([twoLevels, agreed, wide]).map((x) => x.question.id)).toEqual(['writtenSocialPlan', 'goalsLinkedToBusiness']);
    expect(twoLevels.spread.spread).toBe(DISAGREEMENT_POINTS);
  });
});
