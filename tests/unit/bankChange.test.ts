/**
 * A question-bank change injected into the real code (issue 14, finding 2): the bank after today's (`NEXT`; "bank 3" below
 * when this was written) splits one question, retires
 * another and renames an option of a third. Stored data of bank 2 of every kind (a workshop with five respondents, a
 * follow-up round, a handed-in homework) and a respondent file and class hand-ins of bank 2 must all load: nothing
 * refused, nothing in damaged/, every old answer either carried over or kept as retired.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Answer, Assessment, QuestionDef, ActionDef } from '../../renderer/src/domain/model/types';
import type * as Bank from '../../renderer/src/domain/bank/index';
import type * as History from '../../renderer/src/domain/bank/bankHistory';

const SPLIT = 'writtenSocialPlan';
const SPLIT_INTO = ['writtenSocialPlanGoals', 'writtenSocialPlanCalendar'];
const RETIRED = 'productionReused';
const RENAMED = 'socialMediaRole';
const OPTION_RENAMES: Record<string, string> = { awarenessTrust: 'trustAndAwareness', quickSales: 'fastSales' };

vi.mock('../../renderer/src/domain/bank/bankHistory', async (importOriginal) => {
  const real = await importOriginal<typeof History>();
  // One past the real bank, so the injected change comes on top of every real one.
  const next = real.BANK_VERSION + 1;
  return {
    ...real,
    BANK_VERSION: next,
    BANK_CHANGES: {
      ...real.BANK_CHANGES,
      [next]: [
        { kind: 'retired', old: SPLIT, replacedBy: SPLIT_INTO },
        { kind: 'retired', old: RETIRED, replacedBy: [] },
        { kind: 'optionsRenamed', question: RENAMED, options: OPTION_RENAMES },
      ],
    },
  };
});

vi.mock('../../renderer/src/domain/bank/index', async (importOriginal) => {
  const real = await importOriginal<typeof Bank>();
  const questions: QuestionDef[] = real.QUESTIONS.flatMap((q): QuestionDef[] => {
    if (q.id === SPLIT) return SPLIT_INTO.map((id) => ({ ...q, id }));
    if (q.id === RETIRED) return [];
    if (q.id === RENAMED && q.answer.kind === 'choice')
      return [{ ...q, answer: { ...q.answer, options: q.answer.options.map((o) => ({ ...o, id: OPTION_RENAMES[o.id] ?? o.id })) } }];
    return [q];
  });
  const actions: ActionDef[] = real.ACTIONS.map((a) => ({
    ...a,
    triggers: {
      ...a.triggers,
      ...(a.triggers.questions
        ? {
            questions: a.triggers.questions.filter((t) => t.id !== RETIRED).map((t) => (t.id === SPLIT ? { ...t, id: SPLIT_INTO[0]! } : t)),
          }
        : {}),
    },
  }));
  const byModule = Object.fromEntries(Object.keys(real.QUESTIONS_BY_MODULE).map((m) => [m, questions.filter((q) => q.module === m)]));
  return {
    ...real,
    QUESTIONS: questions,
    ACTIONS: actions,
    QUESTIONS_BY_ID: new Map(questions.map((q) => [q.id, q])),
    ACTIONS_BY_ID: new Map(actions.map((a) => [a.id, a])),
    QUESTIONS_BY_MODULE: byModule,
    actionsForQuestion: (id: string) => actions.filter((a) => a.triggers.questions?.some((t) => t.id === id)),
  };
});

// Imported after the mocks: every module below sees bank 3.
const { AppStore } = await import('../../electron/main/services/appStore');
const { openConfBackend } = await import('../../electron/main/services/storeBackend');
const { serializeAssessmentFile } = await import('../../renderer/src/domain/files/fileFormat');
const { readAssessmentFile } = await import('../../electron/main/services/fileImport');
const { readClassFiles } = await import('../../electron/main/services/classFiles');
const { addRespondentFromFile } = await import('../../renderer/src/domain/workshop/respondentFile');
const { answerRecords } = await import('../../renderer/src/domain/bank/answerPlaces');
const { BANK_VERSION } = await import('../../renderer/src/domain/bank/bankMigrations');
const { scoreAssessment } = await import('../../renderer/src/domain/scoring/scoring');
const { generatePlan } = await import('../../renderer/src/domain/plan/plan');
const bank2 = await vi.importActual<typeof Bank>('../../renderer/src/domain/bank/index');
/** The injected bank's number: one past the real one. */
const NEXT = (await vi.importActual<typeof History>('../../renderer/src/domain/bank/bankHistory')).BANK_VERSION + 1;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-bank3-'));
  dirs.push(d);
  return d;
};

