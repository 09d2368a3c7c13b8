/**
 * Whether an assessment's answers and plan edits are ones this question bank can hold (issue 8): the schema checks
 * shapes, this checks meaning. Every answer must belong to a question of the bank, be of its kind, use its options
 * and stay within its range; "not applicable" only where the question allows it; plan edits only for actions the app
 * knows, with real calendar dates. A file that breaks any of this is refused, naming the question. It also holds the
 * bank's own actions to sane work figures (`workProblems`).
 */
import type { ActionDef, ActionEdit, Answer, Assessment, HoursRange, ModuleId, QuestionDef, SetAsideItem } from '../model/types';
import { MODULE_IDS } from '../model/types';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, QUESTIONS_BY_MODULE } from './index';
import { isIsoDate } from '../model/dates';
import { answerRecords, mapAnswerRecords, mapQuestionIdLists, questionIdLists } from './answerPlaces';

export interface BankProblem {
  /** Where in the assessment, for the technical details ("answers.replyTimeInOpeningHours"). */
  path: string;
  /** What is wrong, in short technical English. */
  problem: string;
  /** The question, when the problem is an answer to a known question: its area and number as the user sees them. */
  question?: { module: ModuleId; number: number };
}

const questionRef = (q: QuestionDef): { module: ModuleId; number: number } => ({
  module: q.module,
  number: QUESTIONS_BY_MODULE[q.module].indexOf(q) + 1,
});

/** What is wrong with one answer to `q`, or null when the bank can hold it. */
export function answerProblem(q: QuestionDef, answer: Answer): string | null {
  if (answer.kind === 'dontKnow') return null;
  if (answer.kind === 'notApplicable') return q.allowNotApplicable ? null : '"not applicable" is not allowed for this question';
  const spec = q.answer;
  if (answer.kind !== spec.kind) return `a ${answer.kind} answer to a ${spec.kind} question`;
  switch (answer.kind) {
    case 'scale':
      return null; // The schema allows levels 0-4 only.
    case 'choice':
      return spec.kind === 'choice' && spec.options.some((o) => o.id === answer.option)
        ? null
        : `unknown option "${answer.option.slice(0, 40)}"`;
    case 'multi': {
      if (spec.kind !== 'multi') return null;
      const unknown = answer.options.find((o) => !spec.options.some((x) => x.id === o));
      if (unknown !== undefined) return `unknown option "${unknown.slice(0, 40)}"`;
      return new Set(answer.options).size === answer.options.length ? null : 'an option chosen twice';
    }
    case 'number': {
      if (spec.kind !== 'number') return null;
      const { min, max } = spec.scoring;
      return answer.value >= min && answer.value <= max ? null : `${answer.value} is outside ${min}-${max}`;
    }
  }
}

/** Ids a plan edit may have: the bank's actions and the find-out actions (per area now, per question before bank 2). */
function knownActionId(id: string): boolean {
  if (ACTIONS_BY_ID.has(id)) return true;
  const rest = id.startsWith('findOut-') ? id.slice('findOut-'.length) : null;
  return rest !== null && ((MODULE_IDS as ReadonlyArray<string>).includes(rest) || QUESTIONS_BY_ID.has(rest));
}

/** Every problem the bank finds, first the answers in the order asked; empty when the assessment fits. */
export function bankProblems(assessment: Assessment): BankProblem[] {
  const problems: BankProblem[] = [];
  // Every record of answers (the assessment's own, each respondent's, the team's) is held to the same bank.
  for (const record of answerRecords(assessment))
    for (const [id, answer] of Object.entries(record.answers)) {
      const q = QUESTIONS_BY_ID.get(id);
      const problem = q ? answerProblem(q, answer) : 'no such question in this question bank';
      if (problem) problems.push({ path: `${record.path}.${id.slice(0, 40)}`, problem, ...(q ? { question: questionRef(q) } : {}) });
    }
  for (const list of questionIdLists(assessment))
    for (const id of list.ids)
      if (!QUESTIONS_BY_ID.has(id))
        problems.push({ path: `${list.path}.${id.slice(0, 40)}`, problem: 'no such question in this question bank' });
  for (const [id, edit] of Object.entries(assessment.planEdits)) {
    if (!knownActionId(id)) problems.push({ path: `planEdits.${id.slice(0, 40)}`, problem: 'no such action' });
    else if (edit.due !== '' && !isIsoDate(edit.due))
      problems.push({ path: `planEdits.${id}.due`, problem: `"${edit.due}" is not a real date` });
  }
  const order = (p: BankProblem): number => (p.question ? MODULE_IDS.indexOf(p.question.module) * 100 + p.question.number : 10_000);
  return problems.sort((a, b) => order(a) - order(b));
}

