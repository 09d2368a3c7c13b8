import { beforeAll, describe, expect, test } from 'vitest';
import { answersCsv, planCsv, toCsv, ANSWER_COLUMNS, PLAN_COLUMNS, type CsvCell } from '../../renderer/src/domain/report/csv';
import { buildReport } from '../../renderer/src/domain/report/report';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, withProfile } from './fixtures';
import { loadNamespace, lookup } from './localeFiles';
import { createTestI18n, type TestI18n } from './reportI18n';

const BOM = '\uFEFF';
const NOW = new Date('2026-11-23T12:00:00Z');

/**
 * A small RFC 4180 reader with `;` as the separator, written from the RFC rather than taken from `csv.ts`, so the
 * round trip checks the writer against the standard and not against itself. Accepts CRLF only between records.
 */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const text = csv.slice(BOM.length);
  const records: string[][] = [];
  let record: string[] = [];
  let fieldText = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      // Quoted field: runs to the next lone quote; "" is one quote.
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          fieldText += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else fieldText += text[i++];
      }
      if (i < text.length && text[i] !== ';' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    }
    const c = text[i];
    if (c === ';') {
      record.push(fieldText);
      fieldText = '';
      i++;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      record.push(fieldText);
      records.push(record);
      record = [];
      fieldText = '';
      i += 2;
    } else if (c === '\n' || c === '"') throw new Error(`${JSON.stringify(c)} outside quotes at ${i}`);
    else if (c !== undefined) {
      fieldText += c;
      i++;
    }
  }
  if (fieldText !== '' || record.length > 0) throw new Error('last record without CRLF');
  return records;
}

/** The lines of a CSV made of single-line cells, without BOM and the final CRLF. */
const lines = (csv: string): string[] => csv.slice(BOM.length).split('\r\n').slice(0, -1);

describe('toCsv', () => {
  test('starts with a byte-order mark, separates with ";" and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv).toBe(`${BOM}a;b\r\nc;d\r\n`);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(toCsv([])).toBe(BOM);
  });

  test('quotes fields with ";", quotes, CR or LF, and doubles the quotes', () => {
    expect(lines(toCsv([['plain text', 'a;b', 'say "hei"', 'x"']]))).toEqual(['plain text;"a;b";"say ""hei""";"x"""']);
    expect(toCsv([['line 1\nline 2', 'cr\rhere', 'crlf\r\nhere']])).toBe(`${BOM}"line 1\nline 2";"cr\rhere";"crlf\r\nhere"\r\n`);
    expect(toCsv([['', ' spaced ', 'comma, stays']])).toBe(`${BOM}; spaced ;comma, stays\r\n`);
  });

  test('numbers get a decimal comma and no formula guard; odd numbers are written safely', () => {
    expect(lines(toCsv([[0, 42, 1.5, -1.5, -7, 66.66666666666667, -0, Number.NaN, Number.POSITIVE_INFINITY]]))).toEqual([
      '0;42;1,5;-1,5;-7;66,66666666666667;0;;',
    ]);
  });

  describe('formula injection (OWASP CSV injection) is neutralised in text cells', () => {
    test.each([
      ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
      ['+', '+47 22 00 00 00', "'+47 22 00 00 00"],
      ['-', "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
      ['@', '@SUM(1+1)', "'@SUM(1+1)"],
      ['tab', '\t=1+1', "'\t=1+1"],
      ['CR', '\r=1+1', '"\'\r=1+1"'],
    ])('%s', (_trigger, cell, written) => {
      expect(lines(toCsv([[cell]]))).toEqual([written]);
    });

    test('the guard goes inside the quotes when the cell needs quoting too', () => {
      expect(lines(toCsv([['=HYPERLINK("http://x";"klikk")']]))).toEqual(['"\'=HYPERLINK(""http://x"";""klikk"")"']);
    });

    test('"-1" as text is guarded, -1 as a number is not (text may be anything a user typed; numbers are ours)', () => {
      expect(lines(toCsv([['-1', -1, '- punkt', '1-2']]))).toEqual(["'-1;-1;'- punkt;1-2"]);
    });

    test('characters that only trigger at the start are left alone elsewhere', () => {
      expect(lines(toCsv([['a=b', 'e-post', 'x@y.no', ' =1']]))).toEqual(['a=b;e-post;x@y.no; =1']);
    });
  });

  test('round trip through an RFC 4180 reader gives the cells back (guarded text with its apostrophe)', () => {
    const rows: CsvCell[][] = [
      ['Blåbærsyltetøy på ærlig vis', 'Smörgåsbord; ÅÄÖ åäö', 'ÆØÅ "sitat"'],
      ['flere\nlinjer\r\nher', '', 3.25],
      ['=1+1', '-1', -1],
      ['"', ';', '\r\n'],
    ];
    expect(readCsv(toCsv(rows))).toEqual([
      ['Blåbærsyltetøy på ærlig vis', 'Smörgåsbord; ÅÄÖ åäö', 'ÆØÅ "sitat"'],
      ['flere\nlinjer\r\nher', '', '3,25'],
      ["'=1+1", "'-1", '-1'],
      // A cell starting with CR is a trigger too.
      ['"', ';', "'\r\n"],
    ]);
  });

  test('æøå and åäö survive encoding to UTF-8 bytes and back', () => {
    const csv = toCsv([['æøå ÆØÅ', 'åäö ÅÄÖ']]);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toBe(csv);
    expect(readCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(csv)))).toEqual([['æøå ÆØÅ', 'åäö ÅÄÖ']]);
  });
});

