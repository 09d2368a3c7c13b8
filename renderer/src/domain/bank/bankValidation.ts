/**
 * Whether an assessment's answers and plan edits are ones this question bank can hold (issue 8): the schema checks
 * shapes, this checks meaning. Every answer must belong to a question of the bank, be of its kind, use its options
 * and stay within its range; "not applicable" only where the question allows it; plan edits only for actions the app
 * knows, with real calendar dates. A file that breaks any of this is refused, naming the question.
 */
import type { Answer, Assessment, ModuleId, QuestionDef } from '../model/types';
import { MODULE_IDS } from '../model/types';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, QUESTIONS_BY_MODULE } from './';
import { isIsoDate } from '../model/dates';

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
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const q = QUESTIONS_BY_ID.get(id);
    if (!q) {
      problems.push({ path: `answers.${id.slice(0, 40)}`, problem: 'no such question in this question bank' });
      continue;
    }
    const problem = answerProblem(q, answer);
    if (problem) problems.push({ path: `answers.${id}`, problem, question: questionRef(q) });
  }
  // A workshop's respondents and team answers are answers too, and are held to the same bank.
  const workshop = assessment.workshop;
  const more: Array<[string, Record<string, Answer>]> = workshop
    ? [
        ...workshop.respondents.map((r, i): [string, Record<string, Answer>] => [`workshop.respondents.${i}.answers`, r.answers]),
        ['workshop.consensus', workshop.consensus],
      ]
    : [];
  for (const [path, answers] of more)
    for (const [id, answer] of Object.entries(answers)) {
      const q = QUESTIONS_BY_ID.get(id);
      const problem = q ? answerProblem(q, answer) : 'no such question in this question bank';
      if (problem) problems.push({ path: `${path}.${id.slice(0, 40)}`, problem, ...(q ? { question: questionRef(q) } : {}) });
    }
  if (workshop)
    for (const id of workshop.revealed)
      if (!QUESTIONS_BY_ID.has(id))
        problems.push({ path: `workshop.revealed.${id.slice(0, 40)}`, problem: 'no such question in this question bank' });
  for (const id of assessment.round?.carriedOver ?? [])
    if (!QUESTIONS_BY_ID.has(id))
      problems.push({ path: `round.carriedOver.${id.slice(0, 40)}`, problem: 'no such question in this question bank' });
  for (const id of assessment.needsNewAnswer)
    if (!QUESTIONS_BY_ID.has(id))
      problems.push({ path: `needsNewAnswer.${id.slice(0, 40)}`, problem: 'no such question in this question bank' });
  for (const [id, edit] of Object.entries(assessment.planEdits)) {
    if (!knownActionId(id)) problems.push({ path: `planEdits.${id.slice(0, 40)}`, problem: 'no such action' });
    else if (edit.due !== '' && !isIsoDate(edit.due))
      problems.push({ path: `planEdits.${id}.due`, problem: `"${edit.due}" is not a real date` });
  }
  const order = (p: BankProblem): number => (p.question ? MODULE_IDS.indexOf(p.question.module) * 100 + p.question.number : 10_000);
  return problems.sort((a, b) => order(a) - order(b));
}
