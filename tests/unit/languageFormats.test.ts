/**
 * Numbers and dates as each language writes them, in composed text and in every export: "1 time" and "0,5 timer"
 * (never "1 timer" or "0.5"), Swedish "1 timme" and "2 timmar"; dates 31.01.2027 in bokmål and 2027-01-31 in
 * Swedish, on the report, in the CSV files, in the Word plan and in the class overview's CSV.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { answerOfText, whyThisScore } from '../../renderer/src/domain/plan/explain';
import { QUESTIONS_BY_ID } from '../../renderer/src/domain/bank';
import { scoreAssessment, type QuestionResult } from '../../renderer/src/domain/scoring/scoring';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { planNotes } from '../../renderer/src/domain/plan/planNotes';
import { buildReport } from '../../renderer/src/domain/report/report';
import { planCsv } from '../../renderer/src/domain/report/csv';
import { buildWordPlan } from '../../renderer/src/features/export/wordPlan';
import { classCsv } from '../../renderer/src/features/classOverview/classCsv';
import { buildClassOverview } from '../../renderer/src/domain/homework/classOverview';
import { createHomeworkAssessment } from '../../renderer/src/domain/homework/homework';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import type { Answer, Assessment, Language, QuestionDef } from '../../renderer/src/domain/model/types';
import { answeredAll, withProfile } from './fixtures';
import { loadNamespace, lookup } from './localeFiles';
import { createTestI18n, type TestI18n } from './reportI18n';

const NOW = new Date('2026-11-23T12:00:00Z');
let env: TestI18n;
beforeAll(async () => {
  env = await createTestI18n({ escapeValue: false });
});

const question = (id: string): QuestionDef => {
  const q = QUESTIONS_BY_ID.get(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const number = (value: number): Answer => ({ kind: 'number', value });
const answered = (lng: Language, id: string, value: number): string => answerOfText(question(id), number(value), env.t(lng));

describe('a number answer with its unit', () => {
  test.each([
    ['nb', 'replyTimeInOpeningHours', 1, '1 time'],
    ['nb', 'replyTimeInOpeningHours', 2, '2 timer'],
    ['nb', 'replyTimeInOpeningHours', 0.5, '0,5 timer'],
    ['nb', 'replyTimeInOpeningHours', 1.5, '1,5 timer'],
    ['nb', 'replyTimeInOpeningHours', 0, '0 timer'],
    ['nb', 'evaluationsPerYear', 1, '1 gang i året'],
    ['nb', 'evaluationsPerYear', 4, '4 ganger i året'],
    ['nb', 'monthsSinceChannelReview', 1, '1 måned'],
    ['nb', 'monthsSinceChannelReview', 12, '12 måneder'],
    ['nb', 'answeredQuestionsPercent', 12.5, '12,5 prosent'],
    ['nb', 'salesPostSharePercent', 1, '1 prosent'],
    ['sv', 'replyTimeInOpeningHours', 1, '1 timme'],
    ['sv', 'replyTimeInOpeningHours', 2, '2 timmar'],
    ['sv', 'replyTimeInOpeningHours', 0.5, '0,5 timmar'],
    ['sv', 'evaluationsPerYear', 1, '1 gång per år'],
    ['sv', 'evaluationsPerYear', 4, '4 gånger per år'],
    ['sv', 'monthsSinceChannelReview', 1, '1 månad'],
    ['sv', 'monthsSinceChannelReview', 12, '12 månader'],
    ['sv', 'videoSharePercent', 12.5, '12,5 procent'],
  ] as const)('%s: %s = %d reads «%s»', (lng, id, value, expected) => {
    expect(answered(lng, id, value)).toBe(expected);
  });

  test('every number question has a unit for the field and a singular and plural for counts, in both languages', () => {
    for (const q of QUESTIONS.filter((x) => x.answer.kind === 'number'))
      for (const lng of ['nb', 'sv'] as const)
        for (const key of ['unit', 'unit_one', 'unit_other'])
          expect(lookup(loadNamespace(lng, q.module), `q.${q.id}.${key}`), `${lng} ${q.id}.${key}`).toEqual(expect.any(String));
  });
});

describe('why a number answer scored what it did', () => {
  const result = (id: string, value: number): QuestionResult => {
    const a = withProfile(
      { customerType: 'b2c' },
      { ...answeredAll(true), answers: { ...answeredAll(true).answers, [id]: number(value) } },
    );
    return scoreAssessment(a)
      .modules.flatMap((m) => m.questions)
      .find((r) => r.question.id === id)!;
  };

  test('bokmål: "høyst 1 time", "høyst 4 timer", and a decimal comma in the answer', () => {
    const why = whyThisScore(result('replyTimeInOpeningHours', 1.5), env.t('nb'));
    expect(why).toContain('høyst 1 time gir 100');
    expect(why).toContain('høyst 4 timer gir 75');
    expect(why).not.toMatch(/\b1 timer\b/);
    expect(why).not.toMatch(/\d\.\d/);
    expect(whyThisScore(result('evaluationsPerYear', 1), env.t('nb'))).toContain('minst 1 gang i året gir 40');
  });

  test('Swedish: "högst 1 timme", "högst 4 timmar", "minst 1 gång per år"', () => {
    const why = whyThisScore(result('replyTimeInOpeningHours', 1.5), env.t('sv'));
    expect(why).toContain('högst 1 timme ger 100');
    expect(why).toContain('högst 4 timmar ger 75');
    expect(why).not.toMatch(/\b1 timmar\b/);
    expect(whyThisScore(result('evaluationsPerYear', 1), env.t('sv'))).toContain('minst 1 gång per år ger 40');
  });

  test('the reports carry the same composed forms: no "1 timer" and no decimal point in any answer', () => {
    const assessment = withProfile(
      { customerType: 'b2c' },
      { ...answeredAll(true), answers: { ...answeredAll(true).answers, replyTimeInOpeningHours: number(0.5) } },
    );
    for (const [lng, expected] of [
      ['nb', '0,5 timer'],
      ['sv', '0,5 timmar'],
    ] as const) {
      const report = buildReport(assessment, env.t(lng), lng, NOW);
      const row = report.modules.flatMap((m) => m.questions).find((q) => q.id === 'replyTimeInOpeningHours')!;
      expect(row.answer).toBe(expected);
      expect(row.whyThisScore).not.toMatch(/\d\.\d|\b1 (timer|timmar)\b/);
    }
  });
});

describe("the plan's hours, with a decimal comma", () => {
  test.each([
    ['nb', 0.5, /\b0,5 timer\b/],
    ['nb', 1, /\b1 time\b/],
    ['sv', 0.5, /\b0,5 timmar\b/],
    ['sv', 1, /\b1 timme\b/],
  ] as const)('%s, %d hours a week: %s', (lng, hours, expected) => {
    const a = withProfile({ customerType: 'b2c', hoursPerWeek: hours }, answeredAll(false));
    const result = scoreAssessment(a);
    const notes = planNotes(generatePlan(a, result), result, env.t(lng), lng).join(' ');
    expect(notes).toMatch(expected);
    expect(notes).not.toMatch(/\d\.\d|\b1 (timer|timmar)\b/);
  });
});

describe('due dates as each language writes them, in every export', () => {
  const withDue = (): Assessment => {
    const base = withProfile({ companyName: 'Fjordbakeriet', customerType: 'b2c', channels: ['facebook'] }, answeredAll(false));
    const first = generatePlan(base).active[0]!;
    return { ...base, planEdits: { [first.action.id]: { owner: 'Ola', due: '2026-12-01', status: 'inProgress', note: '' } } };
  };

  test.each([
    ['nb', '01.12.2026', '2026-12-01'],
    ['sv', '2026-12-01', '01.12.2026'],
  ] as const)('%s: the report, the plan CSV and the Word plan say %s', async (lng, shown, otherForm) => {
    const report = buildReport(withDue(), env.t(lng), lng, NOW);
    expect(report.plan.flatMap((h) => h.actions).find((a) => a.owner === 'Ola')!.due).toBe(shown);

    const csv = planCsv(report);
    expect(csv).toContain(`;Ola;${shown};`);
    expect(csv).not.toContain(otherForm);

    const docx = unzipSync(new Uint8Array(await buildWordPlan(report, env.t(lng))));
    const xml = strFromU8(docx['word/document.xml']!);
    expect(xml).toContain(`>${shown}<`);
    expect(xml).not.toContain(otherForm);
  });

  test.each([
    ['nb', '30.11.2026'],
    ['sv', '2026-11-30'],
  ] as const)("%s: the class overview's CSV gives the day handed in as %s", (lng, shown) => {
    // Noon local time: the same calendar day in every time zone the tests may run in.
    const handedInAt = new Date(2026, 10, 30, 12).toISOString();
    const base = createHomeworkAssessment('hw1', handedInAt, lng, 'MARK2100', 0);
    const assessment: Assessment = { ...base, homework: { ...base.homework!, student: 'Kari Nordmann', handedInAt } };
    const overview = buildClassOverview({ files: [{ path: '/k/kari.somekompass', fileName: 'kari.somekompass', ok: true, assessment }] });
    const row = classCsv(overview, env.t(lng), lng)
      .split('\r\n')
      .find((l) => l.startsWith('Kari Nordmann;'));
    expect(row?.split(';')[2]).toBe(shown);
  });
});
