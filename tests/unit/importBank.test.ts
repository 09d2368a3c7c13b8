/**
 * Import checks every answer against the question bank (issue 8): 2,000 generated files, each well-formed but with
 * something the bank cannot hold, are refused; the ones with a bad answer to a known question name it; nothing in
 * the data folder changes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { AppStore } from '../../electron/main/services/appStore';
import { importAssessmentFile } from '../../electron/main/services/fileImport';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { answerProblem } from '../../renderer/src/domain/bank/bankValidation';
import type { Answer, Assessment, QuestionDef } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment } from './fixtures';
import { snapshot } from './storedFiles';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const NOW = new Date('2026-11-30T12:00:00Z');

/** A small seeded random generator (mulberry32), so a failing file can be made again. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An answer to `q` that the bank cannot hold, of the kind `variant` picks. */
function badAnswer(q: QuestionDef, variant: number): Answer | null {
  const spec = q.answer;
  const options = [
    // Another kind than the question's.
    spec.kind === 'scale' ? { kind: 'choice', option: 'someOption' } : { kind: 'scale', level: 2 },
    spec.kind === 'number' ? { kind: 'multi', options: [] } : { kind: 'number', value: 1 },
    q.allowNotApplicable ? null : { kind: 'notApplicable' },
    spec.kind === 'choice' ? { kind: 'choice', option: 'notAnOption' } : null,
    spec.kind === 'multi' ? { kind: 'multi', options: ['notAnOption'] } : null,
    spec.kind === 'multi' && spec.options[0] ? { kind: 'multi', options: [spec.options[0].id, spec.options[0].id] } : null,
    spec.kind === 'number' ? { kind: 'number', value: spec.scoring.max + 1 + variant } : null,
    spec.kind === 'number' ? { kind: 'number', value: spec.scoring.min - 1 - variant } : null,
  ].filter((x): x is Answer => x !== null);
  return options[variant % options.length] ?? null;
}

interface Case {
  label: string;
  assessment: Assessment;
  /** The question a bad answer is about, when it is one; the message names it. */
  question?: QuestionDef;
}

function generate(count: number): Case[] {
  const random = seeded(20261130);
  const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(random() * list.length)]!;
  const cases: Case[] = [];
  while (cases.length < count) {
    const base = answeredAll(random() < 0.5, blankAssessment(`gen-${cases.length}`));
    const kind = Math.floor(random() * 10);
    if (kind < 7) {
      const q = pick(QUESTIONS);
      const answer = badAnswer(q, Math.floor(random() * 20));
      if (!answer) continue;
      expect(answerProblem(q, answer), `${q.id} ${JSON.stringify(answer)}`).not.toBeNull();
      cases.push({
        label: `${q.id}: ${JSON.stringify(answer)}`,
        assessment: { ...base, answers: { ...base.answers, [q.id]: answer } },
        question: q,
      });
    } else if (kind === 7) {
      const id = `unknownQuestion${Math.floor(random() * 1000)}`;
      cases.push({
        label: `unknown question ${id}`,
        assessment: { ...base, answers: { ...base.answers, [id]: { kind: 'scale', level: 1 } } },
      });
    } else if (kind === 8) {
      const id = `unknownAction${Math.floor(random() * 1000)}`;
      cases.push({
        label: `unknown action ${id}`,
        assessment: { ...base, planEdits: { [id]: { owner: '', due: '', status: 'notStarted', note: '' } } },
      });
    } else {
      const due = pick(['2027-02-30', '2027-13-01', '2026-04-31', '2100-02-29', '0000-01-01']);
      cases.push({
        label: `due ${due}`,
        assessment: { ...base, planEdits: { writeSocialGoals: { owner: 'Kari', due, status: 'inProgress', note: '' } } },
      });
    }
  }
  return cases;
}

describe('import checks answers against the question bank', () => {
  test('2,000 generated files the bank cannot hold are refused, naming the question, and change nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-import-bank-'));
    dirs.push(dir);
    const data = join(dir, 'data');
    const store = new AppStore(data, openConfBackend);
    store.saveAssessment(answeredAll(true, blankAssessment('kept')));
    const before = JSON.stringify(snapshot(data));
    const cases = generate(2_000);
    const codes = new Map<string, number>();
    for (const [i, c] of cases.entries()) {
      const path = join(dir, `${i}.somekompass`);
      writeFileSync(path, serializeAssessmentFile(c.assessment, '1.0.0', NOW));
      const outcome = await importAssessmentFile(store, path, `new-${i}`, NOW);
      expect(outcome.ok, c.label).toBe(false);
      if (outcome.ok) continue;
      codes.set(outcome.error.code, (codes.get(outcome.error.code) ?? 0) + 1);
      if (c.question) {
        expect(outcome.error.code, c.label).toBe('answerMismatch');
        expect(outcome.error.question, c.label).toEqual({
          module: c.question.module,
          number: QUESTIONS_BY_MODULE[c.question.module].indexOf(c.question) + 1,
        });
      } else expect(outcome.error.code, c.label).toBe('invalid');
      rmSync(path);
    }
    expect(JSON.stringify(snapshot(data))).toBe(before);
    expect(store.listAssessments().map((a) => a.id)).toEqual(['kept']);
    expect(codes.get('answerMismatch') ?? 0).toBeGreaterThan(1_000);
    expect(codes.get('invalid') ?? 0).toBeGreaterThan(300);
  }, 120_000);
});
