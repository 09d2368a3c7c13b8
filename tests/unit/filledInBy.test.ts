/**
 * Issue 15, part 2: a small firm is not a corporation. The profile says who fills in (owner or manager, an employee
 * responsible for social media, a consultant; file format 7), and a small firm (2-9) whose owner or manager fills in
 * is never told to anchor the goals with "the management" or to hand a mandate to the one responsible: that person
 * is the management. A consultant or an employee still gets both (they need the owner's backing), and a one-person
 * business never gets them at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readAssessmentFile, writeAssessmentFile } from '../../electron/main/services/fileImport';
import { FILE_SCHEMA_VERSION, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { ACTIONS, QUESTIONS } from '../../renderer/src/domain/bank';
import { generatePlan, type Plan } from '../../renderer/src/domain/plan/plan';
import { FILLED_IN_BY, type Answer, type Assessment, type Profile } from '../../renderer/src/domain/model/types';
import { blankAssessment, extremeAnswer, withProfile } from './fixtures';
import { profileArbitrary } from './profileArbitrary';
import { createTestI18n, type TestI18n } from './reportI18n';
import { COMPANIES, companyAssessment } from '../fixtures/companies';

const NOW = new Date('2026-12-05T10:00:00.000Z');
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-filled-in-by-'));
  dirs.push(d);
  return d;
};
let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n({ escapeValue: false });
});
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The actions that send the person filling in to the management. */
const TO_THE_MANAGEMENT = ['anchorGoalsWithLeadership', 'delegateCourseChanges'];
const planned = (plan: Plan): string[] => [...plan.active, ...plan.later].map((p) => p.action.id);

describe('file format 7: who fills in', () => {
  const bakery = (filledInBy?: Profile['filledInBy']): Assessment =>
    withProfile({ companyName: 'Bakeri Solsiden', size: 'small', ...(filledInBy === undefined ? {} : { filledInBy }) });

  test('a version 7 file keeps each answer, and no answer, through writing and reading', async () => {
    const dir = tempDir();
    for (const filledInBy of [...FILLED_IN_BY, null]) {
      const a = bakery(filledInBy);
      const path = join(dir, `${String(filledInBy)}.somekompass`);
      await writeAssessmentFile(path, a, '1.0.0', NOW);
      expect(await readAssessmentFile(path)).toEqual({ ok: true, assessment: a, fromVersion: FILE_SCHEMA_VERSION });
      // As version 7 wrote it (the format has moved on to logos since): read as it was.
      const v7 = { ...(JSON.parse(serializeAssessmentFile(a, '1.0.0', NOW)) as Record<string, unknown>), schemaVersion: 7 };
      writeFileSync(path, JSON.stringify(v7, null, 2));
      expect(await readAssessmentFile(path)).toEqual({ ok: true, assessment: a, fromVersion: 7 });
    }
  });

  test('a version 6 file, written before the question, is read as it is: not answered', async () => {
    const a = bakery();
    delete a.profile.filledInBy;
    const v6 = { ...(JSON.parse(serializeAssessmentFile(a, '0.9.0', NOW)) as Record<string, unknown>), schemaVersion: 6 };
    const path = join(tempDir(), 'v6.somekompass');
    writeFileSync(path, JSON.stringify(v6, null, 2));
    const read = await readAssessmentFile(path);
    expect(read).toEqual({ ok: true, assessment: a, fromVersion: 6 });
    if (read.ok) expect(read.assessment.profile.filledInBy).toBeUndefined();
  });

  test('a value no version knows is refused with the message the import shows (files:import.errors), in both languages', async () => {
    const dir = tempDir();
    for (const bad of ['boss', 'Owner', '', 3, true, ['employee']]) {
      const file = JSON.parse(serializeAssessmentFile(bakery('employee'), '1.0.0', NOW)) as {
        assessment: { profile: Record<string, unknown> };
      };
      file.assessment.profile.filledInBy = bad;
      const path = join(dir, 'bad.somekompass');
      writeFileSync(path, JSON.stringify(file));
      const read = await readAssessmentFile(path);
      expect(read, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
      if (read.ok) continue;
      expect(read.error.detail).toContain('filledInBy');
      expect(i18n.i18n.t(`files:import.errors.${read.error.code}`, { lng: 'nb' })).toBe(
        'Filen ser ut som en vurdering fra SoMe-kompass, men noe i den er feil eller mangler, så den kan ikke importeres.',
      );
      expect(i18n.i18n.t(`files:import.errors.${read.error.code}`, { lng: 'sv' })).toBe(
        'Filen ser ut som en bedömning från SoMe-kompass, men något i den är fel eller saknas, så den går inte att importera.',
      );
    }
  });
});

// ---- The plan --------------------------------------------------------------------------------------------------

/** Every question answered at its best or its worst, or "don't know": the management questions come out weak often. */
const answersArb: fc.Arbitrary<Record<string, Answer>> = fc
  .array(fc.integer({ min: 0, max: 2 }), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length })
  .map((picks) =>
    Object.fromEntries(
      QUESTIONS.map((q, i) => [q.id, picks[i] === 2 ? ({ kind: 'dontKnow' } as const) : extremeAnswer(q, picks[i] === 0)]),
    ),
  );
