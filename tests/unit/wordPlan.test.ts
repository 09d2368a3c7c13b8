import { beforeAll, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { buildWordPlan, xmlSafe } from '../../renderer/src/features/export/wordPlan';
import { buildReport, type Report } from '../../renderer/src/domain/report/report';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import type { Assessment, Language } from '../../renderer/src/domain/model/types';
import { extremeAnswer, withProfile } from './fixtures';
import { loadNamespace, lookup } from './localeFiles';
import { createTestI18n, type TestI18n } from './reportI18n';

/** Noon UTC: the same calendar day in every time zone the tests may run in. */
const NOW = new Date('2026-11-23T12:00:00Z');

/** A text straight from a locale file, to compare the document against. */
const text = (lng: Language, key: string): string => {
  const value = lookup(loadNamespace(lng, 'common'), key);
  if (typeof value !== 'string') throw new Error(`common:${key} is not a text in ${lng}`);
  return value;
};

/** Markup, i18next syntax, a spreadsheet formula and non-ASCII letters: all must come out as typed. */
const HOSTILE_COMPANY = '<script>alert("x")</script> & Co «Åpent» {{date}} $t(common:plan.title)';
const RESPONDENT = 'Kari <i>Nordmann</i> & søn';
/** What the user typed, with characters XML 1.0 forbids mixed in. */
const OWNER_TYPED = '<b>Ola</b> \u0001& ]]> &amp;';
const OWNER = '<b>Ola</b> & ]]> &amp;';
const NOTE_TYPED = '=SUM(A1) <b>fet</b>\u000B\nAndre linje ]]> &amp; slutt\uFFFF\uD800';
const NOTE = '=SUM(A1) <b>fet</b>\nAndre linje ]]> &amp; slutt';
const OWNER_2 = '=HYPERLINK("http://x")';
const NOTE_2 = 'Første\r\nandre\n\ntredje';
/**
 * Whether the text holds a character Word refuses, or U+FFFD, which a lone surrogate turns into when encoded as
 * UTF-8. Checked code point by code point, independently of `xmlSafe`'s regular expression.
 */
function hasForbidden(s: string): boolean {
  return [...s].some((ch) => {
    const c = ch.codePointAt(0)!;
    return (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffd || c === 0xfffe || c === 0xffff
    );
  });
}

/**
 * A complete assessment: every question answered, mostly at the worst (so the plan has all three horizons)
 * with some best answers and "don't know"s; a hostile company name and edits on three actions.
 */
function completeAssessment(): Assessment {
  const answers: Assessment['answers'] = {};
  QUESTIONS.forEach((q, i) => {
    answers[q.id] = i % 5 === 0 ? extremeAnswer(q, true) : i % 7 === 0 ? { kind: 'dontKnow' } : extremeAnswer(q, false);
  });
  const base = withProfile({
    companyName: HOSTILE_COMPANY,
    respondent: RESPONDENT,
    customerType: 'b2c',
    channels: ['facebook', 'instagram'],
    goals: ['sales'],
    // Hours enough for a full plan: every horizon holds actions to export.
    hoursPerWeek: 20,
  });
  const assessment: Assessment = { ...base, answers };
  const [first, second, third] = generatePlan(assessment).active;
  return {
    ...assessment,
    planEdits: {
      [first!.action.id]: { owner: OWNER_TYPED, due: '2026-12-01', status: 'inProgress', note: NOTE_TYPED },
      [second!.action.id]: { owner: OWNER_2, due: '2027-01-15', status: 'done', note: NOTE_2 },
      [third!.action.id]: { owner: '', due: '', status: 'notStarted', note: '' },
    },
  };
}

interface Docx {
  parts: Record<string, string>;
  xml: string;
  /**
   * The text of word/document.xml as Word shows it: `<w:t>` contents decoded, a line break for `<w:br/>` and after
   * each paragraph. A line break character inside `<w:t>` is only white space to Word, so it becomes a space here.
   */
  text: string;
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e]!;
  });
}

