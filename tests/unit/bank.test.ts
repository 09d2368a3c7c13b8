import { describe, expect, test } from 'vitest';
import { ACTIONS, QUESTIONS, QUESTIONS_BY_MODULE, actionNamespace, actionsForQuestion, familyOf } from '../../renderer/src/domain/bank';
import { PROFILE_RULE_IDS } from '../../renderer/src/domain/model/profileRules';
import {
  AD_BUDGETS,
  AGE_BANDS,
  CHANNELS,
  COMPANY_SIZES,
  CUSTOMER_TYPES,
  GOALS,
  INDUSTRIES,
  MARKETS,
  MODULE_IDS,
  SOURCE_KEYS,
} from '../../renderer/src/domain/model/types';
import { loadNamespace, lookup } from './localeFiles';

const LANGS = ['nb', 'sv'] as const;

describe('question bank', () => {
  test('each module has 8 to 12 scored questions', () => {
    for (const m of MODULE_IDS) {
      expect(QUESTIONS_BY_MODULE[m].length, m).toBeGreaterThanOrEqual(8);
      expect(QUESTIONS_BY_MODULE[m].length, m).toBeLessThanOrEqual(12);
    }
  });

  test('ids are unique across questions and across actions', () => {
    const q = QUESTIONS.map((x) => x.id);
    const a = ACTIONS.map((x) => x.id);
    expect(new Set(q).size).toBe(q.length);
    expect(new Set(a).size).toBe(a.length);
    for (const id of [...q, ...a]) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  test('every question has a valid weight, sources, and at least one action', () => {
    for (const q of QUESTIONS) {
      expect([1, 2, 3]).toContain(q.weight);
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const s of q.sources) expect(SOURCE_KEYS).toContain(s);
      expect(actionsForQuestion(q.id).length, `${q.id} triggers no action`).toBeGreaterThan(0);
    }
  });

  test('answer specs are well-formed', () => {
    for (const q of QUESTIONS) {
      const spec = q.answer;
      if (spec.kind === 'choice') {
        expect(spec.options.length).toBeGreaterThanOrEqual(2);
        expect(Math.max(...spec.options.map((o) => o.points)), q.id).toBe(100);
        for (const o of spec.options) expect(o.points).toBeGreaterThanOrEqual(0);
      }
      if (spec.kind === 'multi') {
        // Negative weights (practices that cost points) are allowed, but something must earn points.
        for (const o of spec.options) expect(o.weight, q.id).not.toBe(0);
        expect(
          spec.options.some((o) => o.weight > 0),
          q.id,
        ).toBe(true);
      }
      if (spec.kind === 'number') {
        expect(spec.scoring.min).toBeLessThan(spec.scoring.max);
        expect(Math.max(...spec.scoring.steps.map((s) => s.points)), q.id).toBe(100);
      }
    }
    const kinds = (m: string) => new Set(QUESTIONS.filter((q) => q.module === m).map((q) => q.answer.kind));
    for (const m of MODULE_IDS) expect(kinds(m).size, `${m} mixes answer types`).toBeGreaterThanOrEqual(3);
  });

  test('actions: valid impact, effort, sources and triggers', () => {
    const questionIds = new Set(QUESTIONS.map((q) => q.id));
    for (const a of ACTIONS) {
      expect([1, 2, 3]).toContain(a.impact);
      expect([1, 2, 3]).toContain(a.effort);
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      const triggers = [...(a.triggers.questions ?? []), ...(a.triggers.rules ?? [])];
      // Upkeep actions, one-person variants and small-firm variants are planned without a trigger of their own.
      const untriggered = a.maintenance === true || ACTIONS.some((other) => other.soloVariant === a.id || other.smallFirmVariant === a.id);
      expect(triggers.length > 0 || untriggered, `${a.id} has no trigger`).toBe(true);
      if (a.maintenance) expect(triggers, `${a.id} is upkeep only`).toEqual([]);
      if (a.soloVariant)
        expect(ACTIONS.find((x) => x.id === a.soloVariant)?.fits?.needsTeam, `${a.soloVariant} needs no team`).not.toBe(true);
      // A solo variant stands in for an action one person cannot do (a team) or does inside the daily routine.
      if (a.soloVariant)
        expect(
          a.fits?.needsTeam === true || a.fits?.notForSmallFirms === true,
          `${a.id} has a solo variant but is fine for one person`,
        ).toBe(true);
      if (a.smallFirmVariant) expect(a.fits?.notForSmallFirms, `${a.id} has a small-firm variant but fits small firms`).toBe(true);
      for (const t of a.triggers.questions ?? []) {
        expect(questionIds.has(t.id), `${a.id} -> ${t.id}`).toBe(true);
        expect(t.below).toBeGreaterThan(0);
        expect(t.below).toBeLessThanOrEqual(100);
      }
      for (const r of a.triggers.rules ?? []) expect(PROFILE_RULE_IDS).toContain(r);
    }
  });

  test('"after" names families that exist, and the order they make has no circle', () => {
    const families = new Set(ACTIONS.map(familyOf));
    for (const a of ACTIONS) for (const f of a.after ?? []) expect(families.has(f), `${a.id} after ${f}`).toBe(true);
    // Depth-first search over families: a family met again on the current path is a circle.
    const edges = new Map<string, Set<string>>();
    for (const a of ACTIONS) for (const f of a.after ?? []) edges.set(familyOf(a), new Set([...(edges.get(familyOf(a)) ?? []), f]));
    const visit = (f: string, path: string[]): void => {
      expect(path, `circle: ${[...path, f].join(' -> ')}`).not.toContain(f);
      for (const next of edges.get(f) ?? []) visit(next, [...path, f]);
    };
    for (const f of families) visit(f, []);
  });

  test('every family has one module, so the plan can reason about areas', () => {
    const moduleOfFamily = new Map<string, string>();
    for (const a of ACTIONS) {
      const known = moduleOfFamily.get(familyOf(a));
      if (known && !familyOf(a).startsWith('findOut')) expect(a.module, `${a.id} in ${familyOf(a)}`).toBe(known);
      moduleOfFamily.set(familyOf(a), a.module);
    }
  });

  describe.each(LANGS)('texts in %s', (lng) => {
    test('every question has its text, short, why and answer texts', () => {
      for (const q of QUESTIONS) {
        const ns = loadNamespace(lng, q.module);
        for (const k of ['text', 'short', 'why']) expect(lookup(ns, `q.${q.id}.${k}`), `${lng} ${q.id}.${k}`).toEqual(expect.any(String));
        if (q.answer.kind === 'scale') expect((lookup(ns, `q.${q.id}.levels`) as unknown[]).length).toBe(5);
        if (q.answer.kind === 'choice' || q.answer.kind === 'multi')
          for (const o of q.answer.options)
            expect(lookup(ns, `q.${q.id}.options.${o.id}`), `${lng} ${q.id}.${o.id}`).toEqual(expect.any(String));
        if (q.answer.kind === 'number') expect(lookup(ns, `q.${q.id}.unit`)).toEqual(expect.any(String));
      }
    });

    test('every action has title, why, 3-5 steps and a KPI', () => {
      for (const a of ACTIONS) {
        const ns = loadNamespace(lng, actionNamespace(a));
        for (const k of ['title', 'why', 'kpi']) expect(lookup(ns, `a.${a.id}.${k}`), `${lng} ${a.id}.${k}`).toEqual(expect.any(String));
        const steps = lookup(ns, `a.${a.id}.steps`) as unknown[];
        expect(steps.length, `${lng} ${a.id}.steps`).toBeGreaterThanOrEqual(3);
        expect(steps.length).toBeLessThanOrEqual(5);
      }
    });

    test('every module, profile field, option, rule and source has its text', () => {
      const common = loadNamespace(lng, 'common');
      const profile = loadNamespace(lng, 'profile');
      for (const m of MODULE_IDS) expect(lookup(loadNamespace(lng, m), 'name')).toEqual(lookup(common, `modules.${m}`));
      const sources = loadNamespace(lng, 'sources');
      for (const s of SOURCE_KEYS) {
        expect(lookup(sources, `line.${s}`), s).toEqual(expect.any(String));
        expect(lookup(sources, `name.${s}`), s).toEqual(expect.stringMatching(/\S/));
      }
      const options = {
        industry: INDUSTRIES,
        customerType: CUSTOMER_TYPES,
        size: COMPANY_SIZES,
        markets: MARKETS,
        ageBands: AGE_BANDS,
        goals: GOALS,
        channels: CHANNELS,
        adBudget: AD_BUDGETS,
      };
      for (const [field, values] of Object.entries(options)) {
        expect(lookup(profile, `fields.${field}.label`)).toEqual(expect.any(String));
        for (const v of values) expect(lookup(profile, `options.${field}.${v}`), `${field}.${v}`).toEqual(expect.any(String));
      }
      for (const r of PROFILE_RULE_IDS) expect(lookup(profile, `rules.${r}`), r).toEqual(expect.any(String));
    });
  });
});
