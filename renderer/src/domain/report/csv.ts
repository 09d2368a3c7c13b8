/**
 * CSV for spreadsheets as they are set up in Norway and Sweden: Excel there expects `;` between fields (the comma
 * is the decimal separator), reads UTF-8 only when the file starts with a byte-order mark, and follows RFC 4180
 * for quoting. The texts come from a `Report`, so the CSV says exactly what the PDF and the screens say.
 */
import type { Report } from './report';
import { ANSWER_COLUMNS, PLAN_COLUMNS, type AnswerColumn, type PlanColumn } from './csvColumns';

export { ANSWER_COLUMNS, PLAN_COLUMNS, type AnswerColumn, type PlanColumn };

export type CsvCell = string | number;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';
/** Inside a cell; Excel shows a lone LF as a line break within the cell. */
const LINE_BREAK_IN_CELL = '\n';

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`,
 * tab and carriage return. Company names, notes and owners are typed by users and may come from an imported file,
 * so a cell such as `=HYPERLINK(...)` must stay text. A leading apostrophe is what spreadsheets take as "this is
 * text", so it goes in front.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A field needs quotes when it holds the separator, a quote or a line break (RFC 4180, section 2.6). */
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * A number with a decimal comma, as Excel set to nb or sv reads it. Written by hand rather than with
 * `Intl.NumberFormat('nb-NO')`, which uses the minus sign U+2212 and a non-breaking space for thousands: Excel
 * would read either as text. Not-a-number and infinities become an empty cell.
 */
function numberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  // -0 === 0, so this writes a negative zero as "0": "-0" means nothing to a reader.
  return String(value === 0 ? 0 : value).replace('.', ',');
}

/**
 * Text with formula triggers neutralised. Decision on negative numbers: only cells that are *strings* are
 * neutralised, and all of them, even "-1" — a string can hold anything a user typed ("-1+cmd|..." starts the same
 * way). Numbers come from our own scoring as `number`, cannot carry a formula, and are written as plain numbers
 * ("-1,5") so a spreadsheet can still calculate with them.
 */
function textCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

function field(cell: CsvCell): string {
  const text = typeof cell === 'number' ? numberCell(cell) : textCell(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: byte-order mark, `;` between fields, CRLF after every record (the last too). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return BOM + rows.map((row) => row.map(field).join(SEPARATOR) + LINE_END).join('');
}

/** Header and rows from records keyed by column, so a row can never drift out of line with its header. */
function table<Column extends string>(
  columns: ReadonlyArray<Column>,
  headers: Readonly<Record<Column, string>>,
  records: ReadonlyArray<Readonly<Record<Column, CsvCell>>>,
): string {
  return toCsv([columns.map((c) => headers[c]), ...records.map((r) => columns.map((c) => r[c]))]);
}

/**
 * One row per question: module, question, answer, points (empty when it does not count), note. For a workshop the
 * answer is the team's; each person's answers follow it only when the report carries them (the PDF's table, same
 * columns, same order: workshop/individualAnswers.ts decides for both).
 */
export function answersCsv(report: Report): string {
  const individual = report.workshop?.individual ?? null;
  const people = individual?.columns ?? [];
  const answersOf = new Map(individual?.rows.map((r) => [r.id, r.answers]));
  const rows: CsvCell[][] = [[...ANSWER_COLUMNS.map((c) => report.csvHeaders.answers[c]), ...people]];
  for (const m of report.modules)
    for (const q of m.questions) {
      const record: Record<AnswerColumn, CsvCell> = {
        module: m.name,
        question: q.question,
        answer: q.answer,
        points: q.points ?? '',
        note: q.note,
      };
      const each = people.length > 0 ? (answersOf.get(q.id) ?? people.map(() => '')) : [];
      rows.push([...ANSWER_COLUMNS.map((c) => record[c]), ...each]);
    }
  return toCsv(rows);
}

/** One row per planned action, in plan order; the steps share one cell, one step per line. */
export function planCsv(report: Report): string {
  const records = report.plan.flatMap((h) =>
    h.actions.map((a): Record<PlanColumn, CsvCell> => ({
      horizon: h.title,
      action: a.title,
      why: a.why,
      steps: a.steps.join(LINE_BREAK_IN_CELL),
      kpi: a.kpi,
      work: a.work.join(LINE_BREAK_IN_CELL),
      owner: a.owner,
      due: a.due,
      status: a.status,
      note: a.note,
    })),
  );
  return table(PLAN_COLUMNS, report.csvHeaders.plan, records);
}
