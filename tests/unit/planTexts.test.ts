/**
 * Issue 15, part 5: a plan's texts are true to the company's profile, over generated assessments and in both
 * languages (plan/companyText.ts):
 * (a) steps, KPIs, why-now lines and plan notes name no social channel the company is not on; only an action that
 *     proposes a channel names it ("Kom i gang på LinkedIn"), and a profile rule's why-now line the channel it is about;
 * (b) a one-person business is "du" in every text of the plan, a team "dere" / "ni";
 * (c) a company that sells in Norway and not in Sweden is cited no Swedish rule, in its texts or its sources, and the
 *     reverse;
 * (d) a company without a website is never told to link to it;
 * (e) a company on neither Facebook nor Instagram gets an account card that says nothing of Meta;
 * (f) a company selling to businesses is given a goal example about enquiries or meetings, not followers;
 * (g) a company bound by confidentiality, or a public body, is given none of a shop's examples (reklamasjoner, varene),
 *     a confidential one no invitation to tell of its own cases, and a public body no commercial prize as its yardstick.
 * Quoted names («Plan for når dere svarer», an article's title) are names, not address, and are left out of (b).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generatePlan, type Plan, type PlannedAction } from '../../renderer/src/domain/plan/plan';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { actionTexts, whyNowText, type Translate } from '../../renderer/src/domain/plan/explain';
import { planNotes } from '../../renderer/src/domain/plan/planNotes';
import { isSocial, type ProfileRuleId } from '../../renderer/src/domain/model/profileRules';
import { SOURCE_COUNTRY, sectorGroupOfIndustry } from '../../renderer/src/domain/model/sectors';
import {
  CHANNELS,
  INDUSTRIES,
  type Answer,
  type Assessment,
  type Channel,
  type Language,
  type SourceKey,
} from '../../renderer/src/domain/model/types';
import { blankAssessment, withProfile } from './fixtures';
import { answersArbitrary, profileArbitrary } from './profileArbitrary';
import { createTestI18n } from './reportI18n';
import { loadNamespace } from './localeFiles';

const LANGS: ReadonlyArray<Language> = ['nb', 'sv'];
const RUNS = { numRuns: 500, seed: 20261215 };

const answersArb: fc.Arbitrary<Record<string, Answer>> = answersArbitrary();

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .tuple(
    profileArbitrary({
      industry: fc.option(fc.constantFrom(...INDUSTRIES), { nil: null }),
      localCustomers: fc.option(fc.boolean(), { nil: null }),
    }),
    answersArb,
  )
  .map(([profile, answers]) => ({ ...blankAssessment(), profile, answers }));

/** One text of a plan with where it comes from, for the message when a property fails. */
interface PlanText {
  where: string;
  text: string;
  /** The card it is on, with the channels it may name besides the company's own. */
  card?: PlannedAction;
  kind: 'title' | 'why' | 'step' | 'kpi' | 'whyNow' | 'note';
}

function planTexts(plan: Plan, assessment: Assessment, t: Translate, lng: Language): PlanText[] {
  const texts: PlanText[] = [];
  for (const card of plan.active) {
    const { title, why, steps, kpi } = actionTexts(card, t);
    const where = `${lng} ${card.action.id}`;
    texts.push({ where, card, kind: 'title', text: title }, { where, card, kind: 'why', text: why });
    steps.forEach((text, i) => texts.push({ where: `${where} step ${i + 1}`, card, kind: 'step', text }));
    texts.push({ where, card, kind: 'kpi', text: kpi }, { where, card, kind: 'whyNow', text: whyNowText(card, t) });
  }
  for (const card of plan.later) {
    const where = `${lng} later ${card.action.id}`;
    texts.push(
      { where, card, kind: 'title', text: actionTexts(card, t).title },
      { where, card, kind: 'whyNow', text: whyNowText(card, t) },
    );
  }
  for (const note of planNotes(plan, scoreAssessment(assessment), t, lng)) texts.push({ where: `${lng} note`, kind: 'note', text: note });
  return texts;
}

/** The text without what it quotes: question topics, article titles and example replies are names, not address. */
const unquoted = (text: string): string => text.replace(/«[^»]*»/g, '«»').replace(/”[^”]*”/g, '””');

// (a) ------------------------------------------------------------------------------------------------------------

