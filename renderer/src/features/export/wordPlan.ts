/**
 * The action plan as an editable Word document (.docx), made from a `Report` so it says exactly what the PDF,
 * the CSV files and the screens say.
 *
 * Loaded only through `await import('./wordPlan')`: `docx` is large and stays out of the app's first bundle.
 * It runs in the Electron renderer (a browser under a strict CSP: no eval, no workers from blob:) and in Node
 * for the unit tests, so it uses no Node-only API (no Buffer, no fs) and returns plain bytes.
 *
 * Layout: a portrait A4 section with the title and the summary, then a landscape A4 section with the plan and
 * the sources. The plan table has seven columns with running text (why, steps); on portrait A4 each would be
 * about 2.4 cm wide, on landscape about 3.6 cm.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type IRunOptions,
} from 'docx';
import { DISCUSS_IN_REPORT, type Report, type ReportAction, type ReportHorizon } from '../../domain/report/report';
import type { Translate } from '../../domain/plan/explain';
import type { ExportBrand } from '../../domain/brand/brand';
import { wordBrandHeader } from '../brand/wordBrandHeader';
import { LOCALE_TAG } from '../../domain/model/types';

/** The app's name as the document's author: a product name, the same in every language. */
const CREATOR = 'SoMe-kompass';

/** A4 in twentieths of a point (twips), given as portrait; docx swaps width and height for landscape. */
const A4 = { width: 11906, height: 16838 } as const;
/** 2 cm on every side. */
const MARGIN = 1134;
const MARGINS = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } as const;
/** The width between the margins, which a table of 100 % fills. */
const TEXT_WIDTH = { portrait: A4.width - 2 * MARGIN, landscape: A4.height - 2 * MARGIN } as const;

/** Light grey behind header rows, so they read as headers on screen and in print. */
const HEADER_FILL = 'E7E6E6';
/** Dark blue headings, readable in print and on screen (contrast above 7:1 on white). */
const HEADING_COLOR = '1F3864';
/** Grey for the module name under an action's title: secondary information. */
const MUTED = '595959';
/** Sizes in half-points: 10 pt body text, 9 pt in the plan table so seven columns fit. */
const BODY_SIZE = 20;
const TABLE_SIZE = 18;

/** The plan table's columns, in `report.csvHeaders.plan` terms, with their share of the width in per cent. */
const PLAN_TABLE = [
  ['action', 20],
  ['why', 22],
  ['steps', 24],
  ['kpi', 12],
  ['owner', 8],
  ['due', 7],
  ['status', 7],
] as const;
/** The summary table's columns, `common:report.columns.<column>`, with their share of the width in per cent. */
const MODULE_TABLE = [
  ['module', 35],
  ['score', 18],
  ['band', 22],
  ['answered', 25],
] as const;

/**
 * Characters outside XML 1.0's `Char` production: C0 controls other than tab, LF and CR, lone surrogates, and
 * U+FFFE/U+FFFF. With the `u` flag a lone surrogate is its own code point (U+D800–U+DFFF), so it falls outside
 * the allowed ranges, while a valid pair is one code point of U+10000 or more and stays.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The text without the characters XML 1.0 forbids. Word refuses a file with any of them, and user text can
 * hold them (pasted from elsewhere, or from an imported file). Escaping `<`, `&` and the like is docx's job.
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * Runs for a text, one line per run: a line break within the text becomes a real line break in Word
 * (`break: 1`) instead of a character Word would show as a space. Every text goes in as a plain run, so what a
 * user typed is never read as markup.
 */
function runs(text: string, style: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** A paragraph of plain text. */
function para(text: string, style: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): Paragraph {
  return new Paragraph({ children: runs(text, style) });
}

/** A paragraph in a plan table cell: smaller text, a little room below so stacked paragraphs stay apart. */
function cellPara(text: string, style: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: runs(text, { size: TABLE_SIZE, ...style }) });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  // keepNext: a heading never ends a page with its table or text on the next one.
  return new Paragraph({ heading: level, keepNext: true, children: runs(text) });
}

/**
 * A table filling the width between the margins. Fixed layout with explicit column widths, so Word keeps the
 * columns as planned instead of sizing them by their longest word; the first row repeats on every page.
 */
function table(
  columns: ReadonlyArray<{ header: string; percent: number }>,
  rows: ReadonlyArray<ReadonlyArray<Paragraph[]>>,
  textWidth: number,
  size: number,
): Table {
  const widths = columns.map((c) => Math.floor((textWidth * c.percent) / 100));
  const cell = (children: Paragraph[], i: number, header: boolean): TableCell =>
    new TableCell({
      children: children.length > 0 ? children : [new Paragraph({})],
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
    });
  const headerRow = new TableRow({
    // Repeats at the top of every page the table runs onto, and is never split itself.
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell([new Paragraph({ children: runs(c.header, { bold: true, size }) })], i, true)),
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [headerRow, ...rows.map((row) => new TableRow({ children: row.map((children, i) => cell(children, i, false)) }))],
  });
}

