/**
 * Issue 15, part 5 (second half) and a sector-law fix: ad targeting as today's rules allow it (teens by age and place
 * only, never sensitive topics: Meta's rules, the Digital Services Act), and the Swedish accounting firm's card, which
 * must not rest on Swedish bank secrecy (it binds banks, not accountants). Real plans from the real bank, read through
 * real i18next with both locales.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generatePlan, type Plan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import { actionTexts, whyNowText, type Translate } from '../../renderer/src/domain/plan/explain';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../../renderer/src/domain/bank';
import { BANK_CHANGES, BANK_VERSION } from '../../renderer/src/domain/bank/bankHistory';
import { questionsChangedSince } from '../../renderer/src/domain/bank/bankMigrations';
import { answerProblem, bankProblems } from '../../renderer/src/domain/bank/bankValidation';
import { firedProfileRules, PROFILE_RULE_IDS } from '../../renderer/src/domain/model/profileRules';
import type { Assessment, Language, Market, QuestionDef } from '../../renderer/src/domain/model/types';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { readAssessmentFile } from '../../electron/main/services/fileImport';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { answeredAll, withProfile } from './fixtures';
import { flatten, loadNamespace, lookup, namespaces } from './localeFiles';
import { createTestI18n, type TestI18n } from './reportI18n';

const LANGS: ReadonlyArray<Language> = ['nb', 'sv'];
/** "You" to a company of two or more: never said to a one-person business. */
const PLURAL_YOU: Readonly<Record<Language, RegExp>> = { nb: /\b(dere|deres)\b/i, sv: /\b(ni|er|era|ert)\b/i };
let i18n: TestI18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

const all = (plan: Plan): PlannedAction[] => [...plan.active, ...plan.later];
const sentences = (text: string): string[] => text.split(/(?<=[.;:])\s+/);
const sourceName = (lng: Language, key: string): string => lookup(loadNamespace(lng, 'sources'), `name.${key}`) as string;

// ---- 1. Ad targeting follows today's rules ---------------------------------------------------------------------

/** A clause that targets ads ("avgrens målgruppen", "rikta annonsen") by interests, with no "never" before them. */
function targetsByInterest(clause: string): boolean {
  const interest = clause.search(/interess|intresse/i);
  if (interest < 0 || !/annons|\brett|\brikt|avgrens|avgräns|målrett/i.test(clause)) return false;
  return !/\b(aldri|aldrig|ikke|inte|ingen|inga)\b/i.test(clause.slice(0, interest));
}

/** The cards that tell the company how to target its ads, with what they must always say. */
const AD_CARDS = ['setAsideAdBudget', 'setSalesAdBudget', 'followRulesForMarketingToYoung'];
const TEENS_BY_AGE_AND_PLACE: Readonly<Record<Language, RegExp>> = {
  nb: /(13–17-åringer|mindreårige)[^.;]*bare etter alder og sted|bare etter alder og sted[^.;]*13–17-åringer/,
  sv: /(13–17 år|under 18 år)[^.;]*bara efter ålder och plats|bara efter ålder och plats[^.;]*(13–17 år|under 18 år)/,
};
const NEVER_SENSITIVE: Readonly<Record<Language, RegExp>> = {
  nb: /aldri etter helse eller andre sensitive emner/,
  sv: /aldrig efter hälsa eller andra känsliga ämnen/,
};

