/**
 * The .somekompass file format and its import, on real files in temporary folders: the round trip, every error
 * code, versions, the published JSON Schema, and a seeded corpus of thousands of malformed and mutated files that
 * must each end in a known error code with the store untouched (or, if a mutation happens to stay valid, in exactly
 * one new assessment).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { AppStore } from '../../electron/main/services/appStore';
import { importAssessmentFile, readAssessmentFile, writeAssessmentFile, type ReadHooks } from '../../electron/main/services/fileImport';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import {
  assessmentFileSchema,
  FILE_ERROR_CODES,
  STORE_ERROR_CODES,
  FILE_FORMAT,
  FILE_SCHEMA_VERSION,
  MAX_FILE_BYTES,
  parseAssessmentFile,
  serializeAssessmentFile,
  type FileErrorCode,
} from '../../renderer/src/domain/files/fileFormat';
import { ACTIONS, QUESTIONS } from '../../renderer/src/domain/bank';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { fileSchemaText, SCHEMA_PATH } from '../../scripts/generate-file-schema';
import { answeredAll, withProfile } from './fixtures';
import { snapshot } from './storedFiles';

const root = resolve(import.meta.dirname, '..', '..');
const NOW = new Date('2026-11-23T12:00:00.000Z');
const APP_VERSION = '1.2.3';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-files-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o700);
    rmSync(d, { recursive: true, force: true });
  }
});

const openStore = (dir: string): AppStore => new AppStore(dir, openConfBackend, () => NOW);
/** Every file of the store's data folder (backups aside), to show a failed import changed nothing. */
const storeBytes = (store: AppStore): Buffer => Buffer.from(JSON.stringify(snapshot(dirname(store.path))));

