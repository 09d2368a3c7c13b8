/**
 * Store migrations: each step takes the data of version N-1 and returns version N.
 * We keep our own because electron-store's `migrations` option is documented as unreliable.
 */
import { STORE_SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: ReadonlyArray<(data: Json) => Json> = [
  // 0 -> 1: a store without `schemaVersion` is one electron-store created empty (first launch) or wrote before
  // the first release; keep whatever assessments and settings it has and fill in the rest.
  (data) => ({
    schemaVersion: 1,
    assessments: Array.isArray(data.assessments) ? data.assessments : [],
    settings: { uiLanguage: null, window: null, ...(typeof data.settings === 'object' && data.settings ? data.settings : {}) },
  }),
  // 1 -> 2: file dialogs remember the last folder (issue 3).
  (data) => ({
    ...data,
    schemaVersion: 2,
    settings: { ...(typeof data.settings === 'object' && data.settings ? data.settings : {}), lastFolder: null },
  }),
  // 2 -> 3: assessments record the question bank's version (answers to bank 1; `migrateToCurrentBank` moves them on).
  (data) => ({
    ...data,
    schemaVersion: 3,
    assessments: Array.isArray(data.assessments) ? data.assessments.map(withBankVersion1) : data.assessments,
  }),
];

/** An assessment written before banks had versions: its answers belong to bank 1. Anything else is left as it is. */
export function withBankVersion1(assessment: unknown): unknown {
  if (typeof assessment !== 'object' || assessment === null || Array.isArray(assessment) || 'bankVersion' in assessment) return assessment;
  return { ...assessment, bankVersion: 1, needsNewAnswer: [], retiredAnswers: {} };
}

export type MigrationOutcome =
  { ok: true; data: Json; from: number } | { ok: false; reason: 'newerVersion'; found: number } | { ok: false; reason: 'badVersion' };

/** Brings raw store data up to the current version. Never touches data it cannot understand. */
export function migrateStore(raw: unknown): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'badVersion' };
  const data = raw as Json;
  const version = data.schemaVersion === undefined ? 0 : data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, reason: 'badVersion' };
  if (version > STORE_SCHEMA_VERSION) return { ok: false, reason: 'newerVersion', found: version };
  let current = data;
  for (let v = version; v < STORE_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'badVersion' };
    current = step(current);
  }
  return { ok: true, data: current, from: version };
}