/**
 * The assessment with everything the bank cannot hold taken out and kept in `setAside` (as it was, with what was
 * wrong), so one bad value never makes the rest unreachable: an answer out of range or of the wrong kind, "not
 * applicable" where it is not allowed, an answer or id for a question the bank does not have, a plan edit for an
 * action it does not have, a due date that is not a date (the edit stays, without the date). Pure; returns the same
 * object when everything fits.
 */
export function setAsideWhatTheBankCannotHold(assessment: Assessment): { assessment: Assessment; setAside: SetAsideItem[] } {
  const items: SetAsideItem[] = [];
  const fits = (id: string, answer: Answer): string | null => {
    const q = QUESTIONS_BY_ID.get(id);
    return q ? answerProblem(q, answer) : 'no such question in this question bank';
  };
  let next = mapAnswerRecords(assessment, (record) => {
    const kept: Record<string, Answer> = {};
    for (const [id, answer] of Object.entries(record.answers)) {
      const problem = fits(id, answer);
      if (problem) items.push({ path: `${record.path}.${id}`, value: answer, problem });
      else kept[id] = answer;
    }
    return { answers: kept, retired: record.retired };
  });
  next = mapQuestionIdLists(next, (path, ids) =>
    ids.filter((id) => {
      if (QUESTIONS_BY_ID.has(id)) return true;
      items.push({ path, value: id, problem: 'no such question in this question bank' });
      return false;
    }),
  );
  const planEdits: Record<string, ActionEdit> = {};
  for (const [id, edit] of Object.entries(next.planEdits)) {
    if (!knownActionId(id)) items.push({ path: `planEdits.${id}`, value: edit, problem: 'no such action' });
    else if (edit.due !== '' && !isIsoDate(edit.due)) {
      items.push({ path: `planEdits.${id}.due`, value: edit.due, problem: 'not a real date' });
      planEdits[id] = { ...edit, due: '' };
    } else planEdits[id] = edit;
  }
  if (items.length === 0) return { assessment, setAside: [] };
  return { assessment: { ...next, planEdits, setAside: [...(assessment.setAside ?? []), ...items] }, setAside: items };
}

/**
 * The bounds of an action's work figures (docs/scoring-and-plan.md, "Hours per action"): one-off hours on quarter
 * hours, from a quarter of an hour to a working week (anything bigger is a project, not an action); a weekly routine
 * in whole minutes, up to three hours.
 */
export const WORK_BOUNDS = { minOneOffHours: 0.25, maxOneOffHours: 40, maxWeeklyMinutes: 180 } as const;

function hoursRangeProblem([low, high]: HoursRange): string | null {
  const { minOneOffHours, maxOneOffHours } = WORK_BOUNDS;
  if (![low, high].every((h) => Number.isInteger(h * 4))) return `one-off hours ${low}-${high} are not on quarter hours`;
  if (low < minOneOffHours) return `one-off hours start at ${low}, below ${minOneOffHours}`;
  if (low > high) return `one-off hours run backwards (${low}-${high})`;
  if (high > maxOneOffHours) return `one-off hours reach ${high}, above ${maxOneOffHours}`;
  return null;
}

function weeklyMinutesProblem(minutes: number): string | null {
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= WORK_BOUNDS.maxWeeklyMinutes
    ? null
    : `${minutes} weekly minutes is not a whole number from 0 to ${WORK_BOUNDS.maxWeeklyMinutes}`;
}

/**
 * What is wrong with an action's work figures, empty when they are sane: within the bounds, for a one-person business
 * too, and one-person figures only where they differ and where a one-person business can be given the action at all.
 */
export function workProblems(action: ActionDef): string[] {
  const { work } = action;
  const problems = [hoursRangeProblem(work.oneOffHours), weeklyMinutesProblem(work.weeklyMinutes)];
  const solo = work.onePerson;
  if (solo) {
    problems.push(...[hoursRangeProblem(solo.oneOffHours), weeklyMinutesProblem(solo.weeklyMinutes)].map((p) => p && `one person: ${p}`));
    const same =
      solo.oneOffHours[0] === work.oneOffHours[0] &&
      solo.oneOffHours[1] === work.oneOffHours[1] &&
      solo.weeklyMinutes === work.weeklyMinutes;
    if (same) problems.push('one-person figures equal the others: leave them out');
    if (action.fits?.needsTeam) problems.push('one-person figures on an action a one-person business never gets');
  }
  return problems.filter((p): p is string => p !== null);
}