describe('ad targeting follows the rules for minors and sensitive data', () => {
  test.each(LANGS)('no text in %s tells the company to target ads by interests', (lng) => {
    const offenders = namespaces(lng)
      .filter((ns) => ns !== 'sources')
      .flatMap((ns) => [...flatten(loadNamespace(lng, ns))].map(([key, value]): [string, unknown] => [`${ns}:${key}`, value]))
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .filter(([, text]) => text.split(/[.;,:]/).some(targetsByInterest))
      .map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  test('every ad card cites the rules: teens by age and place only (Meta), the Digital Services Act; the budget cards also no sensitive topics', () => {
    for (const id of AD_CARDS) {
      const action = ACTIONS_BY_ID.get(id)!;
      expect(action.sources, id).toEqual(expect.arrayContaining(['METATEEN', 'DSA']));
      if (id !== 'followRulesForMarketingToYoung') expect(action.sources, id).toContain('METASENS');
      for (const lng of LANGS) {
        const texts = lookup(loadNamespace(lng, actionNamespace(action)), `a.${id}`) as {
          why: string;
          steps: string[];
          steps_solo?: string[];
        };
        // The "why" names every source the card cites for its rules, by its one running name.
        for (const key of action.sources.filter((s) => ['METATEEN', 'METASENS', 'DSA'].includes(s)))
          expect(texts.why, `${lng} ${id} names ${key}`).toContain(sourceName(lng, key));
        for (const steps of [texts.steps, texts.steps_solo ?? texts.steps]) {
          expect(steps.join(' '), `${lng} ${id}`).toMatch(TEENS_BY_AGE_AND_PLACE[lng]);
          if (id !== 'followRulesForMarketingToYoung') expect(steps.join(' '), `${lng} ${id}`).toMatch(NEVER_SENSITIVE[lng]);
        }
      }
    }
  });

  test('a Swedish shop for 13-29 that wants sales and has no ad budget is told to target broadly, never sensitive topics, teens by age and place', () => {
    const shop = withProfile({
      companyName: 'Skateshoppen',
      industry: 'retail',
      customerType: 'b2c',
      size: 'small',
      markets: ['se'],
      ageBands: ['13-17', '18-29'],
      goals: ['sales'],
      hoursPerWeek: 6,
      channels: ['instagram', 'tiktok', 'website'],
      adBudget: 'none',
    });
    const card = all(generatePlan(shop)).find((p) => p.action.id === 'setAsideAdBudget');
    expect(card).toBeDefined();
    for (const lng of LANGS) {
      const texts = actionTexts(card!, i18n.t(lng));
      expect(texts.steps.join(' ')).toMatch(TEENS_BY_AGE_AND_PLACE[lng]);
      expect(texts.steps.join(' ')).toMatch(NEVER_SENSITIVE[lng]);
      expect(texts.steps.some((s) => s.split(/[.;,:]/).some(targetsByInterest))).toBe(false);
      expect(texts.why).toContain(sourceName(lng, 'METASENS'));
    }
    expect(i18n.missing).toEqual([]);
  });

  test('the Swedish sports shop reads the Swedish rules on its card for the young, and not the Norwegian ones', () => {
    const plan = generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'sportsShop')!));
    const young = all(plan).find((p) => p.action.id === 'followRulesForMarketingToYoung')!;
    const why = actionTexts(young, i18n.t('sv')).why;
    expect(why).toContain(sourceName('sv', 'DSA'));
    expect(why).toContain(sourceName('sv', 'KOVBARN'));
    // A shop in Sweden alone is cited its own country's rules (model/sectors.ts, SOURCE_COUNTRY).
    expect(why).not.toContain(sourceName('sv', 'FTBARN'));
    expect(young.action.sources).not.toContain('FTBARN');
  });
});

// ---- 4. The accounting firm's legal basis ----------------------------------------------------------------------