/** Actions whose point is a channel the company is not on yet: they name it. */
const PROPOSES: Readonly<Record<string, ReadonlyArray<Channel>>> = {
  startOnLinkedIn: ['linkedin'],
  testYoungPlatforms: ['instagram', 'snapchat', 'tiktok'],
  useFacebookForOlderAudience: ['facebook'],
  testLongFormContent: ['youtube'],
  testYouTubeForYoungAudience: ['youtube'],
  offerServiceOnFacebookOrInstagram: ['facebook', 'instagram'],
};
/** Profile rules about a channel the company lacks: their why-now line names it ("LinkedIn er ikke blant kanalene"). */
const RULE_NAMES: Readonly<Partial<Record<ProfileRuleId, ReadonlyArray<Channel>>>> = {
  youngAudienceOnlyFacebook: ['instagram', 'snapchat', 'tiktok'],
  b2bWithoutLinkedIn: ['linkedin'],
  matureAudienceWithoutFacebook: ['facebook'],
  awarenessGoalWithoutLongForm: ['youtube'],
  customerServiceGoalWithoutMeta: ['facebook', 'instagram'],
  swedishYoungAudienceWithoutYouTube: ['youtube'],
};
const SOCIAL: ReadonlyArray<Channel> = CHANNELS.filter(isSocial);
/** The words that name a channel in running text: its name in the profile's list, and the parts of it people say. */
const ALIASES: Readonly<Partial<Record<Channel, ReadonlyArray<string>>>> = { facebook: ['Messenger'], x: ['Twitter'] };

function channelWords(lng: Language): Record<Channel, string[]> {
  const names = (loadNamespace(lng, 'profile') as { options: { channels: Record<Channel, string> } }).options.channels;
  return Object.fromEntries(SOCIAL.map((c) => [c, [names[c], ...(ALIASES[c] ?? [])]])) as Record<Channel, string[]>;
}

/** The channels a text may name: the company's own, what its card proposes, and what its why-now line's rules are about. */
function allowedChannels(text: PlanText, own: ReadonlyArray<Channel>): Set<Channel> {
  const allowed = new Set<Channel>(own);
  const card = text.card;
  if (!card) return allowed;
  for (const c of PROPOSES[card.action.id] ?? []) allowed.add(c);
  if (text.kind === 'whyNow')
    for (const r of card.reasons) if (r.kind === 'rule') for (const c of RULE_NAMES[r.ruleId] ?? []) allowed.add(c);
  return allowed;
}

function channelsNamed(text: string, words: Record<Channel, string[]>): Channel[] {
  return SOCIAL.filter((c) => words[c].some((w) => text.includes(w)));
}

// (b) ------------------------------------------------------------------------------------------------------------

/** Whole words only, letters of every language counted ("idéer" holds no "er"). */
const words = (list: ReadonlyArray<string>): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** What a text must not say to one person, and what it must not say to a team. */
const ADDRESS: Readonly<Record<Language, { notToOnePerson: RegExp; notToATeam: RegExp }>> = {
  nb: { notToOnePerson: words(['dere', 'deres']), notToATeam: words(['du', 'deg', 'din', 'ditt', 'dine']) },
  sv: { notToOnePerson: words(['ni', 'er', 'era', 'ert']), notToATeam: words(['du', 'dig', 'din', 'ditt', 'dina']) },
};

// (c) ------------------------------------------------------------------------------------------------------------

/** A country's rules as running text names them: the sources' running names in both languages, and the laws' own names. */
function ruleNames(country: 'no' | 'se'): string[] {
  const own = (Object.entries(SOURCE_COUNTRY) as Array<[SourceKey, 'no' | 'se']>).filter(([, c]) => c === country).map(([k]) => k);
  const named = LANGS.flatMap((lng) => own.map((k) => (loadNamespace(lng, 'sources') as { name: Record<string, string> }).name[k] ?? k));
  const laws =
    country === 'no'
      ? [
          'helsepersonelloven',
          'advokatskikk',
          'revisorloven',
          'regnskapsførerloven',
          'offentleglova',
          'arkivlova',
          'Uutilsynet',
          'Forbrukertilsynet',
          'Kundeserviceprisen',
        ]
      : [
          'patientsäkerhetslagen',
          'Advokatsamfundet',
          'bank- och finansieringsrörelse',
          'arkivlagen',
          'SKR',
          'DIGG',
          'DOS-lagen',
          'Konsumentverket',
        ];
  return [...new Set([...named, ...laws])];
}

// (d) to (g) --------------------------------------------------------------------------------------------------------

/** "The website" said as a thing the company has (definite form): a link to it, a page on it. */
const THE_WEBSITE: Readonly<Record<Language, RegExp>> = {
  nb: words(['nettsiden', 'nettsida', 'nettsidene', 'nettsidens', 'hjemmesiden']),
  sv: words(['webbplatsen', 'webbplatsens', 'hemsidan']),
};
/** Actions whose point is to make the website the company lacks: once made, their steps speak of it. */
const BUILDS_WEBSITE: ReadonlySet<string> = new Set(['buildOwnedChannel', 'makeWebsiteTheHomeBase']);