describe('answersCsv and planCsv', () => {
  let env: TestI18n;
  beforeAll(async () => {
    env = await createTestI18n();
  });

  /** Worst answers throughout, with hostile user text in a note, the owner and the company. */
  function hostileAssessment(): Assessment {
    const worst = withProfile({ companyName: "=cmd|' /C calc'!A0", customerType: 'b2b', channels: ['facebook'] }, answeredAll(false));
    const base: Assessment = { ...worst, answers: { ...worst.answers, [QUESTIONS[1]!.id]: { kind: 'dontKnow' } } };
    const first = generatePlan(base).active[0]!;
    return {
      ...base,
      notes: { [QUESTIONS[0]!.id]: '=HYPERLINK("http://x";"klikk"); og så "mer"\nneste linje' },
      planEdits: { [first.action.id]: { owner: '@Kari; Per', due: '2026-12-01', status: 'done', note: '-1 dag' } },
    };
  }

  test('answers: header from the locale, one row per question, points as numbers, user text guarded', () => {
    const report = buildReport(hostileAssessment(), env.t('nb'), 'nb', NOW);
    const rows = readCsv(answersCsv(report));
    const headers = lookup(loadNamespace('nb', 'common'), 'csv.answers') as Record<string, string>;
    expect(rows[0]).toEqual(ANSWER_COLUMNS.map((c) => headers[c]));
    expect(rows[0]).toEqual(['Område', 'Spørsmål', 'Svar', 'Poeng (av 100)', 'Notat']);
    expect(rows).toHaveLength(QUESTIONS.length + 1);

    const questions = report.modules.flatMap((m) => m.questions.map((q) => ({ module: m.name, q })));
    for (const [i, { module, q }] of questions.entries()) {
      expect(rows[i + 1]!.slice(0, 3)).toEqual([module, q.question, q.answer]);
      expect(rows[i + 1]![3]).toBe(q.points === null ? '' : String(q.points));
    }
    expect(rows[1]![4]).toBe('\'=HYPERLINK("http://x";"klikk"); og så "mer"\nneste linje');
    expect(rows[2]!.slice(2, 4)).toEqual(['Vet ikke', '0']);
    expect(env.missing).toEqual([]);
  });

  test('plan: header from the locale, one row per action in plan order, steps one per line', () => {
    const assessment = hostileAssessment();
    const report = buildReport(assessment, env.t('sv'), 'sv', NOW);
    const rows = readCsv(planCsv(report));
    expect(rows[0]).toEqual(PLAN_COLUMNS.map((c) => report.csvHeaders.plan[c]));
    expect(rows[0]).toEqual([
      'Tidsperiod',
      'Åtgärd',
      'Varför',
      'Steg',
      'Följ upp',
      'Tidsåtgång',
      'Ansvarig',
      'Klart senast',
      'Status',
      'Anteckning',
    ]);

    const actions = report.plan.flatMap((h) => h.actions.map((a) => ({ horizon: h.title, a })));
    expect(rows).toHaveLength(generatePlan(assessment).active.length + 1);
    for (const [i, { horizon, a }] of actions.entries()) {
      expect(rows[i + 1]!.slice(0, 6)).toEqual([horizon, a.title, a.why, a.steps.join('\n'), a.kpi, a.work.join('\n')]);
      expect(a.work[0]).toMatch(/^Engångsarbete: \d/);
      expect(rows[i + 1]![3]!.split('\n')).toHaveLength(a.steps.length);
    }
    expect(rows[1]!.slice(6)).toEqual(["'@Kari; Per", '2026-12-01', 'Klar', "'-1 dag"]);
    expect(rows[2]!.slice(6)).toEqual(['', '', 'Inte påbörjad', '']);
  });

  test('an empty plan is a header only', () => {
    const report = buildReport(blankAssessment(), env.t('nb'), 'nb', NOW);
    expect(readCsv(planCsv(report))).toEqual([PLAN_COLUMNS.map((c) => report.csvHeaders.plan[c])]);
  });
});