/** A full assessment with text in every kind of field (Norwegian letters included, so bytes and characters differ). */
function sampleAssessment(): Assessment {
  const base = withProfile(
    {
      companyName: 'Kafé «Åpent» & Co',
      respondent: 'Åse Øvrebø',
      customerType: 'b2c',
      markets: ['no', 'se'],
      channels: ['facebook', 'website'],
      hoursPerWeek: 3.5,
    },
    answeredAll(false),
  );
  const action = ACTIONS[0]!;
  return {
    ...base,
    id: 'original-1',
    planLanguage: 'sv',
    notes: { [QUESTIONS[0]!.id]: 'Notat med æøå og åäö\nand a second line', [QUESTIONS[1]!.id]: '<script>alert(1)</script>' },
    planEdits: { [action.id]: { owner: 'Kari', due: '2027-01-15', status: 'inProgress', note: 'Starter i januar' } },
  };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const validText = (a: Assessment = sampleAssessment()): string => serializeAssessmentFile(a, APP_VERSION, NOW);
const validObject = (): Record<string, unknown> => JSON.parse(validText()) as Record<string, unknown>;

/** What every successful import must look like: the file's content under a new id, dated at the import. */
function expectImportedCopy(imported: Assessment, source: Assessment, newId: string): void {
  expect(imported).toEqual({ ...source, id: newId, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
}

describe('serializing and parsing (pure)', () => {
  test('the file is pretty JSON with the envelope, and the plan language comes from the assessment', () => {
    const a = sampleAssessment();
    const text = validText(a);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "assessment": {\n');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'schemaVersion', 'appVersion', 'planLanguage', 'exportedAt', 'assessment']);
    expect(file).toMatchObject({
      format: FILE_FORMAT,
      schemaVersion: FILE_SCHEMA_VERSION,
      appVersion: APP_VERSION,
      planLanguage: 'sv',
      exportedAt: NOW.toISOString(),
    });
    expect(assessmentFileSchema.safeParse(file).success).toBe(true);
    expect(parseAssessmentFile(encode(text))).toEqual({ ok: true, assessment: a, fromVersion: FILE_SCHEMA_VERSION });
  });

  test('a byte-order mark at the start (some editors add one) is accepted', () => {
    const outcome = parseAssessmentFile(encode(`\uFEFF${validText()}`));
    expect(outcome.ok).toBe(true);
  });

  test('the details list at most 20 problems, each short, and never repeat a large part of the file', () => {
    const file = validObject();
    const huge = 'å'.repeat(100_000);
    const answers = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, { kind: 'scale', level: 9 }]));
    (file.assessment as Record<string, unknown>).answers = answers;
    (file.assessment as Record<string, unknown>).notes = { [huge.replace(/å/g, 'a')]: huge };
    const outcome = parseAssessmentFile(encode(JSON.stringify(file)));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid');
    const lines = outcome.error.detail.split('\n');
    expect(lines.length).toBeLessThanOrEqual(21);
    expect(lines.at(-1)).toMatch(/^… and \d+ more$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(200);
    expect(outcome.error.detail).not.toContain('a'.repeat(100));
  });

  test('a JSON syntax error is described without quoting the file', () => {
    const outcome = parseAssessmentFile(encode('secret company plans'));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'notJson' } });
    if (!outcome.ok) expect(outcome.error.detail).not.toContain('secret');
  });

  test('the byte limit holds for bytes handed in directly too', () => {
    expect(parseAssessmentFile(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });

  test('the example in docs/file-format.md is a valid file', () => {
    const doc = readFileSync(join(root, 'docs', 'file-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(parseAssessmentFile(encode(example!))).toMatchObject({ ok: true, fromVersion: FILE_SCHEMA_VERSION });
  });

  test('the published JSON Schema is what the generator makes from the current zod schema', () => {
    // If this fails after a format change: npx tsx scripts/generate-file-schema.ts, and commit the result.
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(fileSchemaText());
  });
});

describe('export and import on real files', () => {
  test('round trip: export, then import creates a new assessment with a new id and the same content', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'data'));
    const original = sampleAssessment();
    store.saveAssessment(original);
    const path = join(dir, 'Kafé Åpent.somekompass');

    await writeAssessmentFile(path, original, APP_VERSION, NOW);
    expect(readFileSync(path, 'utf8')).toBe(validText(original));
    expect(readdirSync(dir).sort()).toEqual(['Kafé Åpent.somekompass', 'data']); // no temporary file left

    const first = await importAssessmentFile(store, path, 'imported-1', NOW);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expectImportedCopy(first.assessment, original, 'imported-1');
    expect(store.getAssessment('imported-1')).toEqual(first.assessment);
    expect(store.getAssessment(original.id)).toEqual(original);

    // Importing the same file again never overwrites: it is one more assessment.
    const second = await importAssessmentFile(store, path, 'imported-2', NOW);
    expect(second.ok).toBe(true);
    expect(store.listAssessments().map((a) => a.id)).toEqual([original.id, 'imported-1', 'imported-2']);
    // And it survives a restart.
    expect(openStore(join(dir, 'data')).listAssessments()).toHaveLength(3);
  });

  test('an import never takes an id already in use, nor an id the store would reject', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'data'));
    const original = sampleAssessment();
    store.saveAssessment(original);
    const path = join(dir, 'a.somekompass');
    writeFileSync(path, validText(original));
    const before = storeBytes(store);
    await expect(importAssessmentFile(store, path, original.id, NOW)).rejects.toThrow(/already taken/);
    await expect(importAssessmentFile(store, path, 'not valid!', NOW)).rejects.toThrow(/not a valid/);
    expect(storeBytes(store).equals(before)).toBe(true);
  });

  test('export replaces an existing file in one step, and a failed export leaves nothing behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'same.somekompass');
    writeFileSync(path, 'old content');
    await writeAssessmentFile(path, sampleAssessment(), APP_VERSION, NOW);
    expect(readFileSync(path, 'utf8')).toBe(validText());
    expect(readdirSync(dir)).toEqual(['same.somekompass']);

    await expect(writeAssessmentFile(join(dir, 'missing-folder', 'x.somekompass'), sampleAssessment(), APP_VERSION, NOW)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['same.somekompass']);
  });

  test('export refuses to write a file larger than import accepts', async () => {
    const dir = tempDir();
    const a = sampleAssessment();
    // Legal in the store (500 notes of up to 20,000 characters), but far beyond any real assessment.
    const notes = Object.fromEntries(Array.from({ length: LIMITS.answers }, (_, i) => [`q${i}`, 'ø'.repeat(LIMITS.note)]));
    await expect(writeAssessmentFile(join(dir, 'big.somekompass'), { ...a, notes }, APP_VERSION, NOW)).rejects.toThrow(
      /more than import accepts/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a file written by a pre-release build (no schemaVersion) is migrated and imported', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'data'));
    const original = sampleAssessment();
    const v0 = JSON.parse(validText(original)) as Record<string, unknown>;
    delete v0.schemaVersion;
    const path = join(dir, 'old.somekompass');
    writeFileSync(path, JSON.stringify(v0));
    expect(await readAssessmentFile(path)).toEqual({ ok: true, assessment: original, fromVersion: 0 });
    const outcome = await importAssessmentFile(store, path, 'from-v0', NOW);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expectImportedCopy(outcome.assessment, original, 'from-v0');
  });

  test('a file from a newer version names both versions and imports nothing', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'data'));
    store.saveAssessment(sampleAssessment());
    const path = join(dir, 'future.somekompass');
    writeFileSync(path, JSON.stringify({ ...validObject(), schemaVersion: FILE_SCHEMA_VERSION + 1, somethingNew: [1, 2, 3] }));
    const before = storeBytes(store);
    const outcome = await importAssessmentFile(store, path, 'never', NOW);
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'newerVersion',
        found: FILE_SCHEMA_VERSION + 1,
        supported: FILE_SCHEMA_VERSION,
        detail: expect.stringContaining(`version ${FILE_SCHEMA_VERSION + 1}`) as unknown,
      },
    });
    expect(storeBytes(store).equals(before)).toBe(true);
  });

  test('a file of exactly the size limit is read; one byte more is refused before reading', async () => {
    const dir = tempDir();
    const text = validText();
    const exact = join(dir, 'exact.somekompass');
    writeFileSync(exact, text + ' '.repeat(MAX_FILE_BYTES - Buffer.byteLength(text)));
    expect((await readAssessmentFile(exact)).ok).toBe(true);

    const over = join(dir, 'over.somekompass');
    writeFileSync(over, text);
    truncateSync(over, MAX_FILE_BYTES + 1); // sparse: costs no disk space
    const afterStat = vi.fn();
    expect(await readAssessmentFile(over, { afterStat })).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
    expect(afterStat).not.toHaveBeenCalled();
  });
});