describe('accounting and finance: bank secrecy is the banks’ rule, not the accountants’', () => {
  const BANKS: Readonly<Record<Language, RegExp>> = { nb: /\bbanker\b/, sv: /\bbanker\b/ };
  /** The firm's own duty to its clients, said in plain words (no law: no checked source covers Swedish accountants). */
  const FIRMS_DUTY: Readonly<Record<Language, RegExp>> = {
    nb: /regnskapsbyrå[^.;]*skylder[^.;]*kundene sine|skylder[^.;]*regnskapsbyrå[^.;]*kundene sine/,
    sv: /redovisnings[^.;]*skyldig sina kunder|skyldig[^.;]*redovisnings[^.;]*kunder/,
  };

  /** The cards that carry the finance sector's rule: the guardrail itself, and every card shown with the sector's steps. */
  const financeCards = (plan: Plan): PlannedAction[] =>
    all(plan).filter((p) => p.action.id === 'answerWithoutConfirmingCustomers' || p.sector === 'finance');

  test.each(LANGS)('%s: the Swedish accounting firm’s cards name bank secrecy only as the banks’ rule, and state its own duty', (lng) => {
    const plan = generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'accountingFirm')!));
    const t: Translate = i18n.t(lng);
    expect(financeCards(plan).map((p) => p.action.id)).toContain('answerWithoutConfirmingCustomers');
    for (const p of financeCards(plan)) {
      const why = actionTexts(p, t).why;
      for (const s of sentences(why).filter((x) => x.includes(sourceName(lng, 'LBF')))) expect(s, p.action.id).toMatch(BANKS[lng]);
      expect(why, p.action.id).toMatch(FIRMS_DUTY[lng]);
    }
    expect(i18n.missing).toEqual([]);
  });

  test.each(LANGS)('%s: the accounting firm’s why-now line speaks of confidentiality, not of a duty of secrecy by law', (lng) => {
    const plan = generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'accountingFirm')!));
    const tagged = all(plan).filter((p) => p.whyNow.tags.includes('forSector'));
    expect(tagged.length).toBeGreaterThan(0);
    for (const p of tagged) {
      const line = whyNowText(p, i18n.t(lng));
      expect(line, p.action.id).toMatch(lng === 'nb' ? /kravet til fortrolighet/ : /kravet på konfidentialitet/);
      expect(line, p.action.id).not.toMatch(/taushetsplikt|tystnadsplikt/);
    }
    // A clinic keeps its duty of secrecy in the same line.
    const clinic = all(generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'dentist')!))).find((p) =>
      p.whyNow.tags.includes('forSector'),
    )!;
    expect(whyNowText(clinic, i18n.t(lng))).toMatch(/taushetsplikten|tystnadsplikten/);
    expect(i18n.missing).toEqual([]);
  });

  test.each(LANGS)('%s: a Norwegian accounting firm is told the rules for auditors and accountants, each by its name', (lng) => {
    const firm = withProfile({ companyName: 'Tallknuserne AS', industry: 'finance', customerType: 'b2b', size: 'small', markets: ['no'] });
    const card = all(generatePlan(firm)).find((p) => p.action.id === 'answerWithoutConfirmingCustomers')!;
    const why = actionTexts(card, i18n.t(lng)).why;
    expect(why).toContain(sourceName(lng, 'REVL'));
    expect(why).toContain(sourceName(lng, 'REGNFL'));
    for (const s of sentences(why).filter((x) => x.includes(sourceName(lng, 'LBF')))) expect(s).toMatch(BANKS[lng]);
    expect(card.action.sources).toEqual(expect.arrayContaining(['REVL', 'REGNFL']));
  });
});

// ---- 2. "Sales channel" as the role of social media ----------------------------------------------------------

