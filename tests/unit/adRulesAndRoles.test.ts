/**
 * Issue 15, part 5 (second half) and a sector-law fix: ad targeting as today's rules allow it (teens by age and place
 * only, never sensitive topics: Meta's rules, the Digital Services Act), and the Swedish accounting firm's card, which
 * must not rest on Swedish bank secrecy (it binds banks, not accountants). Real plans from the real bank, read through
 * real i18next with both locales.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { generatePlan, type Plan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import { actionTexts, type Translate } from '../../renderer/src/domain/plan/explain';
import { ACTIONS_BY_ID, actionNamespace } from '../../renderer/src/domain/bank';
import type { Language } from '../../renderer/src/domain/model/types';
import { COMPANIES, companyAssessment } from '../fixtures/companies';
import { withProfile } from './fixtures';
import { flatten, loadNamespace, lookup, namespaces } from './localeFiles';
import { createTestI18n, type TestI18n } from './reportI18n';

const LANGS: ReadonlyArray<Language> = ['nb', 'sv'];
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
      .flatMap((ns) => [...flatten(loadNamespace(lng, ns))].map(([key, value]) => [`${ns}:${key}`, value] as const))
      .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string')
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
          stepsOnePerson?: string[];
        };
        // The "why" names every source the card cites for its rules, by its one running name.
        for (const key of action.sources.filter((s) => ['METATEEN', 'METASENS', 'DSA'].includes(s)))
          expect(texts.why, `${lng} ${id} names ${key}`).toContain(sourceName(lng, key));
        for (const steps of [texts.steps, texts.stepsOnePerson ?? texts.steps]) {
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

  test('the Swedish sports shop reads the Swedish rules first on its card for the young', () => {
    const plan = generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'sportsShop')!));
    const young = all(plan).find((p) => p.action.id === 'followRulesForMarketingToYoung')!;
    const why = actionTexts(young, i18n.t('sv')).why;
    expect(why.indexOf(sourceName('sv', 'DSA'))).toBeLessThan(why.indexOf(sourceName('sv', 'FTBARN')));
    expect(why.indexOf(sourceName('sv', 'KOVBARN'))).toBeLessThan(why.indexOf(sourceName('sv', 'FTBARN')));
  });
});

// ---- 4. The accounting firm's legal basis ----------------------------------------------------------------------

describe('accounting and finance: bank secrecy is the banks’ rule, not the accountants’', () => {
  const BANKS: Readonly<Record<Language, RegExp>> = { nb: /\bbanker\b/, sv: /\bbanker\b/ };
  /** The firm's own duty to its clients, said in plain words (no law: no checked source covers Swedish accountants). */
  const FIRMS_DUTY: Readonly<Record<Language, RegExp>> = {
    nb: /regnskapsbyrå eller revisjonsselskap[^.;]*skylder[^.;]*kundene sine fortrolighet/,
    sv: /redovisnings- eller revisionsbyrå[^.;]*skyldig sina kunder/,
  };

  test.each(LANGS)(
    '%s: the Swedish accounting firm’s cards name the bank secrecy act only as the banks’ rule, and state the firm’s own duty',
    (lng) => {
      const plan = generatePlan(companyAssessment(COMPANIES.find((c) => c.key === 'accountingFirm')!));
      const t: Translate = i18n.t(lng);
      const withRule = all(plan).filter((p) => p.action.id === 'answerWithoutConfirmingCustomers' || p.sector === 'finance');
      expect(withRule.map((p) => p.action.id)).toContain('answerWithoutConfirmingCustomers');
      for (const p of withRule) {
        const why = actionTexts(p, t).why;
        const naming = sentences(why).filter((s) => s.includes(sourceName(lng, 'LBF')));
        expect(naming.length, p.action.id).toBeGreaterThan(0);
        for (const s of naming) expect(s, p.action.id).toMatch(BANKS[lng]);
        expect(why, p.action.id).toMatch(FIRMS_DUTY[lng]);
        // The Norwegian rules for auditors and accountants stay, each by its name.
        expect(why, p.action.id).toContain(sourceName(lng, 'REVL'));
        expect(why, p.action.id).toContain(sourceName(lng, 'REGNFL'));
      }
      expect(i18n.missing).toEqual([]);
    },
  );
});
