import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport } from '../../renderer/src/domain/report/report';
import { answersCsv } from '../../renderer/src/domain/report/csv';
import { changeWorkshop, reveal, setConsensus, workshopToDiscuss } from '../../renderer/src/domain/workshop/workshop';
import { QUESTIONS, QUESTIONS_BY_ID } from '../../renderer/src/domain/bank';
import { answerOfText } from '../../renderer/src/domain/plan/explain';
import { buildWordPlan } from '../../renderer/src/features/export/wordPlan';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { sampleWorkshop } from '../fixtures/workshops';
import { createTestI18n, type TestI18n } from './reportI18n';
import { loadNamespace, lookup } from './localeFiles';
import { unzipSync, strFromU8 } from 'fflate';

const NOW = new Date('2026-11-30T12:00:00Z');
let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});
const text = (lng: 'nb' | 'sv', key: string): string => lookup(loadNamespace(lng, 'workshop'), key) as string;
const NAMES = ['Kari', 'Ola', 'Ingrid', 'Sander', 'Mona'];

/** Everything revealed, and the team's answer set on the widest question. */
function agreed(a: Assessment): Assessment {
  const widest = workshopToDiscuss(a.workshop!)[0]!.question;
  return changeWorkshop(a, (w) =>
    setConsensus(
      reveal(
        w,
        QUESTIONS.map((q) => q.id),
      ),
      widest.id,
      { kind: 'dontKnow' },
    ),
  );
}

describe.each(['nb', 'sv'] as const)('a workshop in the report (%s)', (lng) => {
  test("respondents, spread per area, to discuss widest first, the agreed answers; the answers are the team's", () => {
    const a = agreed(sampleWorkshop(5, { language: lng }));
    const report = buildReport(a, i18n.t(lng), lng, NOW);
    const ws = report.workshop!;
    expect(ws.respondents).toBe(5);
    expect(ws.moduleSpread).toHaveLength(4);
    expect(ws.toDiscuss.length).toBeGreaterThan(0);
    const spreads = workshopToDiscuss(a.workshop!).map((d) => d.spread.spread);
    expect(spreads).toEqual([...spreads].sort((x, y) => y - x));
    expect(ws.toDiscuss[0]!.changed).toBe(true);
    expect(ws.consensusChanges.map((c) => c.id)).toEqual([ws.toDiscuss[0]!.id]);
    // The per-question answers in the report are the team's.
    const firstModule = report.modules[0]!;
    expect(firstModule.questions.find((q) => q.id === ws.toDiscuss[0]!.id)?.status).toBe('dontKnow');
    expect(i18n.missing).toEqual([]);
  });

  test("named: each person's scores, answers and CSV columns only when the facilitator chose them", () => {
    const a = agreed(sampleWorkshop(5, { language: lng }));
    const without = buildReport(a, i18n.t(lng), lng, NOW);
    expect(without.workshop!.scores).toBeNull();
    expect(without.workshop!.individual).toBeNull();
    expect(answersCsv(without).split('\r\n')[0]!.split(';')).toHaveLength(5);
    for (const name of NAMES) expect(JSON.stringify(without) + answersCsv(without)).not.toContain(name);
    const withAnswers = buildReport({ ...a, workshop: { ...a.workshop!, includeIndividualAnswers: true } }, i18n.t(lng), lng, NOW);
    expect(withAnswers.workshop!.scores!.columns).toEqual(NAMES);
    expect(withAnswers.workshop!.individual!.columns).toEqual(NAMES);
    expect(withAnswers.workshop!.individual!.note).toBe('');
    const csv = answersCsv(withAnswers);
    const header = csv.split('\r\n')[0]!;
    expect(header.endsWith(NAMES.join(';'))).toBe(true);
    expect(header).toContain(text(lng, 'report.teamAnswerColumn'));
    expect(csv.split('\r\n')[1]!.split(';')).toHaveLength(5 + NAMES.length);
  });

  test('anonymous: no names or ids anywhere; letters from three people when chosen, with the order said; nothing for two', () => {
    const three = agreed(sampleWorkshop(3, { language: lng, anonymous: true }));
    const unticked = buildReport(three, i18n.t(lng), lng, NOW);
    expect(unticked.workshop!.individual).toBeNull();
    expect(answersCsv(unticked).split('\r\n')[0]!.split(';')).toHaveLength(5);
    const report = buildReport({ ...three, workshop: { ...three.workshop!, includeIndividualAnswers: true } }, i18n.t(lng), lng, NOW);
    const person = (letter: string): string => text(lng, 'individualExport.person').replace('{{letter}}', letter);
    expect(report.workshop!.individual!.columns).toEqual(['A', 'B', 'C'].map(person));
    expect(report.workshop!.individual!.note).toBe(text(lng, 'individualExport.orderNote'));
    expect(answersCsv(report).split('\r\n')[0]!.endsWith(['A', 'B', 'C'].map(person).join(';'))).toBe(true);
    expect(report.workshop!.scores!.note).toBe(text(lng, 'scores.anonymousHint'));
    const everything = JSON.stringify(report) + answersCsv(report);
    for (const name of NAMES) expect(everything).not.toContain(name);
    for (const r of three.workshop!.respondents) expect(everything).not.toContain(r.id);
    // Never the numbers the workshop screen passes the laptop by.
    for (const n of [1, 2, 3]) expect(everything).not.toContain(text(lng, 'respondent.numbered').replace('{{number}}', String(n)));
    const twoPeople = agreed(sampleWorkshop(2, { language: lng, anonymous: true }));
    const two = buildReport({ ...twoPeople, workshop: { ...twoPeople.workshop!, includeIndividualAnswers: true } }, i18n.t(lng), lng, NOW);
    expect(two.workshop!.scores).toBeNull();
    expect(two.workshop!.individual).toBeNull();
    expect(answersCsv(two).split('\r\n')[0]!.split(';')).toHaveLength(5);
  });

  test('several options in one line read as one list, without ".;"', () => {
    const q = QUESTIONS_BY_ID.get('reachPractices')!;
    const options = q.answer.kind === 'multi' ? q.answer.options.map((o) => o.id) : [];
    const line = answerOfText(q, { kind: 'multi', options }, i18n.t(lng));
    expect(line.split('; ')).toHaveLength(options.length);
    expect(line).not.toContain('.;');
  });

  test('the Word plan carries the workshop: heading, to discuss and the agreed answers', async () => {
    const a = agreed(sampleWorkshop(4, { language: lng }));
    const report = buildReport(a, i18n.t(lng), lng, NOW);
    const xml = strFromU8(unzipSync(await buildWordPlan(report, i18n.t(lng)))['word/document.xml']!);
    expect(xml).toContain(text(lng, 'report.heading'));
    expect(xml).toContain(report.workshop!.toDiscuss[0]!.topic);
    expect(xml).toContain(text(lng, 'report.consensusHeading'));
  });
});