describe('a shop that sells in the channel can say so, and its plan sets the sale up', () => {
  const role = QUESTIONS_BY_ID.get('socialMediaRole')!;
  const pointsOf = (option: string): number => {
    if (role.answer.kind !== 'choice') throw new Error('socialMediaRole is a choice');
    return role.answer.options.find((o) => o.id === option)!.points;
  };
  const shopWithRole = (option: string, size: 'solo' | 'small' = 'small'): Assessment => ({
    ...withProfile({ companyName: 'Vintagevesken', industry: 'retail', customerType: 'b2c', size, markets: ['no'], goals: ['sales'] }),
    answers: { socialMediaRole: { kind: 'choice', option } },
  });
  const ids = (a: Assessment): string[] => all(generatePlan(a)).map((p) => p.action.id);

  test('"sales channel" is an option of its own, above the unclear roles and below the roles social media are strongest at', () => {
    expect(pointsOf('salesChannel')).toBeGreaterThan(Math.max(pointsOf('quickSales'), pointsOf('followers'), pointsOf('everything')));
    expect(pointsOf('salesChannel')).toBeLessThan(pointsOf('awarenessTrust'));
    expect(lookup(loadNamespace('nb', 'strategy'), 'q.socialMediaRole.options.salesChannel')).toMatch(/salgskanal/);
    expect(lookup(loadNamespace('sv', 'strategy'), 'q.socialMediaRole.options.salesChannel')).toMatch(/försäljningskanal/);
  });

  test('the sales-channel answer brings the card for selling in the channel into the first 30 days; an unclear role gets the role card instead', () => {
    const plan = generatePlan(shopWithRole('salesChannel'));
    const card = plan.active.find((p) => p.action.id === 'makeBuyingInTheChannelEasy');
    expect(card?.horizon).toBe('first30');
    expect(ids(shopWithRole('salesChannel'))).not.toContain('defineSocialMediaRole');
    for (const unclear of ['quickSales', 'followers', 'everything']) {
      expect(ids(shopWithRole(unclear)), unclear).toContain('defineSocialMediaRole');
      expect(ids(shopWithRole(unclear)), unclear).not.toContain('makeBuyingInTheChannelEasy');
    }
    for (const clear of ['awarenessTrust', 'customerService', 'community'])
      expect(ids(shopWithRole(clear)), clear).not.toContain('makeBuyingInTheChannelEasy');
  });

  test.each(LANGS)('%s: the card asks for terms, ready replies, an order list and someone to answer; "du" for one person', (lng) => {
    const t = i18n.t(lng);
    for (const size of ['small', 'solo'] as const) {
      const card = all(generatePlan(shopWithRole('salesChannel', size))).find((p) => p.action.id === 'makeBuyingInTheChannelEasy')!;
      const texts = actionTexts(card, t);
      const steps = texts.steps.join(' ');
      expect(steps).toMatch(lng === 'nb' ? /betaler[^.]*frakt[^.]*retur/ : /betalar[^.]*frakt[^.]*retur/);
      expect(steps).toMatch(lng === 'nb' ? /liste/ : /lista/);
      expect(texts.why).toContain(sourceName(lng, 'FUNNEL'));
      // A one-person shop is "du" all through; a shop of two or more "dere" / "ni".
      if (size === 'solo') expect(steps).not.toMatch(PLURAL_YOU[lng]);
      else expect(steps).toMatch(lng === 'nb' ? /\bdere\b/ : /\bni\b/);
    }
    expect(i18n.missing).toEqual([]);
  });

  test.each(LANGS)('%s: the card says why it is a foundation (the shop sells in the channel), "du" for one person', (lng) => {
    const t = i18n.t(lng);
    for (const size of ['small', 'solo'] as const) {
      const plan = generatePlan(shopWithRole('salesChannel', size));
      const card = plan.active.find((p) => p.action.id === 'makeBuyingInTheChannelEasy')!;
      expect(card.whyNow.tags).toContain('foundation');
      const line = whyNowText(card, t);
      const sells = {
        nb: { small: 'Dere selger i sosiale medier', solo: 'Du selger i sosiale medier' },
        sv: { small: 'Ni säljer i sociala medier', solo: 'Du säljer i sociala medier' },
      };
      expect(line).toContain(sells[lng][size]);
      expect(line).not.toContain(t('common:plan.whyNow.foundation'));
    }
    // Another foundation keeps the plain line (the named Instagram shop's safe accounts).
    const shop = generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'instagramShop')!));
    const accounts = shop.active.find((p) => p.action.id === 'secureAccounts')!;
    expect(accounts.whyNow.tags).toContain('foundation');
    expect(whyNowText(accounts, t)).toContain(t('common:plan.whyNow.foundation'));
    expect(i18n.missing).toEqual([]);
  });

  test('the named Instagram shop sells in its messages: the card is in its first month and never sends it to a website', () => {
    const plan = generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'instagramShop')!));
    const card = plan.active.find((p) => p.action.id === 'makeBuyingInTheChannelEasy');
    expect(card?.horizon).toBe('first30');
    for (const lng of LANGS) expect(actionTexts(card!, i18n.t(lng)).steps.join(' ')).not.toMatch(/nettside|webbplats/i);
  });
});