function unpack(bytes: Uint8Array): Docx {
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
  const xml = parts['word/document.xml'] ?? '';
  let text = '';
  // `<w:t>` or `<w:t xml:space="preserve">`, but not `<w:tbl>`, `<w:tr>`, `<w:tc>` or `<w:tab/>`.
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<\/w:p>/g))
    text += m[1] !== undefined ? decodeEntities(m[1]).replace(/\r\n|\r|\n/g, ' ') : '\n';
  return { parts, xml, text };
}

/** The tables of the document, each from `<w:tbl>` to its end (the plan has no nested tables). */
const tables = (xml: string): string[] => xml.split('<w:tbl>').slice(1);

let env: TestI18n;
beforeAll(async () => {
  // i18next's default escaping stays on: the document must hold plain text whatever the app's setting is.
  env = await createTestI18n();
});

describe('xmlSafe', () => {
  test('removes what XML 1.0 forbids and keeps everything else', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh')).toBe('abcdefgh');
    expect(xmlSafe('tab\there\nline\r\nend')).toBe('tab\there\nline\r\nend');
    expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('xyz');
    // Lone surrogates go, a real pair (an emoji) stays.
    expect(xmlSafe('a\uD800b\uDC00c😀d')).toBe('abc😀d');
    expect(xmlSafe('<b>&amp;]]> æøå åäö « » \u00A0\uFFFD')).toBe('<b>&amp;]]> æøå åäö « » \u00A0\uFFFD');
    expect(xmlSafe('')).toBe('');
  });
});