/** One bad file per row: how to make it, and the code it must give. Every code appears at least once. */
interface BadFileCase {
  name: string;
  code: FileErrorCode;
  make: (dir: string) => { path: string; hooks?: ReadHooks };
}
const write = (dir: string, name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path };
};
const isRoot = process.getuid?.() === 0;
const BAD_FILES: BadFileCase[] = [
  { name: 'an empty file', code: 'empty', make: (d) => write(d, 'a.somekompass', '') },
  { name: 'only white space', code: 'empty', make: (d) => write(d, 'a.somekompass', ' \n\t\r\n  ') },
  {
    name: 'a PNG image',
    code: 'binary',
    make: (d) => write(d, 'a.somekompass', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
  },
  {
    name: 'Latin-1 text, not UTF-8',
    code: 'binary',
    make: (d) => write(d, 'a.somekompass', new Uint8Array([0x7b, 0x22, 0xe6, 0xf8, 0xe5, 0x22, 0x7d])),
  },
  { name: 'the file saved as UTF-16', code: 'binary', make: (d) => write(d, 'a.somekompass', Buffer.from(validText(), 'utf16le')) },
  { name: 'plain prose', code: 'notJson', make: (d) => write(d, 'a.somekompass', 'Dette er en vurdering.') },
  { name: 'a file cut short', code: 'notJson', make: (d) => write(d, 'a.somekompass', validText().slice(0, 500)) },
  {
    name: 'an answer the question bank cannot hold',
    code: 'answerMismatch',
    make: (d) => {
      const a = sampleAssessment();
      return write(
        d,
        'a.somekompass',
        validText({ ...a, answers: { ...a.answers, replyTimeInOpeningHours: { kind: 'number', value: 9999 } } }),
      );
    },
  },
  { name: 'a JSON array', code: 'notOurFormat', make: (d) => write(d, 'a.somekompass', '[1, 2, 3]') },
  { name: 'JSON null', code: 'notOurFormat', make: (d) => write(d, 'a.somekompass', 'null') },
  {
    name: 'another format',
    code: 'notOurFormat',
    make: (d) => write(d, 'a.somekompass', JSON.stringify({ ...validObject(), format: 'some-other-app' })),
  },
  {
    name: "the app's own store file, renamed",
    code: 'notOurFormat',
    make: (d) => write(d, 'a.somekompass', JSON.stringify({ schemaVersion: 2, assessments: [sampleAssessment()], settings: {} })),
  },
  {
    name: 'a newer version',
    code: 'newerVersion',
    make: (d) => write(d, 'a.somekompass', JSON.stringify({ ...validObject(), schemaVersion: FILE_SCHEMA_VERSION + 1 })),
  },
  {
    name: 'a wrong type',
    code: 'invalid',
    make: (d) => write(d, 'a.somekompass', validText().replace('"planLanguage": "sv"', '"planLanguage": 5')),
  },
  { name: 'an unknown key', code: 'invalid', make: (d) => write(d, 'a.somekompass', JSON.stringify({ ...validObject(), extra: true })) },
  {
    name: 'a missing assessment',
    code: 'invalid',
    make: (d) => write(d, 'a.somekompass', JSON.stringify({ ...validObject(), assessment: undefined })),
  },
  {
    name: 'a __proto__ key',
    code: 'invalid',
    make: (d) => write(d, 'a.somekompass', validText().replace('"profile": {', '"profile": {"__proto__": {"isAdmin": true},')),
  },
  {
    name: 'a constructor key among the answers',
    code: 'invalid',
    make: (d) => write(d, 'a.somekompass', validText().replace('"answers": {', '"answers": {"constructor": {"kind": "dontKnow"},')),
  },
  {
    name: 'a prototype key at the top',
    code: 'invalid',
    make: (d) => write(d, 'a.somekompass', validText().replace('{', '{"prototype": 1,')),
  },
  {
    name: 'schemaVersion as text',
    code: 'invalid',
    make: (d) => write(d, 'a.somekompass', JSON.stringify({ ...validObject(), schemaVersion: '1' })),
  },
  {
    name: 'a negative schemaVersion',
    code: 'invalid',
    make: (d) => write(d, 'a.somekompass', JSON.stringify({ ...validObject(), schemaVersion: -1 })),
  },
  {
    name: 'more answers than allowed',
    code: 'invalid',
    make: (d) =>
      write(
        d,
        'a.somekompass',
        JSON.stringify({
          ...validObject(),
          assessment: {
            ...sampleAssessment(),
            answers: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, { kind: 'dontKnow' }])),
          },
        }),
      ),
  },
  {
    name: 'a sparse file over the limit',
    code: 'tooLarge',
    make: (d) => {
      const f = write(d, 'a.somekompass', validText());
      truncateSync(f.path, MAX_FILE_BYTES * 3);
      return f;
    },
  },
  {
    name: 'a file that grows past the limit after it was measured',
    code: 'tooLarge',
    make: (d) => {
      const f = write(d, 'a.somekompass', validText());
      return { ...f, hooks: { afterStat: () => truncateSync(f.path, MAX_FILE_BYTES + 10) } };
    },
  },
  {
    name: 'a folder',
    code: 'unreadable',
    make: (d) => {
      mkdirSync(join(d, 'folder.somekompass'));
      return { path: join(d, 'folder.somekompass') };
    },
  },
  {
    name: 'a file replaced by a folder after it was measured',
    code: 'unreadable',
    make: (d) => {
      const f = write(d, 'a.somekompass', validText());
      return {
        ...f,
        hooks: {
          afterStat: () => {
            rmSync(f.path);
            mkdirSync(f.path);
          },
        },
      };
    },
  },
  ...(process.platform === 'win32'
    ? []
    : [
        {
          name: 'a named pipe (reading it would wait forever)',
          code: 'unreadable' as const,
          make: (d: string) => {
            execFileSync('mkfifo', [join(d, 'pipe.somekompass')]);
            return { path: join(d, 'pipe.somekompass') };
          },
        },
      ]),
  ...(isRoot || process.platform === 'win32'
    ? [] // root reads anything, and Windows has no chmod
    : [
        {
          name: 'a file we may not read',
          code: 'unreadable' as const,
          make: (d: string) => {
            const f = write(d, 'a.somekompass', validText());
            chmodSync(f.path, 0o000);
            return f;
          },
        },
      ]),
  { name: 'a path that does not exist', code: 'vanished', make: (d) => ({ path: join(d, 'never-there.somekompass') }) },
  {
    name: 'a file deleted between the size check and the read',
    code: 'vanished',
    make: (d) => {
      const f = write(d, 'a.somekompass', validText());
      return { ...f, hooks: { afterStat: () => rmSync(f.path) } };
    },
  },
];