describe('bank 3 only adds: the new option and actions need no migration, and an older app refuses the file as newer', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const NOW = '2026-12-01T10:00:00.000Z';

  test('the bank moved to version 3 with nothing retired or renamed; the schema allows it', () => {
    expect(BANK_VERSION).toBe(3);
    expect(BANK_CHANGES[3]).toEqual([]);
    expect(questionsChangedSince(2)).toEqual(new Set());
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'somekompass.schema.json'), 'utf8')) as {
      properties: { assessment: { properties: { bankVersion: { maximum: number } } } };
    };
    expect(schema.properties.assessment.properties.bankVersion.maximum).toBe(BANK_VERSION);
  });

  test('an assessment stored under bank 2 loads on disk with every answer as it was, nothing waiting for a new answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bank3-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'assessments'));
    const stored: Assessment = {
      ...answeredAll(false, withProfile({ companyName: 'Vintagevesken' })),
      id: 'bank-2-shop',
      bankVersion: 2,
      answers: { ...answeredAll(false).answers, socialMediaRole: { kind: 'choice', option: 'quickSales' } },
    };
    writeFileSync(join(dir, 'assessments', 'bank-2-shop.json'), serializeAssessmentFile(stored, '0.9.0', new Date(NOW)));
    const loaded = new AppStore(dir, openConfBackend, { now: () => new Date(NOW) }).getAssessment('bank-2-shop')!;
    expect(loaded.bankVersion).toBe(3);
    expect(loaded.answers).toEqual(stored.answers);
    expect(loaded.needsNewAnswer).toEqual([]);
    expect(loaded.retiredAnswers).toEqual({});
    expect(loaded.setAside ?? []).toEqual([]);
  });

  test('a file with the new answer and an edit on a new action is read back; the same file as bank 2 is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bank3-'));
    dirs.push(dir);
    const a: Assessment = {
      ...withProfile({ companyName: 'Vintagevesken', markets: ['no', 'other'] }),
      answers: { socialMediaRole: { kind: 'choice', option: 'salesChannel' } },
      planEdits: {
        makeBuyingInTheChannelEasy: { owner: 'Kari', due: '', status: 'inProgress', note: '' },
        chooseLanguagesForForeignCustomers: { owner: 'Ola', due: '', status: 'notStarted', note: '' },
      },
    };
    const path = join(dir, 'Vintagevesken.somekompass');
    writeFileSync(path, serializeAssessmentFile(a, '1.0.0', new Date(NOW)));
    const read = await readAssessmentFile(path);
    expect(read.ok && read.assessment.answers).toEqual(a.answers);
    expect(read.ok && read.assessment.planEdits).toEqual(a.planEdits);
    expect(bankProblems(a)).toEqual([]);
    // Bank 2 could not hold the answer: this is why the bank's number moved, so an older app says "newer version".
    const role = QUESTIONS_BY_ID.get('socialMediaRole')!;
    const bank2Role: QuestionDef = {
      ...role,
      answer: { kind: 'choice', options: role.answer.kind === 'choice' ? role.answer.options.filter((o) => o.id !== 'salesChannel') : [] },
    };
    expect(answerProblem(bank2Role, a.answers.socialMediaRole!)).toMatch(/unknown option/);
  });
});

// ---- 3. Language advice for customers abroad -------------------------------------------------------------------

describe('a company with customers abroad is advised on the languages it posts and answers in', () => {
  const company = (markets: Market[], size: 'solo' | 'small' = 'small'): Assessment =>
    withProfile({
      companyName: 'Nordlys Design',
      industry: 'retail',
      customerType: 'b2c',
      size,
      markets,
      channels: ['instagram', 'website'],
    });

  test('the rule fires for the market "other" only', () => {
    expect(firedProfileRules(company(['no', 'other']).profile)).toContain('foreignCustomers');
    expect(firedProfileRules(company(['other']).profile)).toContain('foreignCustomers');
    expect(firedProfileRules(company(['no', 'se']).profile)).not.toContain('foreignCustomers');
    expect(firedProfileRules(company([]).profile)).not.toContain('foreignCustomers');
    expect(PROFILE_RULE_IDS).toContain('foreignCustomers');
  });

  test.each(LANGS)(
    '%s: one language per channel and per post, the key texts in English or the customers’ language, "du" for one person',
    (lng) => {
      const t = i18n.t(lng);
      for (const size of ['small', 'solo'] as const) {
        const card = all(generatePlan(company(['se', 'other'], size))).find((p) => p.action.id === 'chooseLanguagesForForeignCustomers');
        expect(card, size).toBeDefined();
        expect(card!.reasons).toContainEqual({ kind: 'rule', ruleId: 'foreignCustomers' });
        const texts = actionTexts(card!, t);
        const steps = texts.steps.join(' ');
        expect(steps).toMatch(lng === 'nb' ? /hovedspråk for hver kanal/ : /huvudspråk för varje kanal/);
        expect(steps).toMatch(lng === 'nb' ? /ett språk i hvert innlegg/ : /ett språk i varje inlägg/);
        expect(steps).toMatch(lng === 'nb' ? /engelsk eller kundenes/ : /engelska eller kundernas/);
        expect(texts.why).toContain(sourceName(lng, 'INSIGHT18'));
        if (size === 'solo') expect(steps).not.toMatch(PLURAL_YOU[lng]);
      }
      expect(i18n.missing).toEqual([]);
    },
  );

  test('the named manufacturer that exports gets the card; the Swedish-only café does not', () => {
    const manufacturer = all(generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'manufacturer')!)));
    expect(manufacturer.map((p) => p.action.id)).toContain('chooseLanguagesForForeignCustomers');
    const cafe = all(generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'cafe')!)));
    expect(cafe.map((p) => p.action.id)).not.toContain('chooseLanguagesForForeignCustomers');
  });
});