describe('buildWordPlan', () => {
  for (const lng of ['nb', 'sv'] as const) {
    describe(lng, () => {
      let report: Report;
      let docx: Docx;
      beforeAll(async () => {
        report = buildReport(completeAssessment(), env.t(lng), lng, NOW);
        docx = unpack(await buildWordPlan(report, env.t(lng)));
      });

      test('a package of well-formed XML parts', () => {
        expect(Object.keys(docx.parts)).toEqual(
          expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']),
        );
        expect(docx.parts['[Content_Types].xml']).toContain('wordprocessingml.document.main+xml');
        const xmlParts = Object.keys(docx.parts).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'));
        expect(xmlParts.length).toBeGreaterThan(5);
        for (const path of xmlParts) expect([path, XMLValidator.validate(docx.parts[path]!)]).toEqual([path, true]);
        expect(env.missing).toEqual([]);
      });

      test('what the user typed comes out as text, never as markup', () => {
        expect(docx.text).toContain(report.company);
        expect(report.company).toBe(HOSTILE_COMPANY);
        expect(docx.text).toContain(text(lng, 'report.planTitle').replace('{{company}}', HOSTILE_COMPANY));
        expect(docx.xml).toContain('&lt;script&gt;alert(');
        expect(docx.xml).not.toContain('<script');
        expect(docx.xml).not.toMatch(/<b>|<i>/);
        expect(docx.text).toContain(RESPONDENT);
        expect(docx.text).toContain(OWNER);
        expect(docx.text).toContain(OWNER_2);
        // Line breaks in a note are real line breaks in Word.
        expect(docx.text).toContain(NOTE);
        expect(docx.text).toContain('Første\nandre\n\ntredje');
        expect(docx.text).toContain(text(lng, 'report.note'));
        expect(docx.xml).toMatch(/<w:br\/>/);
        expect(docx.xml).not.toMatch(/<w:t(?:\s[^>]*)?>[^<]*[\r\n][^<]*<\/w:t>/);
        for (const a of report.plan.flatMap((h) => h.actions).filter((a) => a.owner !== '')) {
          expect(docx.text).toContain(a.due);
          expect(docx.text).toContain(a.status);
        }
      });

      test('characters Word refuses are gone from every part', () => {
        for (const [path, content] of Object.entries(docx.parts)) expect([path, hasForbidden(content)]).toEqual([path, false]);
        expect(hasForbidden(docx.text)).toBe(false);
        // The note itself is still there, around where they were.
        expect(docx.text).toContain('slutt');
      });

      test('the summary, every action and every source', () => {
        expect(docx.text).toContain(text(lng, 'report.summary'));
        expect(docx.text).toContain(`${text(lng, 'report.overall')}: ${report.overall.scoreText}`);
        expect(docx.text).toContain(text(lng, 'report.madeOn').replace('{{date}}', report.date));
        for (const c of ['module', 'score', 'band', 'answered']) expect(docx.text).toContain(text(lng, `report.columns.${c}`));
        for (const m of report.modules) {
          expect(docx.text).toContain(m.name);
          expect(docx.text).toContain(m.scoreText);
        }
        expect(docx.text).toContain(text(lng, 'plan.title'));
        expect(docx.text).toContain(text(lng, 'report.planIntro'));
        expect(docx.text).not.toContain(text(lng, 'plan.empty'));

        for (const h of report.plan) expect(docx.text).toContain(h.title);
        for (const c of ['action', 'why', 'steps', 'kpi', 'owner', 'due', 'status'] as const)
          expect(docx.text).toContain(report.csvHeaders.plan[c]);
        const actions = report.plan.flatMap((h) => h.actions);
        expect(actions.length).toBeGreaterThan(10);
        for (const a of actions) {
          expect(docx.text).toContain(a.title);
          expect(docx.text).toContain(a.why);
          expect(docx.text).toContain(a.kpi);
          expect(docx.text).toContain(a.whyNow);
          expect(a.work.length).toBeGreaterThan(0);
          for (const part of a.work) expect(docx.text).toContain(`\n${part}\n`);
          for (const d of a.details) expect(docx.text).toContain(d);
          for (const [i, s] of a.steps.entries()) expect(docx.text).toContain(`${i + 1}. ${s}`);
        }
        // In the order of the plan.
        const at = actions.map((a) => docx.text.indexOf(`\n${a.title}\n`));
        expect(at.every((p) => p >= 0)).toBe(true);
        expect([...at].sort((x, y) => x - y)).toEqual(at);

        // The "Later" list as titles only, after the plan.
        expect(report.later.length).toBeGreaterThan(0);
        for (const a of report.later) expect(docx.text).toContain(`\n• ${a.title}\n`);
        expect(docx.text.lastIndexOf(`\n${text(lng, 'plan.later.title')}\n`)).toBeGreaterThan(at.at(-1)!);

        expect(docx.text).toContain(text(lng, 'report.sourcesHeading'));
        expect(report.sources.length).toBeGreaterThan(3);
        for (const s of report.sources) expect(docx.text).toContain(`\n${s.text}\n`);
      });

      test('real Word headings: the sections as Heading 1, each horizon as Heading 2', () => {
        // The text of every paragraph that has the given style.
        const styled = (style: string): string[] =>
          [...docx.xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
            .map((m) => m[0])
            .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
            .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
        expect(styled('Heading1')).toEqual(
          expect.arrayContaining([text(lng, 'report.summary'), text(lng, 'plan.title'), text(lng, 'report.sourcesHeading')]),
        );
        const later = report.later.length > 0 ? [text(lng, 'plan.later.title')] : [];
        expect(styled('Heading2')).toEqual([...report.plan.map((h) => h.title), ...later]);
        expect(docx.parts['word/styles.xml']).toContain('w:styleId="Heading1"');
      });

      test('letters of the language intact', () => {
        const letters = lng === 'nb' ? ['æ', 'ø', 'å', 'Å'] : ['å', 'ä', 'ö'];
        for (const l of letters) expect(docx.text).toContain(l);
        expect(docx.text).toContain('«Åpent»');
        // UTF-8 read as Latin-1 would show as "Ã¥" and the like.
        expect(docx.text).not.toContain('Ã');
      });

      test('one summary table and one table per horizon with actions, header rows repeating', () => {
        const withActions = report.plan.filter((h) => h.actions.length > 0).length;
        expect(withActions).toBe(3);
        const all = tables(docx.xml);
        expect(all).toHaveLength(1 + withActions);
        for (const tbl of all) {
          const firstRow = tbl.slice(tbl.indexOf('<w:tr>'), tbl.indexOf('</w:tr>'));
          expect(firstRow).toContain('<w:tblHeader');
          expect(tbl).toMatch(/<w:tblW w:type="pct" w:w="(100%|5000)"\/>/);
        }
        expect(docx.xml.match(/<w:tblHeader/g)).toHaveLength(all.length);
        // The plan tables' header rows hold the column names; the body has a row per action.
        for (const [i, h] of report.plan.entries()) {
          const tbl = all[i + 1]!;
          expect(tbl.match(/<w:tr>/g)).toHaveLength(1 + h.actions.length);
          expect(tbl.match(/<w:gridCol /g)).toHaveLength(7);
          const headerText = [...tbl.slice(0, tbl.indexOf('</w:tr>')).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
            decodeEntities(m[1]!),
          );
          expect(headerText).toEqual(
            (['action', 'why', 'steps', 'kpi', 'owner', 'due', 'status'] as const).map((c) => report.csvHeaders.plan[c]),
          );
        }
      });

      test('A4, summary portrait and plan landscape; title, creator and language set', () => {
        const pages = [...docx.xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
        expect(pages).toEqual([
          expect.stringMatching(/w:w="11906" w:h="16838" w:orient="portrait"/),
          expect.stringMatching(/w:w="16838" w:h="11906" w:orient="landscape"/),
        ]);
        const core = docx.parts['docProps/core.xml']!;
        expect(decodeEntities(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '')).toBe(
          text(lng, 'report.planTitle').replace('{{company}}', HOSTILE_COMPANY),
        );
        expect(core).toContain('<dc:creator>SoMe-kompass</dc:creator>');
        expect(docx.parts['word/styles.xml']).toContain(`w:val="${lng === 'nb' ? 'nb-NO' : 'sv-SE'}"`);
      });
    });
  }

  test('a horizon without actions says so, and gets no table', async () => {
    const full = buildReport(completeAssessment(), env.t('nb'), 'nb', NOW);
    const report: Report = { ...full, plan: full.plan.map((h, i) => (i === 1 ? { ...h, actions: [] } : h)) };
    const docx = unpack(await buildWordPlan(report, env.t('nb')));
    expect(docx.text).toContain(`${report.plan[1]!.title}\n${text('nb', 'report.horizonEmpty')}\n`);
    expect(tables(docx.xml)).toHaveLength(3);
    expect(docx.text).not.toContain(full.plan[1]!.actions[0]!.title);
  });

  test('texts the report hands to i18next are not HTML-escaped on top of docx escaping', async () => {
    const full = buildReport(completeAssessment(), env.t('sv'), 'sv', NOW);
    const docx = unpack(await buildWordPlan({ ...full, date: '<23> & "november"' }, env.t('sv')));
    expect(docx.text).toContain(text('sv', 'report.madeOn').replace('{{date}}', '<23> & "november"'));
    expect(docx.text).not.toContain('&lt;');
  });

  for (const lng of ['nb', 'sv'] as const) {
    test(`${lng}: a plan without actions is still a valid document, with the empty text`, async () => {
      const report = buildReport(withProfile({ companyName: 'Fjordbakeriet AS', respondent: '' }), env.t(lng), lng, NOW);
      expect(report.plan.flatMap((h) => h.actions)).toEqual([]);
      const docx = unpack(await buildWordPlan(report, env.t(lng)));
      for (const [path, content] of Object.entries(docx.parts))
        if (/\.(xml|rels)$/.test(path)) expect([path, XMLValidator.validate(content)]).toEqual([path, true]);
      expect(docx.text).toContain(text(lng, 'report.planTitle').replace('{{company}}', 'Fjordbakeriet AS'));
      expect(docx.text).toContain(text(lng, 'plan.empty'));
      // Only the summary table; no respondent line when nobody is named.
      expect(tables(docx.xml)).toHaveLength(1);
      expect(docx.text).not.toContain(text(lng, 'report.respondent'));
      expect(docx.text).not.toContain(report.csvHeaders.plan.kpi);
    });
  }
});
