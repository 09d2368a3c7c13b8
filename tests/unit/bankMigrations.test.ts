import { describe, expect, test } from 'vitest';
import { BANK_VERSION, migrateToCurrentBank, pendingNewAnswers } from '../../renderer/src/domain/bank/bankMigrations';
import { migrateStore } from '../../renderer/src/domain/files/storeMigrations';
import { storeDataSchema } from '../../renderer/src/domain/files/schema';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { QUESTIONS_BY_ID } from '../../renderer/src/domain/bank';
import { firstUnfinishedStep, assessmentStatus } from '../../renderer/src/domain/model/assessment';
import type { Answer, Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, withProfile } from './fixtures';

/** An assessment as bank 1 stored it: everything answered, including the questions bank 2 changed. */
function bank1Assessment(): Assessment {
  const a = withProfile({ companyName: 'Eldre AS', customerType: 'b2c', size: 'small', channels: ['facebook'] }, answeredAll(true));
  const old: Record<string, Answer> = {
    leadershipBacking: { kind: 'scale', level: 4 },
    contentReuse: { kind: 'scale', level: 3 },
    reachFollowedUp: { kind: 'scale', level: 4 },
    replyTimeHours: { kind: 'number', value: 0.5 },
    answeredSharePercent: { kind: 'number', value: 100 },
    hoursCovered: { kind: 'multi', options: ['workingHours', 'weekends'] },
    openingHoursAndAutoReply: { kind: 'scale', level: 4 },
    reachTacticsUsed: { kind: 'choice', option: 'improveContent' },
  };
  const replaced = [
    'leadershipBehindGoals',
    'timeAndBudgetSetAside',
    'productionReused',
    'replyTimeInOpeningHours',
    'answeredQuestionsPercent',
    'serviceHoursPlan',
    'reachPractices',
  ];
  const answers = { ...a.answers, ...old };
  for (const id of replaced) delete answers[id];
  return { ...a, answers, notes: { replyTimeHours: 'Vi svarer raskt i helgene.', reachFollowedUp: 'Se rapporten.' }, bankVersion: 1 };
}

describe('question bank versions', () => {
  test('answers to changed questions are retired, never re-scored, and their successors need a new answer', () => {
    const before = bank1Assessment();
    const after = migrateToCurrentBank(before);
    expect(after.bankVersion).toBe(BANK_VERSION);
    for (const old of [
      'leadershipBacking',
      'contentReuse',
      'reachFollowedUp',
      'replyTimeHours',
      'answeredSharePercent',
      'hoursCovered',
      'openingHoursAndAutoReply',
      'reachTacticsUsed',
    ]) {
      expect(after.answers[old], old).toBeUndefined();
      expect(after.retiredAnswers[old], old).toEqual(before.answers[old]);
    }
    expect(new Set(after.needsNewAnswer)).toEqual(
      new Set([
        'leadershipBehindGoals',
        'timeAndBudgetSetAside',
        'productionReused',
        'replyTimeInOpeningHours',
        'answeredQuestionsPercent',
        'serviceHoursPlan',
        'reachPractices',
      ]),
    );
    // Every id still answered is a question of the current bank, answered as before.
    for (const [id, answer] of Object.entries(after.answers)) {
      expect(QUESTIONS_BY_ID.has(id), id).toBe(true);
      expect(answer).toEqual(before.answers[id]);
    }
    // The replacements count as unanswered: the old value is not read as an answer to the new question.
    const r = scoreAssessment(after).modules.flatMap((m) => m.questions);
    for (const id of after.needsNewAnswer) expect(r.find((q) => q.question.id === id)?.status, id).toBe('unanswered');
  });

  test('notes move to the question that replaced theirs; nothing typed is lost', () => {
    const after = migrateToCurrentBank(bank1Assessment());
    expect(after.notes.replyTimeInOpeningHours).toBe('Vi svarer raskt i helgene.');
    expect(after.notes.socialKpisFollowed).toBe('Se rapporten.');
    expect(after.notes.replyTimeHours).toBeUndefined();
  });

  test('a note too long to merge stays where it was rather than being cut', () => {
    const a = { ...bank1Assessment(), notes: { replyTimeHours: 'x'.repeat(15_000), replyTimeInOpeningHours: 'y'.repeat(15_000) } };
    const after = migrateToCurrentBank(a);
    expect(after.notes.replyTimeHours).toHaveLength(15_000);
    expect(after.notes.replyTimeInOpeningHours).toHaveLength(15_000);
  });

  test('migrating twice changes nothing more; a current assessment is returned as it is', () => {
    const once = migrateToCurrentBank(bank1Assessment());
    expect(migrateToCurrentBank(once)).toBe(once);
    const fresh = blankAssessment();
    expect(migrateToCurrentBank(fresh)).toBe(fresh);
  });

  test('the assessment shows as changed, resumes at the first changed question, and settles once answered', () => {
    const after = migrateToCurrentBank(bank1Assessment());
    expect(assessmentStatus(after)).toBe('needsNewAnswer');
    expect(firstUnfinishedStep(after)).toBe('strategy');
    const answered = { ...after, answers: { ...after.answers, ...answeredAll(true).answers } };
    expect(pendingNewAnswers(answered)).toEqual([]);
    expect(assessmentStatus(answered)).toBe('complete');
    expect(firstUnfinishedStep(answered)).toBe('results');
  });

  test('a store written before bank versions migrates to a valid store whose assessments then move to the current bank', () => {
    // As stored before bank versions existed: without the three fields.
    const legacy: Record<string, unknown> = { ...bank1Assessment() };
    for (const key of ['bankVersion', 'needsNewAnswer', 'retiredAnswers']) delete legacy[key];
    const migrated = migrateStore({
      schemaVersion: 2,
      assessments: [legacy],
      settings: { uiLanguage: null, window: null, lastFolder: null },
    });
    expect(migrated.ok).toBe(true);
    const parsed = storeDataSchema.parse(migrated.ok && migrated.data);
    expect(parsed.assessments[0]?.bankVersion).toBe(1);
    const current = migrateToCurrentBank(parsed.assessments[0]!);
    expect(current.retiredAnswers.replyTimeHours).toEqual({ kind: 'number', value: 0.5 });
  });
});
