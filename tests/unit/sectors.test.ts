/**
 * Sector rules from the profile's industry (issue 15, part 4; renderer/src/domain/model/sectors.ts): health, legal
 * and finance never confirm a client in public, take no case into direct messages, thank no client by name and give
 * no advice in groups; public bodies get comment rules, archiving and accessible posts; an audience of 13-17-year-olds
 * gets the rules for marketing to children. Checked over generated companies in both languages, on the named sector
 * companies of tests/fixtures, and on the file format that carries the new industries.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generatePlan, type Plan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import { actionTexts, whyNowText, type Translate } from '../../renderer/src/domain/plan/explain';
import { ACTIONS, ACTIONS_BY_ID, QUESTIONS, actionNamespace } from '../../renderer/src/domain/bank';
import { SECTOR_SOURCES, citedFor, sectorGroupOf, sectorOf, type SectorIndustry } from '../../renderer/src/domain/model/sectors';
import {
  INDUSTRIES,
  SECTOR_GROUPS,
  type Answer,
  type Assessment,
  type Industry,
  type Language,
  type Profile,
} from '../../renderer/src/domain/model/types';
import { FILE_SCHEMA_VERSION, parseAssessmentFile, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { blankAssessment, extremeAnswer, withProfile } from './fixtures';
import { profileArbitrary } from './profileArbitrary';
import { loadNamespace, lookup } from './localeFiles';
import { createTestI18n, type TestI18n } from './reportI18n';

const LANGS: ReadonlyArray<Language> = ['nb', 'sv'];
const CONFIDENTIAL: ReadonlyArray<SectorIndustry> = ['health', 'legal', 'finance'];
const GUARDRAIL_OF: Readonly<Record<SectorIndustry, string>> = {
  health: 'answerWithoutConfirmingPatients',
  legal: 'answerWithoutConfirmingClients',
  finance: 'answerWithoutConfirmingCustomers',
  publicSector: 'publishCommentRulesAndArchive',
};

// ---- What a confidential sector must never be told ------------------------------------------------------------

/** Words that say no ("aldri", "ikke", "inte" ...): what they stand before, or right after, is warned against. */
const NEGATION = /^(aldri|ikke|ingen|ingenting|aldrig|inte|inga|inget|varken|verken)$/i;
/** What a confidential sector must never be told, as the word that tells it and what must be near it. */
const HARMFUL: ReadonlyArray<{ name: string; keyword: RegExp; near: RegExp }> = [
  {
    name: 'take the details into a direct message',
    keyword: /direktemelding|direktmeddelande|melding i sosiale medier|meddelande i sociala medier/i,
    near: /detalj|\bsak|ärende/i,
  },
  { name: 'apologise in public', keyword: /beklag|ursäkt/i, near: /./ },
  { name: 'thank clients by name', keyword: /\b(takk|tack|tacka)\b/i, near: /\b(navn|namn)\b/i },
  {
    name: 'help or advise in groups',
    keyword: /hjelp|hjälp|\bråd\b|bidra|delta/i,
    near: /\b(gruppe|grupper|gruppene|gruppa|grupp|gruppen|grupperna)\b/i,
  },
];

/**
 * Whether the word at `index` in `clause` is negated: a "no" earlier in the clause ("Gi aldri råd", "be inte om
 * ursäkt"), or right after it with nothing between ("beklag ikke", "Takk aldri"). "bidra med hjelp, ikke reklame"
 * is not: the comma puts the "ikke" on something else.
 */
function negated(clause: string, index: number, length: number): boolean {
  const before = clause.slice(0, index).split(/[^\p{L}]+/u);
  const after = /^\p{L}*\s+(\p{L}+)/u.exec(clause.slice(index + length))?.[1] ?? '';
  return before.some((w) => NEGATION.test(w)) || NEGATION.test(after);
}

/** What in a text tells a confidential sector to do something it must not, clause by clause. */
function harmfulAdvice(text: string): string[] {
  return text.split(/(?<=[.;:!?])\s+/).flatMap((clause) =>
    HARMFUL.filter((h) => {
      const found = h.keyword.exec(clause);
      return found !== null && h.near.test(clause) && !negated(clause, found.index, found[0].length);
    }).map((h) => `${h.name}: «${clause}»`),
  );
}