describe('every error code, with a real file, leaves the store as it was', () => {
  test('the cases cover every code', () => {
    // storeFull and notSaved are about the app's own data, not the file: durability.test.ts and ipc.test.ts.
    expect(new Set(BAD_FILES.map((c) => c.code))).toEqual(new Set(FILE_ERROR_CODES.filter((c) => !STORE_ERROR_CODES.includes(c))));
  });

  test.each(BAD_FILES)('$name -> $code', async ({ code, make }) => {
    const dir = tempDir();
    const store = openStore(join(dir, 'data'));
    store.saveAssessment(sampleAssessment());
    const before = storeBytes(store);
    const { path, hooks } = make(dir);
    const outcome = await importAssessmentFile(store, path, 'never', NOW, hooks);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe(code);
    expect(outcome.error.detail.length).toBeGreaterThan(0);
    expect(outcome.error.detail.length).toBeLessThanOrEqual(4_300);
    expect(storeBytes(store).equals(before)).toBe(true);
    expect(store.listAssessments()).toEqual([sampleAssessment()]);
  });
});

// ---- The generated corpus ----------------------------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every run and a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonPath = ReadonlyArray<string | number>;

function allPaths(value: JsonValue, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

function valueAt(root: JsonValue, path: JsonPath): JsonValue {
  return path.reduce<JsonValue>((node, key) => (node as Record<string | number, JsonValue>)[key]!, root);
}

/** A copy of `root` with the node at `path` replaced (or, with `remove`, deleted). */
function changedAt(root: JsonValue, path: JsonPath, replacement: JsonValue, remove = false): JsonValue {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, JsonValue> | JsonValue[];
  const key = path.at(-1)!;
  if (remove && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (remove) delete (parent as Record<string, JsonValue>)[key];
  else (parent as Record<string | number, JsonValue>)[key] = replacement;
  return copy;
}

interface CorpusFile {
  category: string;
  /** File content, or a size for a sparse file that starts with a valid file. */
  content: string | Uint8Array | { sparseSize: number };
  /** The codes this kind of damage may give. */
  codes: ReadonlyArray<FileErrorCode>;
  /** Whether the damage may happen to leave a valid file (a changed note, say). */
  mayStayValid: boolean;
}

function buildCorpus(random: () => number): CorpusFile[] {
  const int = (max: number): number => Math.floor(random() * max);
  const pick = <T>(list: ReadonlyArray<T>): T => list[int(list.length)]!;
  const base = JSON.parse(validText()) as JsonValue;
  const baseText = validText();
  const baseBytes = encode(baseText);
  const paths = allPaths(base);
  const objectPaths = paths.filter((p) => {
    const v = valueAt(base, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const stringPaths = paths.filter((p) => typeof valueAt(base, p) === 'string');
  const recordPaths = [
    ['assessment', 'answers'],
    ['assessment', 'notes'],
    ['assessment', 'planEdits'],
  ] as const;
  const oddValues: JsonValue[] = [
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    '',
    'x',
    'ÆØÅ',
    [],
    {},
    [1, 'a', null],
    { a: 1 },
    { kind: 'scale' },
    'x'.repeat(300),
  ];
  const randomText = (length: number, alphabet: string): string => Array.from({ length }, () => alphabet[int(alphabet.length)]).join('');
  const printable = ' !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyzæøåÆØÅ{|}~"\\\n\t';
  const randomJson = (depth: number): JsonValue => {
    const roll = int(depth > 4 ? 5 : 8);
    if (roll === 0) return null;
    if (roll === 1) return random() < 0.5;
    if (roll === 2) return int(1e6) - 5e5;
    if (roll === 3) return random() * 1e9;
    if (roll === 4) return randomText(int(20), printable);
    if (roll === 5) return Array.from({ length: int(5) }, () => randomJson(depth + 1));
    return Object.fromEntries(Array.from({ length: int(5) }, () => [randomText(1 + int(8), 'abcdefgkind_ '), randomJson(depth + 1)]));
  };
  const text = (value: JsonValue): string => JSON.stringify(value, null, random() < 0.5 ? 2 : undefined);
  const files: CorpusFile[] = [];
  const add = (
    count: number,
    category: string,
    codes: ReadonlyArray<FileErrorCode>,
    mayStayValid: boolean,
    make: (i: number) => CorpusFile['content'],
  ) => {
    for (let i = 0; i < count; i++) files.push({ category, content: make(i), codes, mayStayValid });
  };

  add(
    150,
    'not JSON',
    ['notJson', 'notOurFormat', 'empty'],
    false,
    (i) =>
      pick(['', 'hello ', '<html>', 'format: ', "{'format': 1}", 'undefined', '// ', 'NaN', '{"a": 1,}']) +
      randomText(1 + (i % 200), printable),
  );
  add(150, 'other JSON shapes', ['notOurFormat'], false, (i) =>
    text(
      pick<JsonValue>([
        randomJson(0),
        [base],
        valueAt(base, ['assessment']),
        { format: 'some-kompass', assessment: valueAt(base, ['assessment']) },
        { format: FILE_FORMAT.toUpperCase() },
        { format: null },
        { schemaVersion: 1, assessments: [], settings: {} },
        i,
        `${FILE_FORMAT}`,
      ]),
    ),
  );
  add(300, 'wrong types', ['invalid', 'answerMismatch', 'notOurFormat', 'newerVersion'], true, () =>
    text(changedAt(base, pick(paths), pick(oddValues))),
  );
  add(250, 'missing fields', ['invalid', 'notOurFormat'], true, () =>
    text(changedAt(base, pick(paths.filter((p) => p.length > 0)), null, true)),
  );
  add(200, 'unknown keys', ['invalid'], true, () => {
    const at = pick(objectPaths);
    const node = valueAt(base, at) as Record<string, JsonValue>;
    return text(
      changedAt(base, at, { ...node, [pick(['extra', 'Level', 'x_1', 'future', 'kind2', ' spaced key ', 'ø', ''])]: pick(oddValues) }),
    );
  });
  const reservedKeys = ['__proto__', 'constructor', 'prototype'];
  add(200, 'reserved keys', ['invalid'], false, (i) => {
    // Built as text: a `__proto__` key in an object literal would set the prototype instead of adding a key.
    const at = pick(objectPaths);
    const node = valueAt(base, at) as Record<string, JsonValue>;
    const placeholder = 'RESERVED_KEY_PLACEHOLDER';
    const value = i % 3 === 0 ? { polluted: true, kind: 'dontKnow' } : pick(oddValues);
    return text(changedAt(base, at, { ...node, [placeholder]: value })).replace(`"${placeholder}"`, `"${reservedKeys[i % 3]!}"`);
  });
  add(100, '100,000-character strings', ['invalid', 'notOurFormat'], false, (i) => {
    const long = randomText(1, 'aøZ"\\<').repeat(100_000);
    if (i % 4 === 3) {
      const at = pick(recordPaths);
      return text(changedAt(base, at, { ...(valueAt(base, at) as Record<string, JsonValue>), [long]: { kind: 'dontKnow' } }));
    }
    return text(changedAt(base, pick(stringPaths), long));
  });
  add(15, '10,000 entries', ['invalid'], false, (i) => {
    const at = recordPaths[i % 3]!;
    const entry: JsonValue =
      i % 3 === 0 ? { kind: 'notApplicable' } : i % 3 === 1 ? 'note' : { owner: '', due: '', status: 'done', note: '' };
    return text(changedAt(base, at, Object.fromEntries(Array.from({ length: 10_000 }, (_, k) => [`q${k}`, entry]))));
  });
  add(30, 'over the size limit (sparse)', ['tooLarge'], false, () => ({ sparseSize: MAX_FILE_BYTES + 1 + int(50 * 1024 * 1024) }));
  add(1, 'over the size limit (real content)', ['tooLarge'], false, () =>
    baseText.replace('"notes": {', `"notes": {"big": "${'x'.repeat(MAX_FILE_BYTES)}",`),
  );
  add(150, 'binary with NUL bytes', ['binary'], false, (i) => {
    const bytes = Uint8Array.from({ length: 1 + int(2000) }, () => int(256));
    bytes[i % bytes.length] = 0;
    return bytes;
  });
  add(100, 'invalid UTF-8', ['binary'], false, (i) => {
    const bytes = baseBytes.slice();
    bytes[(i * 97) % bytes.length] = pick([0xff, 0xfe, 0xc0, 0xc1, 0xf8]); // bytes UTF-8 never uses
    return bytes;
  });
  add(20, 'empty or white space', ['empty'], false, (i) => (i === 0 ? '' : randomText(1 + int(500), ' \n\r\t')));
  add(250, 'truncated valid files', ['notJson', 'binary'], false, () => baseBytes.slice(0, 1 + int(baseBytes.length - 2)));
  // A flip inside an option id is an answer the bank cannot hold: refused as such, naming the question.
  add(500, 'byte flips of a valid file', ['binary', 'notJson', 'notOurFormat', 'newerVersion', 'invalid', 'answerMismatch'], true, () => {
    const bytes = baseBytes.slice();
    for (let n = 1 + int(4); n > 0; n--) {
      const at = int(bytes.length);
      bytes[at] = bytes[at]! ^ (1 + int(255));
    }
    return bytes;
  });
  add(100, 'other versions', ['newerVersion', 'invalid'], true, (i) => {
    const version = pick<JsonValue>([
      FILE_SCHEMA_VERSION + 1 + int(1000),
      Number.MAX_SAFE_INTEGER,
      2 ** 60,
      -1 - int(9),
      0.5,
      '1',
      null,
      true,
      [1],
      0,
      FILE_SCHEMA_VERSION,
    ]);
    return text(i % 10 === 0 ? changedAt(base, ['schemaVersion'], null, true) : changedAt(base, ['schemaVersion'], version));
  });
  add(10, 'deep nesting', ['invalid'], false, (i) => {
    const depth = 10_000 + i * 10_000;
    if (i % 2 === 0) return baseText.replace('"notes": {', `"notes": {"deep": ${'['.repeat(depth)}${']'.repeat(depth)},`);
    return baseText.replace('"notes": {', `"notes": {"deep": ${'{"a":'.repeat(depth)}{"${reservedKeys[i % 3]!}": 1}${'}'.repeat(depth)},`);
  });
  add(100, 'random trees in our envelope', ['invalid', 'newerVersion'], false, () => {
    const tree = randomJson(0);
    return text({
      format: FILE_FORMAT,
      schemaVersion: pick([FILE_SCHEMA_VERSION, 0, 99]),
      assessment: tree,
      ...(random() < 0.5 ? { appVersion: 'x' } : {}),
    });
  });
  return files;
}

describe('a seeded corpus of malformed and mutated files', () => {
  test('every file gives a known error and leaves the store byte for byte as it was, or (still valid) adds exactly one new assessment', async () => {
    const started = performance.now();
    const corpus = buildCorpus(seededRandom(20261123));
    expect(corpus.length).toBeGreaterThanOrEqual(2_000);
    const dir = tempDir();
    const filesDir = join(dir, 'files');
    mkdirSync(filesDir);
    const store = openStore(join(dir, 'data'));
    const original = sampleAssessment();
    store.saveAssessment(original);
    let before = storeBytes(store);
    const seen = new Map<string, number>();
    let stayedValid = 0;

    for (const [index, file] of corpus.entries()) {
      const path = join(filesDir, `${index}.somekompass`);
      if (typeof file.content === 'object' && 'sparseSize' in file.content) {
        writeFileSync(path, validText());
        truncateSync(path, file.content.sparseSize);
      } else writeFileSync(path, file.content);
      const label = `#${index} (${file.category})`;
      const newId = `imported-${index}`;

      const outcome = await importAssessmentFile(store, path, newId, NOW);
      if (outcome.ok) {
        expect(file.mayStayValid, `${label} should have failed`).toBe(true);
        stayedValid++;
        const after = store.listAssessments();
        expect(
          after.map((a) => a.id),
          label,
        ).toEqual([original.id, newId]);
        expect(after[0], label).toEqual(original);
        expect(outcome.assessment.id).toBe(newId);
        // Keep the store small and the next comparison exact.
        store.deleteAssessment(newId);
        before = storeBytes(store);
      } else {
        expect(file.codes, `${label} gave ${outcome.error.code}: ${outcome.error.detail}`).toContain(outcome.error.code);
        expect(outcome.error.detail.length, label).toBeLessThanOrEqual(4_300);
        expect(storeBytes(store).equals(before), `${label} changed the store`).toBe(true);
        seen.set(outcome.error.code, (seen.get(outcome.error.code) ?? 0) + 1);
      }
      rmSync(path, { force: true });
    }

    expect(store.listAssessments()).toEqual([original]);
    expect(openStore(join(dir, 'data')).listAssessments()).toEqual([original]);
    // The corpus reaches every code a file's content can cause (the file-system codes are covered above).
    for (const code of ['empty', 'binary', 'notJson', 'notOurFormat', 'newerVersion', 'invalid', 'tooLarge'] as const)
      expect(seen.get(code) ?? 0, code).toBeGreaterThan(0);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `corpus: ${corpus.length} files, ${stayedValid} stayed valid, ${JSON.stringify(Object.fromEntries(seen))}, ${seconds.toFixed(1)} s`,
    );
  }, 60_000);
});