const NOW = '2026-11-30T09:00:00.000Z';
const LEVELS = [1, 2, 3, 4] as const;

/** One person's answers to every question of bank 2, each person a little different. */
function bank2Answers(person: number): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  bank2.QUESTIONS.forEach((q, i) => {
    const level = LEVELS[(i + person) % 4]!;
    if (q.answer.kind === 'scale') answers[q.id] = { kind: 'scale', level };
    else if (q.answer.kind === 'choice') answers[q.id] = { kind: 'choice', option: q.answer.options[level % q.answer.options.length]!.id };
    else if (q.answer.kind === 'multi') answers[q.id] = { kind: 'multi', options: q.answer.options.slice(0, level).map((o) => o.id) };
    else answers[q.id] = { kind: 'number', value: q.answer.scoring.min + level };
  });
  // The renamed question answered with options that are renamed, by everyone in turn.
  answers[RENAMED] = { kind: 'choice', option: person % 2 === 0 ? 'awarenessTrust' : 'quickSales' };
  return answers;
}

/** An assessment of bank 2 as the app stored it (the ids, dates and texts a real one has). */
function base(id: string, companyName: string, answers: Record<string, Answer>): Assessment {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    planLanguage: 'nb',
    profile: {
      companyName,
      respondent: '',
      industry: 'services',
      customerType: 'b2b',
      size: 'small',
      markets: ['no'],
      ageBands: ['30-44'],
      goals: ['awareness'],
      hoursPerWeek: 5,
      channels: ['linkedin', 'website'],
      adBudget: 'none',
    },
    answers,
    notes: { [SPLIT]: 'Planen ligger i fellesmappa.' },
    planEdits: {},
    bankVersion: 2,
    needsNewAnswer: [],
    retiredAnswers: {},
  };
}

function workshop5(): Assessment {
  const respondents = ['Kari', 'Ola', 'Ingrid', 'Sander', 'Mona'].map((name, i) => ({
    id: `person-${i + 1}`,
    name,
    answers: bank2Answers(i),
  }));
  const consensus: Record<string, Answer> = {
    [SPLIT]: { kind: 'choice', option: 'calendarOnly' },
    [RENAMED]: { kind: 'choice', option: 'quickSales' },
  };
  return {
    ...base('workshop-nordlys', 'Nordlys Regnskap AS', { ...bank2Answers(0), ...consensus }),
    workshop: {
      anonymous: false,
      respondents,
      revealed: [SPLIT, RETIRED, RENAMED, 'goalsLinkedToBusiness'],
      consensus,
      includeIndividualAnswers: false,
    },
  };
}

function round2(): Assessment {
  const answers = bank2Answers(2);
  return {
    ...base('round-2', 'Fjordbakeriet AS', answers),
    round: { series: 'round-1', number: 2, previousId: 'round-1', carriedOver: Object.keys(answers) },
  };
}

function handedIn(id: string, student: string, person: number): Assessment {
  return {
    ...base(id, 'Kafé Lykke', bank2Answers(person)),
    homework: { student, course: 'MARK2100', minWords: 0, reflections: { strategy: 'Vi mangler en plan.' }, handedInAt: NOW },
  };
}

const writeFile = (path: string, a: Assessment): void => writeFileSync(path, serializeAssessmentFile(a, '0.9.0', new Date(NOW)));

/** Every answer the bank-2 assessment held is in the migrated one: the same, renamed, or kept as retired. */
function expectEveryAnswerKept(before: Assessment, after: Assessment): void {
  const afterRecords = new Map(answerRecords(after).map((r) => [r.path, r]));
  for (const old of answerRecords(before)) {
    const now = afterRecords.get(old.path);
    expect(now, old.path).toBeDefined();
    for (const [id, answer] of Object.entries(old.answers)) {
      const where = `${old.path}.${id}`;
      if (id === SPLIT || id === RETIRED) {
        expect(now!.retired[id], where).toEqual(answer);
        expect(now!.answers[id], where).toBeUndefined();
      } else if (id === RENAMED && answer.kind === 'choice') {
        expect(now!.answers[id], where).toEqual({ kind: 'choice', option: OPTION_RENAMES[answer.option] ?? answer.option });
      } else expect(now!.answers[id], where).toEqual(answer);
    }
  }
}