/**
 * Builds the Word plan. `t` must be fixed to `report.language` with every namespace loaded; every text comes
 * from `report` or from `t`.
 */
export async function buildWordPlan(report: Report, t: Translate, brand: ExportBrand | null = null): Promise<Uint8Array> {
  // The output is plain text that docx escapes itself, so i18next must not HTML-escape as well ("&amp;lt;").
  const plain = (key: string, options: Record<string, unknown> = {}): string =>
    t(key, { ...options, interpolation: { escapeValue: false } });
  /**
   * A sentence with user text in it, without passing the user text through i18next: `t` formats the sentence
   * around a private-use character, which is then replaced. A company named `{{date}}` or `$t(...)` stays as typed.
   */
  const SLOT = '\uE000';
  const withUserText = (key: string, name: string, value: string): string =>
    plain(key, { [name]: SLOT })
      .split(SLOT)
      .join(value);
  /** "Label: value" with the label in bold. */
  const labelled = (label: string, value: string): Paragraph =>
    new Paragraph({ children: [...runs(`${label}: `, { bold: true }), ...runs(value)] });

  const title = withUserText('common:report.planTitle', 'company', report.company);
  const actions = report.plan.flatMap((h) => h.actions);

  // Title and summary, portrait.
  const front: Array<Paragraph | Table> = [heading(title, HeadingLevel.TITLE), para(plain('common:report.madeOn', { date: report.date }))];
  if (report.respondent !== '') front.push(labelled(plain('common:report.respondent'), report.respondent));

  front.push(heading(plain('common:report.summary'), HeadingLevel.HEADING_1));
  front.push(labelled(plain('common:report.overall'), report.overall.scoreText));
  if (report.overall.band !== '') front.push(labelled(plain('common:report.columns.band'), report.overall.band));
  front.push(para(plain('common:report.answered', { answered: report.overall.answered, total: report.overall.total })));
  if (report.overall.preliminary) front.push(para(plain('common:results.preliminary'), { italics: true }));
  front.push(
    table(
      MODULE_TABLE.map(([column, percent]) => ({ header: plain(`common:report.columns.${column}`), percent })),
      report.modules.map((m) => [
        [para(m.name)],
        [para(m.scoreText)],
        [para(m.band)],
        [para(plain('common:report.answered', { answered: m.answered, total: m.total }))],
      ]),
      TEXT_WIDTH.portrait,
      BODY_SIZE,
    ),
  );

  // A later round: what moved since the round before, and what was done.
  const progress = report.progress;
  if (progress) {
    front.push(heading(progress.title, HeadingLevel.HEADING_1), para(progress.intro));
    if (progress.bankChanged) front.push(para(progress.bankChanged, { italics: true }));
    front.push(
      table(
        [
          { header: plain('workshop:scores.module'), percent: 40 },
          { header: progress.columns.before, percent: 18 },
          { header: progress.columns.after, percent: 18 },
          { header: plain('rounds:progress.change'), percent: 24 },
        ],
        progress.rows.map((r) => [
          [para(r.bankChanged ? `${r.name} (${plain('rounds:progress.questionsChanged')})` : r.name)],
          [para(r.before)],
          [para(r.after)],
          [para(r.change)],
        ]),
        TEXT_WIDTH.portrait,
        BODY_SIZE,
      ),
    );
    front.push(heading(plain('rounds:progress.doneTitle'), HeadingLevel.HEADING_2));
    if (progress.done.length === 0) front.push(para(plain('rounds:progress.noneDone')));
    else for (const d of progress.done) front.push(para(`• ${d}`));
  }

  // A workshop: how many answered, where the team was apart, what it discussed and what it agreed.
  const ws = report.workshop;
  if (ws) {
    front.push(heading(plain('workshop:report.heading'), HeadingLevel.HEADING_1), para(ws.intro));
    front.push(
      heading(plain('workshop:report.spreadHeading'), HeadingLevel.HEADING_2),
      ...ws.moduleSpread.map((m) => labelled(m.name, m.text)),
    );
    front.push(heading(plain('workshop:discuss.title'), HeadingLevel.HEADING_2));
    if (ws.toDiscuss.length === 0) front.push(para(plain('workshop:discuss.none')));
    else
      front.push(
        table(
          [
            { header: plain('workshop:report.columns.question'), percent: 40 },
            { header: plain('workshop:report.columns.spread'), percent: 25 },
            { header: plain('workshop:consensus.legend'), percent: 35 },
          ],
          ws.toDiscuss
            .slice(0, DISCUSS_IN_REPORT)
            .map((d) => [
              [para(d.topic), para(d.module, { color: MUTED })],
              [para(d.spreadText)],
              [para(d.teamAnswer), ...(d.changed ? [para(plain('workshop:report.agreed'), { italics: true })] : [])],
            ]),
          TEXT_WIDTH.portrait,
          BODY_SIZE,
        ),
      );
    if (ws.toDiscuss.length > DISCUSS_IN_REPORT)
      front.push(para(plain('workshop:report.moreToDiscuss', { count: ws.toDiscuss.length - DISCUSS_IN_REPORT })));
    front.push(heading(plain('workshop:report.consensusHeading'), HeadingLevel.HEADING_2));
    if (ws.consensusChanges.length === 0) front.push(para(plain('workshop:report.consensusNone')));
    else
      for (const c of ws.consensusChanges)
        front.push(labelled(c.topic, plain('workshop:report.changedFrom', { answer: c.teamAnswer, median: c.median })));
  }

  // One row per action; the cells hold plain runs, so owner, due and status can be edited in Word.
  const actionRow = (a: ReportAction): Paragraph[][] => {
    const actionCell = [cellPara(a.title, { bold: true }), cellPara(a.module, { color: MUTED })];
    actionCell.push(...a.work.map((part) => cellPara(part, { color: MUTED })));
    if (a.note !== '') {
      // The label in bold, then the note as typed, its lines kept.
      actionCell.push(
        new Paragraph({
          spacing: { after: 60 },
          children: [...runs(`${plain('common:report.note')} `, { bold: true, size: TABLE_SIZE }), ...runs(a.note, { size: TABLE_SIZE })],
        }),
      );
    }
    return [
      actionCell,
      [cellPara(a.why), cellPara(`${plain('common:plan.whyNow.label')} ${a.whyNow}`, { italics: true })],
      // Numbered by hand: a Word list would need a numbering definition per cell to restart at 1.
      [...a.details.map((d) => cellPara(d, { italics: true })), ...a.steps.map((step, i) => cellPara(`${i + 1}. ${step}`))],
      [cellPara(a.kpi)],
      [cellPara(a.owner)],
      [cellPara(a.due)],
      [cellPara(a.status)],
    ];
  };
  const horizonBlock = (h: ReportHorizon): Array<Paragraph | Table> => {
    if (h.actions.length === 0) return [heading(h.title, HeadingLevel.HEADING_2), para(plain('common:report.horizonEmpty'))];
    return [
      heading(h.title, HeadingLevel.HEADING_2),
      table(
        PLAN_TABLE.map(([column, percent]) => ({ header: report.csvHeaders.plan[column], percent })),
        h.actions.map(actionRow),
        TEXT_WIDTH.landscape,
        TABLE_SIZE,
      ),
    ];
  };

  // Plan and sources, landscape. With no actions at all, the plan says so once, as the plan screen does,
  // instead of three empty horizons.
  const plan: Array<Paragraph | Table> = [
    heading(plain('common:plan.title'), HeadingLevel.HEADING_1),
    para(plain('common:report.planIntro')),
  ];
  if (actions.length === 0 && report.later.length === 0) plan.push(para(plain('common:plan.empty')));
  else plan.push(...report.planNotes.map((note) => para(note)), ...report.plan.flatMap(horizonBlock));
  // The "Later" list as titles only: the plan is what the company does now.
  if (report.later.length > 0)
    plan.push(
      heading(plain('common:plan.later.title'), HeadingLevel.HEADING_2),
      para(plain('common:plan.later.intro')),
      ...report.later.map((a) => para(`• ${a.title}`)),
    );
  plan.push(heading(plain('common:report.sourcesHeading'), HeadingLevel.HEADING_1), para(plain('common:report.sourcesIntro')));
  plan.push(...report.sources.map((s) => para(s.text)));

  // The brand (and the client's logo) in the header of every page; its accent colours the headings.
  const header = wordBrandHeader(brand, t);
  const headers = header ? { headers: { default: header } } : {};
  const headingColor = brand?.brand?.accent?.slice(1).toUpperCase() ?? HEADING_COLOR;
  const sections: ISectionOptions[] = [
    { properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGINS } }, ...headers, children: front },
    { properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGINS } }, ...headers, children: plan },
  ];

  const doc = new Document({
    title: xmlSafe(title),
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: {
      default: {
        // The language of every run, so Word spell-checks in bokmål or Swedish (the core properties have no field
        // for it); a little room after each paragraph, as Word's own Normal style has.
        document: { run: { size: BODY_SIZE, language: { value: LOCALE_TAG[report.language] } }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { size: 32, bold: true, color: headingColor }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { size: 26, bold: true, color: headingColor }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections,
  });

  // docx zips with fflate's synchronous zipSync (no Worker, no Buffer): the ArrayBuffer output works the same
  // in the renderer and in Node.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