const companyArb = (fields: Parameters<typeof profileArbitrary>[0]): fc.Arbitrary<Assessment> =>
  fc.tuple(profileArbitrary(fields), answersArb).map(([profile, answers]) => ({ ...blankAssessment(), profile, answers }));
const RUNS = { numRuns: 600, seed: 20261205 };

describe('a small firm whose owner or manager fills in', () => {
  test('the actions that send the one filling in to the management are marked so', () => {
    expect(ACTIONS.filter((a) => a.fits?.notWhenOwnerFillsIn).map((a) => a.id)).toEqual(TO_THE_MANAGEMENT);
  });

  test('over 600 generated small owner-run firms, never gets them; a consultant for the same firm does', () => {
    let consultantGotThem = 0;
    fc.assert(
      fc.property(companyArb({ size: fc.constant('small'), filledInBy: fc.constant('ownerOrManager') }), (a) => {
        const plan = generatePlan(a);
        for (const id of TO_THE_MANAGEMENT) expect(planned(plan), id).not.toContain(id);
        // The same firm with a consultant filling in: whatever of them the answers call for is planned, and is what
        // the owner's plan left out, for this reason.
        const forConsultant = planned(generatePlan({ ...a, profile: { ...a.profile, filledInBy: 'consultant' } }));
        const called = TO_THE_MANAGEMENT.filter((id) => forConsultant.includes(id));
        if (called.length > 0) consultantGotThem++;
        for (const id of called) expect(plan.excluded).toContainEqual({ actionId: id, reason: 'notWhenOwnerFillsIn' });
      }),
      RUNS,
    );
    // Not vacuous: the answers called for them in a good share of the firms.
    expect(consultantGotThem).toBeGreaterThan(RUNS.numRuns / 4);
  });

  test('an employee, a consultant, no answer, or a larger firm still gets them when the answers call for them', () => {
    // Weak on both management questions, strong elsewhere, so the plan has room for them.
    const answers = Object.fromEntries(
      QUESTIONS.map((q) => [q.id, extremeAnswer(q, !['leadershipBehindGoals', 'quickCourseChange'].includes(q.id))]),
    );
    const firm = (patch: Partial<Profile>): Assessment =>
      withProfile({ size: 'small', hoursPerWeek: 10, ...patch }, { ...blankAssessment(), answers });
    for (const patch of [
      { filledInBy: 'employee' },
      { filledInBy: 'consultant' },
      { filledInBy: null },
      { size: 'medium', filledInBy: 'ownerOrManager' },
    ] as const)
      expect(planned(generatePlan(firm(patch))), JSON.stringify(patch)).toEqual(expect.arrayContaining(TO_THE_MANAGEMENT));
    const owner = planned(generatePlan(firm({ filledInBy: 'ownerOrManager' })));
    for (const id of TO_THE_MANAGEMENT) expect(owner, id).not.toContain(id);
  });

  test('a one-person business never gets them, whoever it says fills in', () => {
    fc.assert(
      fc.property(companyArb({ size: fc.constant('solo') }), (a) => {
        const ids = planned(generatePlan(a));
        for (const id of TO_THE_MANAGEMENT) expect(ids, id).not.toContain(id);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  test('the named small firms run by their owners (bakery, builder, café, start-up, shops) get neither', () => {
    const ownerRun = COMPANIES.filter((c) => c.profile.size === 'small' && c.profile.filledInBy === 'ownerOrManager');
    expect(ownerRun.map((c) => c.key)).toEqual(expect.arrayContaining(['bakery', 'builder', 'cafe']));
    for (const c of ownerRun) {
      const plan = generatePlan(companyAssessment(c));
      for (const id of TO_THE_MANAGEMENT) expect(planned(plan), `${c.key}: ${id}`).not.toContain(id);
    }
  });
});
