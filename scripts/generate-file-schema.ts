/**
 * Writes `docs/somekompass.schema.json`, the published JSON Schema of the `.somekompass` file, from the zod schema
 * the app itself validates with, so the two cannot drift apart. Run after changing the format:
 * `npx tsx scripts/generate-file-schema.ts`. tests/unit/fileFormat.test.ts fails when the committed file is stale.
 *
 * The JSON Schema carries shapes, types, enums, lengths and patterns; the few rules zod keeps as code (refinements)
 * are listed in its description.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  assessmentFileSchema,
  FILE_EXTENSION,
  FILE_FORMAT,
  FILE_SCHEMA_VERSION,
  MAX_FILE_BYTES,
} from '../renderer/src/domain/files/fileFormat';
import { LIMITS } from '../renderer/src/domain/model/limits';

export const SCHEMA_PATH = resolve(import.meta.dirname, '..', 'docs', `${FILE_EXTENSION}.schema.json`);

/** The schema file's exact text (stable: no dates, keys in schema order, trailing newline). */
export function fileSchemaText(): string {
  const { $schema, ...generated } = z.toJSONSchema(assessmentFileSchema, { target: 'draft-2020-12' });
  const schema = {
    $schema,
    title: `SoMe-kompass assessment file (.${FILE_EXTENSION}), format "${FILE_FORMAT}" version ${FILE_SCHEMA_VERSION}`,
    description:
      'One self-assessment exported from SoMe-kompass, generated from the validation the app itself runs on import ' +
      '(scripts/generate-file-schema.ts; the format is described in docs/file-format.md). The app also checks what ' +
      `JSON Schema does not express here: dates must parse, lists hold no duplicates, answers, notes and planEdits hold at most ${LIMITS.answers} entries each, ` +
      `the keys "__proto__", "constructor" and "prototype" appear nowhere, and the file is at most ${MAX_FILE_BYTES} bytes.`,
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  writeFileSync(SCHEMA_PATH, fileSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
