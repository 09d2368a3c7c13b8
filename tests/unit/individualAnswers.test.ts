/**
 * Issue 16, points 2 and 3: what of each person leaves the app, and in what order. The anonymous order is a
 * permutation that does not follow joining order and stays put for a workshop; with "include each participant's
 * answers" unticked, no export (PDF report model, answers CSV, Word plan) carries anything of any one person.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { buildReport } from '../../renderer/src/domain/report/report';
import { answersCsv } from '../../renderer/src/domain/report/csv';
import { buildWordPlan } from '../../renderer/src/features/export/wordPlan';
import { exportedPeople, neutralOrder, personLetter } from '../../renderer/src/domain/workshop/individualAnswers';
import { addRespondent, changeWorkshop, createWorkshopAssessment, setRespondentAnswers } from '../../renderer/src/domain/workshop/workshop';
import { parseAssessmentFile, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import type { Answer, Assessment, Workshop } from '../../renderer/src/domain/model/types';
import { answerAt, type Level } from '../fixtures/companies';
import { WORKSHOP_PROFILE } from '../fixtures/workshops';
import { createTestI18n, type TestI18n } from './reportI18n';

const NOW = new Date('2026-11-30T12:00:00Z');
const LEVELS: ReadonlyArray<Level> = ['weak', 'middling', 'good', 'strong'];
let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

/** A workshop whose people join in the given order, with the given ids, names and answer levels. */
function workshopOf(anonymous: boolean, people: ReadonlyArray<{ id: string; name: string; level: number }>, include = false): Assessment {
  let a = createWorkshopAssessment('w', '2026-11-30T09:00:00.000Z', 'nb', anonymous);
  a = { ...a, profile: { ...a.profile, ...WORKSHOP_PROFILE } };
  for (const p of people) {
    const answers: Record<string, Answer> = Object.fromEntries(QUESTIONS.map((q) => [q.id, answerAt(q, LEVELS[p.level % 4]!)]));
    a = changeWorkshop(a, (w) => setRespondentAnswers(addRespondent(w, p.id, p.name), p.id, answers));
  }
  return { ...a, workshop: { ...a.workshop!, includeIndividualAnswers: include } };
}

const joiningOrder = (w: Workshop): string[] => w.respondents.map((r) => r.id);
const ids = (n: number) => fc.uniqueArray(fc.uuid(), { minLength: n, maxLength: n });