/** Everything the plan says about an action, in one language: title, why, steps, KPI and the "why now" line. */
function everythingSaid(p: PlannedAction, t: Translate): string[] {
  const texts = actionTexts(p, t);
  return [texts.title, texts.why, ...texts.steps, texts.kpi, ...texts.details, whyNowText(p, t)];
}

/** Sector texts asked for and not found (a one-person text an action does not have is looked up and skipped by design). */
const sectorKeysMissing = (): string[] => i18n.missing.filter((key) => /\.sector\.|:sectors\.|\.sector$/.test(key));

const all = (plan: Plan): PlannedAction[] => [...plan.active, ...plan.later];
const firstThirty = (plan: Plan): PlannedAction[] => plan.active.filter((p) => p.horizon === 'first30');

// ---- Generated companies ------------------------------------------------------------------------------------------

const profileArb = (industries: ReadonlyArray<Industry>): fc.Arbitrary<Profile> =>
  profileArbitrary({ industry: fc.constantFrom(...industries) });

/** Each question answered at its best, at its worst, in the middle, "don't know", or not at all. */
const answersArb: fc.Arbitrary<Record<string, Answer>> = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length })
  .map((picks) => {
    const answers: Record<string, Answer> = {};
    QUESTIONS.forEach((q, i) => {
      const pick = picks[i] ?? 4;
      if (pick === 0) answers[q.id] = extremeAnswer(q, true);
      if (pick === 1) answers[q.id] = extremeAnswer(q, false);
      if (pick === 2) answers[q.id] = q.answer.kind === 'scale' ? { kind: 'scale', level: 2 } : extremeAnswer(q, false);
      if (pick === 3) answers[q.id] = { kind: 'dontKnow' };
    });
    return answers;
  });

const assessmentArb = (industries: ReadonlyArray<Industry>): fc.Arbitrary<Assessment> =>
  fc.tuple(profileArb(industries), answersArb).map(([profile, answers]) => ({ ...blankAssessment(), profile, answers }));

const RUNS = { numRuns: 500, seed: 20261215 };

let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n({ escapeValue: false });
});