/** Meta's own words: a company on neither Facebook nor Instagram has no Business Suite and no Messenger. */
const META_WORDS = /Meta|Business Suite|Facebook|Instagram|Messenger/;
const META_CHANNELS: ReadonlyArray<Channel> = ['facebook', 'instagram'];

/** A goal counted in followers. */
const FOLLOWERS: Readonly<Record<Language, RegExp>> = { nb: /følgere/i, sv: /följare/i };
/** The goal example in the goals card's step, as it is quoted there. */
const QUOTED: Readonly<Record<Language, RegExp>> = { nb: /«([^»]*)»/, sv: /”([^”]*)”/ };

/** A shop's examples: complaints about goods, the goods, receipts, the shop floor. */
const SHOP_EXAMPLES: Readonly<Record<Language, RegExp>> = {
  nb: /reklamasjon|(?<![\p{L}])varene(?![\p{L}])|kvittering|i butikken/iu,
  sv: /reklamation|(?<![\p{L}])varorna(?![\p{L}])|kvitto|i butiken/iu,
};
/** Examples from one's own work: to a firm bound by confidentiality, an invitation to tell of its clients' matters. */
const OWN_CASES: Readonly<Record<Language, RegExp>> = { nb: /egen drift|eget arbeid/i, sv: /egen verksamhet|eget arbete/i };

/** The company's channels as the profile has them, for the failure message. */
const channelList = (a: Assessment): string => a.profile.channels.join(', ') || 'no channels';

let t: Record<Language, Translate>;
beforeAll(async () => {
  const i18n = await createTestI18n({ escapeValue: false });
  t = { nb: i18n.t('nb'), sv: i18n.t('sv') };
});

/** Every text of the generated assessment's plan in both languages, with the plan it came from. */
function textsOf(a: Assessment): { plan: Plan; texts: PlanText[] } {
  const plan = generatePlan(a);
  return { plan, texts: LANGS.flatMap((lng) => planTexts(plan, a, t[lng], lng)) };
}
/** (a) and (b) draw the same assessments (same seed): their texts are made once. */
const madeTexts = new Map<string, PlanText[]>();
function cachedTexts(a: Assessment): PlanText[] {
  const key = JSON.stringify(a);
  const texts = madeTexts.get(key) ?? textsOf(a).texts;
  madeTexts.set(key, texts);
  return texts;
}
/** Whole plans in two languages, 500 times. */
const WHOLE_PLANS_TIMEOUT = 120_000;