describe('a question bank change reaches every place answers live', () => {
  test('the injected bank is the one after the real bank', () => {
    expect(BANK_VERSION).toBe(NEXT);
  });

  test('a stored workshop with five respondents, a round 2 and a handed-in homework all load, nothing in damaged/', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    const stored = [workshop5(), round2(), handedIn('homework-1', 'Kari Nordmann', 1)];
    for (const a of stored) writeFile(join(dir, 'assessments', `${a.id}.json`), a);

    const store = new AppStore(dir, openConfBackend, { now: () => new Date(NOW), appVersion: '1.0.0' });
    expect(store.notice).toBeNull();
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
    expect(readdirSync(join(dir, 'assessments')).sort()).toEqual(stored.map((a) => `${a.id}.json`).sort());

    for (const before of stored) {
      const after = store.getAssessment(before.id)!;
      expect(after.bankVersion).toBe(NEXT);
      expect(after.setAside ?? []).toEqual([]);
      expectEveryAnswerKept(before, after);
      // The split question's successors are asked anew; the note goes to the first of them.
      expect(after.needsNewAnswer.sort()).toEqual([...SPLIT_INTO].sort());
      expect(after.notes[SPLIT_INTO[0]!]).toBe('Planen ligger i fellesmappa.');
      // Scores and the plan come from bank 3 without a hitch.
      expect(scoreAssessment(after).overall).toEqual(expect.any(Number));
      expect(generatePlan(after).active.length).toBeGreaterThan(0);
    }
    const w = store.getAssessment('workshop-nordlys')!.workshop!;
    expect(w.respondents).toHaveLength(5);
    expect(w.revealed).toEqual([RENAMED, 'goalsLinkedToBusiness']);
    expect(w.consensus).toEqual({ [RENAMED]: { kind: 'choice', option: 'fastSales' } });
    expect(w.retiredConsensus).toEqual({ [SPLIT]: { kind: 'choice', option: 'calendarOnly' } });
    const round = store.getAssessment('round-2')!.round!;
    expect(round.carriedOver).not.toContain(SPLIT);
    expect(round.carriedOver).not.toContain(RETIRED);
    expect(round.carriedOver).toContain(RENAMED);
  });

  test('saved again and reopened, the migrated data is what loads, unchanged', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    writeFile(join(dir, 'assessments', 'workshop-nordlys.json'), workshop5());
    const first = new AppStore(dir, openConfBackend, { now: () => new Date(NOW) });
    const migrated = first.getAssessment('workshop-nordlys')!;
    first.saveAssessment(migrated);
    const again = new AppStore(dir, openConfBackend, { now: () => new Date(NOW) });
    expect(again.getAssessment('workshop-nordlys')).toEqual(migrated);
  });

  test("a respondent file of bank 2 joins a bank-3 workshop; the person's retired answers stay with them", async () => {
    const dir = tempDir();
    const path = join(dir, 'Per.somekompass');
    const file = {
      ...base('own-copy', 'Nordlys Regnskap AS', bank2Answers(3)),
      profile: { ...base('x', 'Nordlys Regnskap AS', {}).profile, respondent: 'Per' },
    };
    writeFile(path, file);
    const read = await readAssessmentFile(path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    mkdirSync(join(dir, 'data', 'assessments'), { recursive: true });
    writeFile(join(dir, 'data', 'assessments', 'workshop-nordlys.json'), workshop5());
    const target = new AppStore(join(dir, 'data'), openConfBackend, { now: () => new Date(NOW) }).getAssessment('workshop-nordlys')!;
    const joined = addRespondentFromFile(target, read.assessment, 'person-6');
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    const per = joined.assessment.workshop!.respondents.find((r) => r.id === 'person-6')!;
    expect(per.name).toBe('Per');
    expect(per.retiredAnswers).toEqual({ [SPLIT]: file.answers[SPLIT], [RETIRED]: file.answers[RETIRED] });
    expect(per.answers[RENAMED]).toEqual({ kind: 'choice', option: 'fastSales' }); // person 3 chose quickSales
    expect(joined.notCarriedOver.sort()).toEqual([...SPLIT_INTO].sort());
  });

  test('class hand-ins of bank 2 are all read, none refused', async () => {
    const dir = tempDir();
    const folder = join(dir, 'innleveringer');
    mkdirSync(folder);
    const students = ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg'];
    students.forEach((s, i) => writeFile(join(folder, `${s}.somekompass`), handedIn(`hand-in-${i}`, s, i)));
    const result = await readClassFiles([folder], () => undefined, new AbortController().signal);
    expect(result.files).toHaveLength(3);
    for (const f of result.files) {
      expect(f.ok, f.fileName).toBe(true);
      if (f.ok) {
        expect(f.assessment.bankVersion).toBe(NEXT);
        expect(f.assessment.retiredAnswers[SPLIT]).toBeDefined();
      }
    }
  });
});