describe('sector rules as data', () => {
  test('the industries the list lacked are there, and the old ids are kept', () => {
    for (const id of [
      'retail',
      'hospitality',
      'services',
      'crafts',
      'manufacturing',
      'technology',
      'health',
      'culture',
      'nonprofit',
      'other',
    ])
      expect(INDUSTRIES).toContain(id);
    for (const id of ['legal', 'finance', 'publicSector', 'education', 'wellness']) expect(INDUSTRIES).toContain(id);
    expect(INDUSTRIES.at(-1)).toBe('other');
  });

  test('health, legal and finance keep secrets; public bodies keep records; the rest and an empty industry have no sector', () => {
    for (const industry of INDUSTRIES) {
      const profile = withProfile({ industry }).profile;
      const expected = CONFIDENTIAL.includes(industry as SectorIndustry)
        ? 'confidential'
        : industry === 'publicSector'
          ? 'publicSector'
          : null;
      expect(sectorGroupOf(profile), industry).toBe(expected);
    }
    expect(sectorOf(blankAssessment().profile)).toBeNull();
  });

  test.each(LANGS)('every sector variant has its steps (and its own KPI and one-person steps where given) in %s', (lng) => {
    for (const action of ACTIONS)
      for (const group of action.sectorVariants ?? []) {
        expect(SECTOR_GROUPS).toContain(group);
        const variant = lookup(loadNamespace(lng, actionNamespace(action)), `a.${action.id}.sector.${group}`) as Record<string, unknown>;
        expect(variant, `${lng} ${action.id} ${group}`).toBeTypeOf('object');
        for (const key of Object.keys(variant)) expect(['steps', 'steps_solo', 'kpi', 'kpi_solo']).toContain(key);
        for (const key of ['steps', 'steps_solo'] as const) {
          if (variant[key] === undefined) continue;
          const steps = variant[key] as string[];
          expect(steps.length, `${action.id}.${group}.${key}`).toBeGreaterThanOrEqual(3);
          expect(steps.length).toBeLessThanOrEqual(5);
        }
        if (variant.kpi !== undefined) expect(variant.kpi).toEqual(expect.any(String));
      }
  });

  test.each(LANGS)('every sector says in %s who its clients are, which rule it follows, and why the steps are its own', (lng) => {
    const profile = loadNamespace(lng, 'profile');
    const sourceNames = loadNamespace(lng, 'sources');
    for (const sector of [...CONFIDENTIAL, 'publicSector'] as const) {
      for (const key of ['client', 'clients', 'note'])
        expect(lookup(profile, `sectors.${key}.${sector}`), `${sector} ${key}`).toEqual(expect.any(String));
      // The note names at least one of the sector's sources by its running name.
      const note = lookup(profile, `sectors.note.${sector}`) as string;
      expect(
        SECTOR_SOURCES[sector].some((s) => note.includes(lookup(sourceNames, `name.${s}`) as string)),
        `${lng} ${sector}`,
      ).toBe(true);
    }
    for (const key of ['sectorRule', ...SECTOR_GROUPS]) expect(lookup(profile, `sectors.whyNow.${key}`)).toEqual(expect.any(String));
  });

  test("the checker is not blind: it flags what today's texts tell any other company", () => {
    const t = i18n.t('nb');
    const criticism = ACTIONS_BY_ID.get('writeCriticismRoutine')!;
    const steps = t(`responsiveness:a.writeCriticismRoutine.steps`, { returnObjects: true }) as unknown as string[];
    expect(steps.flatMap(harmfulAdvice).join('\n')).toMatch(/direct message/);
    expect(steps.flatMap(harmfulAdvice).join('\n')).toMatch(/apologise/);
    const dialogue = t('authenticity:a.startRealFollowerDialogue.steps', { returnObjects: true }) as unknown as string[];
    expect(dialogue.flatMap(harmfulAdvice).join('\n')).toMatch(/thank clients by name/);
    expect(dialogue.flatMap(harmfulAdvice).join('\n')).toMatch(/groups/);
    const sv = i18n.t('sv')('responsiveness:a.writeCriticismRoutine.steps', { returnObjects: true }) as unknown as string[];
    expect(sv.flatMap(harmfulAdvice).join('\n')).toMatch(/direct message/);
    expect(criticism.sectorVariants).toContain('confidential');
  });
});

