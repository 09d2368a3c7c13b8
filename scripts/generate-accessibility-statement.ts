/**
 * Writes docs/accessibility-statement.nb.md and .sv.md from the statement the app shows (Help menu), which lives in
 * `locales/<lng>/accessibility.json`, so the published copies and the app never say different things. Run after
 * editing the statement: `npx tsx scripts/generate-accessibility-statement.ts`.
 * tests/unit/accessibilityStatement.test.ts fails when a committed copy is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { statementSchema, type Statement } from '../renderer/src/features/accessibility/statement';

const root = resolve(import.meta.dirname, '..');
export const STATEMENT_LANGUAGES = ['nb', 'sv'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

export const statementDocPath = (lng: StatementLanguage): string => resolve(root, 'docs', `accessibility-statement.${lng}.md`);

/** The statement as the app reads it from the locale file. */
export function localeStatement(lng: StatementLanguage): Statement {
  const file = JSON.parse(readFileSync(resolve(root, 'locales', lng, 'accessibility.json'), 'utf8')) as { statement: unknown };
  return statementSchema.parse(file.statement);
}

/** The Markdown copy: the same headings, paragraphs and lists as the screen, in the same order. */
export function statementMarkdown(statement: Statement, lng: StatementLanguage): string {
  const blocks = [
    `<!-- Generated from locales/${lng}/accessibility.json by scripts/generate-accessibility-statement.ts: edit the locale file, then run the script. -->`,
    `# ${statement.title}`,
    statement.intro,
    ...statement.sections.flatMap((s) => [
      `## ${s.heading}`,
      ...s.paragraphs,
      ...(s.items ? [s.items.map((item) => `- ${item}`).join('\n')] : []),
    ]),
  ];
  return `${blocks.join('\n\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  for (const lng of STATEMENT_LANGUAGES) {
    writeFileSync(statementDocPath(lng), statementMarkdown(localeStatement(lng), lng));
    console.log(`wrote ${statementDocPath(lng)}`);
  }
}