describe('the neutral order of anonymous columns', () => {
  test('is a permutation of the respondents, the same every time and after the file is written and read back', () => {
    fc.assert(
      fc.property(ids(6), (list) => {
        const a = workshopOf(
          true,
          list.map((id, i) => ({ id, name: '', level: i })),
        );
        const order = neutralOrder(a.workshop!).map((r) => r.id);
        expect([...order].sort()).toEqual([...joiningOrder(a.workshop!)].sort());
        expect(neutralOrder(a.workshop!).map((r) => r.id)).toEqual(order);
        const parsed = parseAssessmentFile(new TextEncoder().encode(serializeAssessmentFile(a, '0.1.0', NOW)));
        if (!parsed.ok) throw new Error(parsed.error.detail);
        expect(neutralOrder(parsed.assessment.workshop!).map((r) => r.id)).toEqual(order);
      }),
      { numRuns: 50, seed: 16 },
    );
  });

  test('someone joining later takes a place; the others keep their order among themselves', () => {
    fc.assert(
      fc.property(ids(5), (list) => {
        const before = neutralOrder(
          workshopOf(
            true,
            list.slice(0, 4).map((id) => ({ id, name: '', level: 0 })),
          ).workshop!,
        ).map((r) => r.id);
        const after = neutralOrder(
          workshopOf(
            true,
            list.map((id) => ({ id, name: '', level: 0 })),
          ).workshop!,
        ).map((r) => r.id);
        expect(after.filter((id) => id !== list[4])).toEqual(before);
      }),
      { numRuns: 50, seed: 16 },
    );
  });

  test('does not follow joining order: over 2000 workshops of five, the first to sit down lands anywhere', () => {
    const landed = [0, 0, 0, 0, 0];
    let asJoined = 0;
    fc.assert(
      fc.property(ids(5), (list) => {
        const w = workshopOf(
          true,
          list.map((id) => ({ id, name: '', level: 0 })),
        ).workshop!;
        const order = neutralOrder(w).map((r) => r.id);
        landed[order.indexOf(list[0]!)]! += 1;
        if (order.join() === joiningOrder(w).join()) asJoined += 1;
      }),
      { numRuns: 2000, seed: 16 },
    );
    // Chance alone: 1 in 120 keeps the joining order, and each place gets a fifth (400) of the first people.
    expect(asJoined).toBeLessThan(40);
    for (const count of landed) expect(count).toBeGreaterThan(300);
    for (const count of landed) expect(count).toBeLessThan(500);
  });

  test('letters A to Z, then AA, AB … for a workshop of up to fifty', () => {
    expect([0, 1, 25, 26, 27, 49].map(personLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AX']);
  });

  test('the exported columns follow it, by letter; the screen numbers and ids are nowhere', () => {
    const people = ['r1', 'r2', 'r3', 'r4'].map((id, i) => ({ id, name: '', level: i }));
    const w = workshopOf(true, people, true).workshop!;
    const exported = exportedPeople(w);
    expect(exported.map((p) => p.answers)).toEqual(neutralOrder(w).map((r) => r.answers));
    expect(exported.map((p) => p.label)).toEqual(['A', 'B', 'C', 'D'].map((letter) => ({ kind: 'letter', letter })));
    // These four ids happen to shuffle away from joining order: the test would say nothing if they did not.
    expect(neutralOrder(w).map((r) => r.id)).not.toEqual(['r1', 'r2', 'r3', 'r4']);
  });
});

describe.each(['nb', 'sv'] as const)('no export carries one person unless the facilitator chose it (%s)', (lng) => {
  /** Names no text of the app contains, so finding one in an export can only mean a person leaked. */
  const people = fc
    .uniqueArray(fc.stringMatching(/^[A-Z][a-z]{5,8}q$/), { minLength: 0, maxLength: 6 })
    .chain((names) =>
      fc.tuple(
        fc.constant(names),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: names.length, maxLength: names.length }),
        fc.uniqueArray(fc.uuid(), { minLength: names.length, maxLength: names.length }),
      ),
    );

  test('unticked: no per-person columns, table or scores in the report, the CSV or the Word plan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), people, async (anonymous, [names, levels, idList]) => {
        const a = workshopOf(
          anonymous,
          names.map((name, i) => ({ id: idList[i]!, name, level: levels[i]! })),
        );
        const report = buildReport(a, i18n.t(lng), lng, NOW);
        expect(report.workshop!.individual).toBeNull();
        if (!anonymous) expect(report.workshop!.scores).toBeNull();
        const csv = answersCsv(report);
        for (const line of csv.split('\r\n').slice(0, 3)) if (line) expect(line.split(';').length).toBeLessThanOrEqual(5);
        const word = strFromU8(unzipSync(await buildWordPlan(report, i18n.t(lng)))['word/document.xml']!);
        for (const text of [JSON.stringify(report), csv, word]) {
          for (const name of names) expect(text).not.toContain(name);
          for (const id of idList) expect(text).not.toContain(id);
        }
      }),
      { numRuns: 12, seed: 16 },
    );
  });

  test('ticked: the CSV columns are the report table columns, in the same order with the same answers', () => {
    fc.assert(
      fc.property(fc.boolean(), people, (anonymous, [names, levels, idList]) => {
        const a = workshopOf(
          anonymous,
          names.map((name, i) => ({ id: idList[i]!, name, level: levels[i]! })),
          true,
        );
        const report = buildReport(a, i18n.t(lng), lng, NOW);
        const individual = report.workshop!.individual;
        if (names.length === 0 || (anonymous && names.length < 3)) {
          expect(individual).toBeNull();
          return;
        }
        const header = answersCsv(report).split('\r\n')[0]!.split(';');
        expect(header.slice(5)).toEqual(individual!.columns);
        if (anonymous) for (const name of names) expect(JSON.stringify(report)).not.toContain(name);
      }),
      { numRuns: 20, seed: 16 },
    );
  });
});