describe('sector rules hold for every generated company', () => {
  test('health, legal and finance: no planned action says to take details into a DM, apologise in public, thank clients by name or help in groups', () => {
    fc.assert(
      fc.property(assessmentArb(CONFIDENTIAL), (a) => {
        const plan = generatePlan(a);
        for (const lng of LANGS) {
          const t = i18n.t(lng);
          for (const p of all(plan)) {
            const harm = everythingSaid(p, t).flatMap(harmfulAdvice);
            expect(harm, `${lng} ${p.action.id} for ${a.profile.industry}`).toEqual([]);
          }
        }
        // What breaks the rules is left out, not hidden on the "Later" list.
        for (const p of all(plan)) expect(p.action.fits?.notForSectors ?? []).not.toContain('confidential');
        // The sector's own rule leads the first 30 days, with its laws as sources (its own country's, when it sells in one).
        const sector = a.profile.industry as SectorIndustry;
        const guardrail = firstThirty(plan).find((p) => p.action.id === GUARDRAIL_OF[sector]);
        expect(guardrail, sector).toBeDefined();
        expect(guardrail!.whyNow.tags).toContain('sectorRule');
        expect(guardrail!.action.sources).toEqual(expect.arrayContaining(citedFor(SECTOR_SOURCES[sector], a.profile)));
        // Every action with steps of the sector's own shows them, says so, and cites the sector's rules.
        for (const p of all(plan))
          if (p.action.sectorVariants?.includes('confidential')) {
            expect(p.sector, p.action.id).toBe(sector);
            expect(p.whyNow.tags).toContain('forSector');
            expect(p.action.sources).toEqual(expect.arrayContaining(citedFor(SECTOR_SOURCES[sector], a.profile)));
          }
        expect(sectorKeysMissing()).toEqual([]);
      }),
      RUNS,
    );
  }, 60_000);

  test('public bodies: comment rules and archiving lead the first 30 days, accessible posts are in the plan, and the steps are theirs', () => {
    fc.assert(
      fc.property(assessmentArb(['publicSector']), (a) => {
        const plan = generatePlan(a);
        const first = firstThirty(plan).map((p) => p.action.id);
        expect(first).toContain('publishCommentRulesAndArchive');
        expect(first).toContain('makePostsAccessible');
        for (const p of all(plan))
          if (p.action.sectorVariants?.includes('publicSector')) expect(p.sector, p.action.id).toBe('publicSector');
        for (const lng of LANGS) {
          const t = i18n.t(lng);
          const rules = plan.active.find((p) => p.action.id === 'publishCommentRulesAndArchive')!;
          const said = everythingSaid(rules, t).join(' ');
          for (const key of citedFor(['OFFARK', 'SKRSOME'], a.profile)) expect(said).toContain(t(`sources:name.${key}`));
          // No stance on political issues; cases and personal data never in direct messages.
          expect(said).toMatch(lng === 'nb' ? /politiske stridsspørsmål/ : /politiska stridsfrågor/);
          const criticism = all(plan).find((p) => p.action.id === 'writeCriticismRoutine');
          if (criticism) expect(actionTexts(criticism, t).steps.flatMap(harmfulAdvice)).toEqual([]);
        }
        expect(sectorKeysMissing()).toEqual([]);
      }),
      RUNS,
    );
  }, 30_000);

  test('an audience of 13-17-year-olds gets the rules for marketing to children in the first 30 days, whatever the industry', () => {
    fc.assert(
      fc.property(assessmentArb(INDUSTRIES), (a) => {
        const plan = generatePlan(a);
        const young = a.profile.ageBands.includes('13-17');
        const rules = firstThirty(plan).find((p) => p.action.id === 'followRulesForMarketingToYoung');
        expect(rules !== undefined, JSON.stringify(a.profile.ageBands)).toBe(young);
        if (!young) expect(all(plan).map((p) => p.action.id)).not.toContain('followRulesForMarketingToYoung');
        if (rules)
          for (const source of citedFor(['FTBARN', 'KOVBARN', 'DSA', 'METATEEN'], a.profile)) {
            expect(rules.action.sources).toContain(source);
            for (const lng of LANGS) expect(actionTexts(rules, i18n.t(lng)).why).toContain(i18n.t(lng)(`sources:name.${source}`));
          }
      }),
      RUNS,
    );
  }, 30_000);

  test('an industry without sector rules gets no sector steps, no sector actions and no sector sources', () => {
    const others = INDUSTRIES.filter((i) => !(i in SECTOR_SOURCES));
    const sectorSources = new Set(Object.values(SECTOR_SOURCES).flat());
    fc.assert(
      fc.property(assessmentArb(others), (a) => {
        for (const p of all(generatePlan(a))) {
          expect(p.sector).toBeUndefined();
          expect(Object.values(GUARDRAIL_OF)).not.toContain(p.action.id);
          for (const s of p.action.sources) expect(sectorSources.has(s), `${p.action.id} cites ${s}`).toBe(false);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

// ---- The named sector companies (tests/fixtures/companies.ts; `npm run plans` prints them) ---------------------

describe('named sector companies', () => {
  const planOf = (key: string): Plan => generatePlan(companyAssessment(COMPANIES.find((c) => c.key === key)!));

  test('Tandläkarna Norr (two clinics, replies weak): the patient rule first, then the auto-reply and criticism routine without a DM', () => {
    const plan = planOf('dentist');
    const first = firstThirty(plan);
    expect(first[0]?.action.id).toBe('answerWithoutConfirmingPatients');
    const t = i18n.t('sv');
    for (const [id, own] of [
      ['publishHoursAndAutoReply', /ber att ingen skriver personuppgifter/],
      ['writeCriticismRoutine', /varken bekräftar eller förnekar att personen är patient/],
    ] as const) {
      const p = first.find((x) => x.action.id === id)!;
      expect(p.sector).toBe('health');
      const steps = actionTexts(p, t).steps.join(' ');
      expect(steps).not.toMatch(/Ta detaljerna i ett direktmeddelande/);
      expect(steps).toMatch(own);
    }
    expect(
      actionTexts(
        all(plan).find((x) => x.action.id === 'writeCriticismRoutine')!,
        t,
      ).why,
    ).toContain('patientsäkerhetslagen');
  });

  test('Advokatfirmaet Lie & Berg: the client rule first; the dialogue action thanks no client by name and helps in no group', () => {
    const plan = planOf('lawFirm');
    expect(firstThirty(plan)[0]?.action.id).toBe('answerWithoutConfirmingClients');
    const dialogue = all(plan).find((p) => p.action.id === 'startRealFollowerDialogue')!;
    expect(dialogue.sector).toBe('legal');
    const t = i18n.t('nb');
    const steps = actionTexts(dialogue, t).steps;
    expect(steps.flatMap(harmfulAdvice)).toEqual([]);
    expect(steps.join(' ')).not.toMatch(/takk dem ved navn/);
    expect(whyNowText(dialogue, t)).toContain(t('profile:sectors.whyNow.confidential'));
  });

  test('Kulturhuset Fjellheim (municipal, 13-17 in the audience): comment rules, archiving, accessibility and the rules for the young', () => {
    const plan = planOf('cultureHouse');
    const first = firstThirty(plan).map((p) => p.action.id);
    expect(first).toEqual(
      expect.arrayContaining(['publishCommentRulesAndArchive', 'makePostsAccessible', 'followRulesForMarketingToYoung']),
    );
    const position = all(plan).find((p) => p.action.id === 'takeAClearPosition')!;
    expect(position.sector).toBe('publicSector');
    expect(actionTexts(position, i18n.t('nb')).steps.join(' ')).toMatch(/politiske stridsspørsmål/);
    expect(actionTexts(position, i18n.t('sv')).steps.join(' ')).toMatch(/politiska stridsfrågor/);
  });

  test('Redovisningsbyrån Siffran (LinkedIn, customer service goal): the customer rule first; no customer service in DMs', () => {
    const plan = planOf('accountingFirm');
    expect(firstThirty(plan)[0]?.action.id).toBe('answerWithoutConfirmingCustomers');
    expect(plan.excluded).toContainEqual({ actionId: 'offerServiceOnFacebookOrInstagram', reason: 'notForSectors' });
    expect(all(plan).map((p) => p.action.id)).not.toContain('offerServiceOnFacebookOrInstagram');
  });
});

// ---- The file format carries the new industries ----------------------------------------------------------------

describe('file format 6', () => {
  const NOW = new Date('2026-12-01T10:00:00.000Z');
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  test('a file with a new industry is written in the current version (6 or later) and read back unchanged', () => {
    expect(FILE_SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
    for (const industry of ['legal', 'finance', 'publicSector', 'education', 'wellness'] as const) {
      const a = withProfile({ companyName: 'Lie & Berg', industry });
      const text = serializeAssessmentFile(a, '1.0.0', NOW);
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: FILE_SCHEMA_VERSION });
      expect(parseAssessmentFile(encode(text))).toEqual({ ok: true, assessment: a, fromVersion: FILE_SCHEMA_VERSION });
    }
  });

  test('a version 5 file is read as it was, and an industry no version knows is refused', () => {
    const a = withProfile({ companyName: 'Tannlegene', industry: 'health' });
    const v5 = { ...(JSON.parse(serializeAssessmentFile(a, '0.9.0', NOW)) as Record<string, unknown>), schemaVersion: 5 };
    expect(parseAssessmentFile(encode(JSON.stringify(v5)))).toEqual({ ok: true, assessment: a, fromVersion: 5 });
    const unknown = JSON.parse(serializeAssessmentFile(a, '1.0.0', NOW)) as { assessment: { profile: Record<string, unknown> } };
    unknown.assessment.profile.industry = 'astrology';
    expect(parseAssessmentFile(encode(JSON.stringify(unknown)))).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
