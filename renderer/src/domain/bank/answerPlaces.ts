/**
 * Every place in an assessment where answers to the question bank live, walked in one place. The bank migration, the
 * check of what the bank can hold and the setting aside of what it cannot all go through these two functions, so a
 * new place for answers (a new feature storing answers of its own) is added here once and is then migrated and
 * checked everywhere.
 *
 * Records of answers by question id, each with the record its retired answers go to:
 * - `answers` / `retiredAnswers`: the assessment's own (in a workshop, the team's) answers;
 * - `workshop.respondents.<id>.answers` / `.retiredAnswers`: each person's answers in a workshop;
 * - `workshop.consensus` / `workshop.retiredConsensus`: the facilitator's team answers.
 * Lists of question ids: `needsNewAnswer`, `workshop.revealed`, `round.carriedOver`.
 * Notes are by question id too; the migration moves them itself (`notes` is one record).
 */
import type { Answer, Assessment, Respondent, Workshop } from '../model/types';

/** One record of answers and the record its retired answers are kept in. */
export interface AnswerRecord {
  /** Where it is, for messages and set-aside items: `answers`, `workshop.respondents.<id>.answers`, ... */
  path: string;
  answers: Readonly<Record<string, Answer>>;
  retired: Readonly<Record<string, Answer>>;
}

/** What a visitor gives back for one record: unchanged (the same objects) or new ones. */
export type AnswerRecordChange = Pick<AnswerRecord, 'answers' | 'retired'>;

/** The question-id lists an assessment holds. */
export type QuestionIdListPath = 'needsNewAnswer' | 'workshop.revealed' | 'round.carriedOver';

const isEmpty = (record: Readonly<Record<string, unknown>>): boolean => Object.keys(record).length === 0;

/**
 * A new assessment with every record of answers passed through `visit`. Records `visit` returns unchanged stay the
 * same objects, and an optional retired record that stays empty is not added, so a walk that changes nothing
 * returns an equal assessment.
 */
export function mapAnswerRecords<T extends Assessment>(assessment: T, visit: (record: AnswerRecord) => AnswerRecordChange): T {
  const own = visit({ path: 'answers', answers: assessment.answers, retired: assessment.retiredAnswers });
  let next: T = { ...assessment, answers: { ...own.answers }, retiredAnswers: { ...own.retired } };
  const workshop = assessment.workshop;
  if (workshop) {
    const respondents = workshop.respondents.map((r): Respondent => {
      const change = visit({ path: `workshop.respondents.${r.id}.answers`, answers: r.answers, retired: r.retiredAnswers ?? {} });
      const { retiredAnswers: _, ...rest } = r;
      return { ...rest, answers: { ...change.answers }, ...(isEmpty(change.retired) ? {} : { retiredAnswers: { ...change.retired } }) };
    });
    const team = visit({ path: 'workshop.consensus', answers: workshop.consensus, retired: workshop.retiredConsensus ?? {} });
    const { retiredConsensus: _, ...rest } = workshop;
    const nextWorkshop: Workshop = {
      ...rest,
      respondents,
      consensus: { ...team.answers },
      ...(isEmpty(team.retired) ? {} : { retiredConsensus: { ...team.retired } }),
    };
    next = { ...next, workshop: nextWorkshop };
  }
  return next;
}

/** Every record of answers in the assessment, in a fixed order (its own first). */
export function answerRecords(assessment: Assessment): AnswerRecord[] {
  const records: AnswerRecord[] = [];
  mapAnswerRecords(assessment, (record) => {
    records.push(record);
    return record;
  });
  return records;
}

/** A new assessment with every list of question ids passed through `visit`. */
export function mapQuestionIdLists<T extends Assessment>(
  assessment: T,
  visit: (path: QuestionIdListPath, ids: ReadonlyArray<string>) => string[],
): T {
  let next: T = { ...assessment, needsNewAnswer: visit('needsNewAnswer', assessment.needsNewAnswer) };
  if (assessment.workshop)
    next = { ...next, workshop: { ...assessment.workshop, revealed: visit('workshop.revealed', assessment.workshop.revealed) } };
  if (assessment.round)
    next = { ...next, round: { ...assessment.round, carriedOver: visit('round.carriedOver', assessment.round.carriedOver) } };
  return next;
}

/** Every list of question ids in the assessment. */
export function questionIdLists(assessment: Assessment): Array<{ path: QuestionIdListPath; ids: ReadonlyArray<string> }> {
  const lists: Array<{ path: QuestionIdListPath; ids: ReadonlyArray<string> }> = [];
  mapQuestionIdLists(assessment, (path, ids) => {
    lists.push({ path, ids });
    return [...ids];
  });
  return lists;
}
