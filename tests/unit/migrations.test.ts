import { describe, expect, test } from 'vitest';
import { migrateStore } from '../../renderer/src/domain/files/storeMigrations';
import { STORE_SCHEMA_VERSION, storeDataSchema } from '../../renderer/src/domain/files/schema';

describe('store migrations', () => {
  test('an empty store (first launch) becomes a valid current store', () => {
    const r = migrateStore({});
    expect(r).toMatchObject({ ok: true, from: 0 });
    expect(storeDataSchema.safeParse(r.ok && r.data).success).toBe(true);
  });

  test('version 0 keeps its assessments and settings', () => {
    const r = migrateStore({ assessments: [{ id: 'x' }], settings: { uiLanguage: 'sv' } });
    expect(r.ok && r.data).toEqual({
      schemaVersion: STORE_SCHEMA_VERSION,
      assessments: [{ id: 'x', bankVersion: 1, needsNewAnswer: [], retiredAnswers: {} }],
      settings: { uiLanguage: 'sv', window: null, lastFolder: null },
    });
  });

  test('version 1 gains the last-folder setting and keeps everything else', () => {
    const v1 = {
      schemaVersion: 1,
      assessments: [],
      settings: { uiLanguage: 'nb', window: { x: 1, y: 2, width: 800, height: 600, maximized: false } },
    };
    const r = migrateStore(v1);
    expect(r).toEqual({
      ok: true,
      from: 1,
      data: { ...v1, schemaVersion: STORE_SCHEMA_VERSION, settings: { ...v1.settings, lastFolder: null } },
    });
    expect(storeDataSchema.safeParse(r.ok && r.data).success).toBe(true);
  });

  test('the current version passes through untouched', () => {
    const data = { schemaVersion: STORE_SCHEMA_VERSION, assessments: [], settings: { uiLanguage: null, window: null, lastFolder: null } };
    expect(migrateStore(data)).toEqual({ ok: true, data, from: STORE_SCHEMA_VERSION });
  });

  test('a newer version is refused with the version found', () => {
    expect(migrateStore({ schemaVersion: STORE_SCHEMA_VERSION + 5 })).toEqual({
      ok: false,
      reason: 'newerVersion',
      found: STORE_SCHEMA_VERSION + 5,
    });
  });

  test.each([null, 7, 'x', [], { schemaVersion: -1 }, { schemaVersion: 1.5 }, { schemaVersion: '1' }])('rejects %j', (raw) => {
    expect(migrateStore(raw)).toEqual({ ok: false, reason: 'badVersion' });
  });
});