describe('plan texts over generated companies', () => {
  test(
    '(a) steps, KPIs, why-now lines and notes name only the social channels the company is on',
    () => {
      const named = { nb: channelWords('nb'), sv: channelWords('sv') };
      fc.assert(
        fc.property(assessmentArb, (a) => {
          const own = a.profile.channels;
          for (const text of cachedTexts(a)) {
            if (text.kind === 'title' || text.kind === 'why') continue;
            const lng = text.where.slice(0, 2) as Language;
            const allowed = allowedChannels(text, own);
            const strangers = channelsNamed(text.text, named[lng]).filter((c) => !allowed.has(c));
            expect(strangers, `${text.where} (${own.join(', ') || 'no channels'}): ${text.text}`).toEqual([]);
          }
        }),
        RUNS,
      );
    },
    WHOLE_PLANS_TIMEOUT,
  );

  test(
    '(b) a one-person business is "du" in every text of its plan, a team "dere" / "ni"',
    () => {
      fc.assert(
        fc.property(assessmentArb, (a) => {
          const solo = a.profile.size === 'solo';
          for (const text of cachedTexts(a)) {
            const lng = text.where.slice(0, 2) as Language;
            const forbidden = solo ? ADDRESS[lng].notToOnePerson : ADDRESS[lng].notToATeam;
            expect(unquoted(text.text), `${text.where} (${solo ? 'one person' : 'a team'})`).not.toMatch(forbidden);
          }
        }),
        RUNS,
      );
    },
    WHOLE_PLANS_TIMEOUT,
  );

  test(
    '(c) a company in Norway alone is cited no Swedish rule, and a company in Sweden alone no Norwegian one',
    () => {
      const rules = { no: ruleNames('no'), se: ruleNames('se') };
      const onlyOne = assessmentArb.map((a) => withProfile({ markets: a.profile.markets.includes('se') ? ['se'] : ['no'] }, a));
      fc.assert(
        fc.property(onlyOne, (a) => {
          const other = a.profile.markets.includes('no') ? 'se' : 'no';
          const { plan, texts } = textsOf(a);
          for (const card of [...plan.active, ...plan.later])
            expect(
              card.action.sources.filter((s) => SOURCE_COUNTRY[s] === other),
              `sources of ${card.action.id}`,
            ).toEqual([]);
          for (const text of texts) {
            const cited = rules[other].filter((name) => words([name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')]).test(text.text));
            expect(cited, `${text.where} (${a.profile.industry ?? 'no industry'}, ${a.profile.markets.join('')}): ${text.text}`).toEqual(
              [],
            );
          }
        }),
        RUNS,
      );
    },
    WHOLE_PLANS_TIMEOUT,
  );
});

describe('plan texts true to what the company has and does', () => {
  test(
    '(d) a company without a website is never told to link to it, or to put something on it',
    () => {
      const withoutWebsite = assessmentArb.filter((a) => a.profile.channels.length > 0 && !a.profile.channels.includes('website'));
      fc.assert(
        fc.property(withoutWebsite, (a) => {
          for (const text of cachedTexts(a)) {
            if (!['step', 'kpi', 'whyNow', 'note'].includes(text.kind) || BUILDS_WEBSITE.has(text.card?.action.id ?? '')) continue;
            const lng = text.where.slice(0, 2) as Language;
            expect(text.text, `${text.where} (${channelList(a)})`).not.toMatch(THE_WEBSITE[lng]);
          }
        }),
        RUNS,
      );
    },
    WHOLE_PLANS_TIMEOUT,
  );

  test(
    '(e) a company on neither Facebook nor Instagram gets an account card that names no Meta help, page or tool',
    () => {
      const withoutMeta = assessmentArb.map((a) =>
        withProfile({ channels: a.profile.channels.filter((c) => !META_CHANNELS.includes(c)) }, a),
      );
      fc.assert(
        fc.property(withoutMeta, (a) => {
          const { plan } = textsOf(a);
          for (const card of [...plan.active, ...plan.later].filter((c) => c.action.id === 'secureAccounts')) {
            expect(card.action.sources, `sources (${channelList(a)})`).not.toContain('META25');
            for (const lng of LANGS) {
              const { title, why, steps, kpi } = actionTexts(card, t[lng]);
              for (const text of [title, why, ...steps, kpi]) expect(text, `${lng} (${channelList(a)})`).not.toMatch(META_WORDS);
            }
          }
        }),
        RUNS,
      );
    },
    WHOLE_PLANS_TIMEOUT,
  );

  test(
    '(f) a company selling only to businesses is given a goal example that is not about followers',
    () => {
      const toBusinesses = assessmentArb.map((a) => withProfile({ customerType: 'b2b' }, a));
      fc.assert(
        fc.property(toBusinesses, (a) => {
          const { plan } = textsOf(a);
          for (const card of [...plan.active, ...plan.later].filter((c) => c.action.id === 'writeSocialGoals'))
            for (const lng of LANGS) {
              const examples = actionTexts(card, t[lng]).steps.flatMap((step) => step.match(QUOTED[lng])?.[1] ?? []);
              expect(examples, lng).not.toEqual([]);
              for (const example of examples) expect(example, `${lng} (goals ${a.profile.goals.join(', ')})`).not.toMatch(FOLLOWERS[lng]);
            }
        }),
        RUNS,
      );
    },
    WHOLE_PLANS_TIMEOUT,
  );

  test(
    '(g) a company bound by confidentiality, or a public body, is given no shop examples, no own cases and no commercial prize',
    () => {
      const sectorArb = fc
        .tuple(assessmentArb, fc.constantFrom('health' as const, 'legal' as const, 'finance' as const, 'publicSector' as const))
        .map(([a, industry]) => withProfile({ industry }, a));
      fc.assert(
        fc.property(sectorArb, (a) => {
          const group = sectorGroupOfIndustry(a.profile.industry);
          for (const text of cachedTexts(a)) {
            // The "why" gives a source's own picture ("like a customer in the shop"), the steps are the company's to do.
            if (text.kind === 'why' || text.kind === 'note') continue;
            const lng = text.where.slice(0, 2) as Language;
            const where = `${text.where} (${a.profile.industry ?? ''})`;
            expect(text.text, where).not.toMatch(SHOP_EXAMPLES[lng]);
            if (group === 'confidential') expect(text.text, where).not.toMatch(OWN_CASES[lng]);
          }
          if (group === 'publicSector')
            for (const text of cachedTexts(a)) expect(text.text, `${text.where} (public body)`).not.toMatch(/Kundeserviceprisen/);
        }),
        RUNS,
      );
    },
    WHOLE_PLANS_TIMEOUT,
  );
});
