/**
 * Issue 14, finding 1: an upgrade never locks the user out. An old single-file store (schema 3) in which one
 * assessment holds values today's question bank cannot hold (all things the earlier version accepted) is split into
 * files like any other: every assessment is reachable, what cannot be used is set aside inside its assessment (kept,
 * never scored, counted in the start-up notice), and only an assessment that cannot be read at all goes to damaged/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend, STORE_NAME } from '../../electron/main/services/storeBackend';
import { serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import { SETTINGS_SCHEMA_VERSION } from '../../renderer/src/domain/files/schema';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { answeredAll, withProfile } from './fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-upgrade-'));
  dirs.push(d);
  return d;
};
const NOW = new Date('2026-12-04T10:00:00Z');
const open = (dir: string) => new AppStore(dir, openConfBackend, { now: () => NOW, appVersion: '1.0.0' });

function company(id: string, companyName: string): Assessment {
  return {
    ...withProfile({ companyName, customerType: 'b2c', size: 'small', channels: ['facebook', 'instagram'] }, answeredAll(false)),
    id,
  };
}

/** What the earlier version let through: a number below the range, "not applicable" where it is not allowed, an edit
 *  for an action that no longer exists, and a due date that is not a date. */
function withOldValues(a: Assessment): Assessment {
  return {
    ...a,
    answers: { ...a.answers, replyTimeInOpeningHours: { kind: 'number', value: -1 }, goalsLinkedToBusiness: { kind: 'notApplicable' } },
    planEdits: {
      retiredActionFromLastYear: { owner: 'Kari', due: '', status: 'inProgress', note: 'Startet i mars' },
      defineSocialMediaRole: { owner: 'Ola', due: '2026-02-30', status: 'notStarted', note: 'Etter styremøtet' },
    },
  };
}

const SET_ASIDE = 4;

function writeOldStore(dir: string, assessments: unknown[]): void {
  writeFileSync(
    join(dir, `${STORE_NAME}.json`),
    JSON.stringify({ schemaVersion: 3, assessments, settings: { uiLanguage: 'nb', window: null, lastFolder: null } }),
  );
}

describe('an upgrade with values the bank cannot hold', () => {
  test('the old store splits, every assessment is shown, the bad values are set aside and counted', () => {
    const dir = tempDir();
    const odd = withOldValues(company('odd', 'Frisør Fie'));
    writeOldStore(dir, [company('first', 'Bakeriet AS'), odd, company('last', 'Sykkelverkstedet')]);

    const store = open(dir);
    expect(
      store
        .listSummaries()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['first', 'last', 'odd']);
    expect(store.notice).toEqual({
      kind: 'damagedFiles',
      damaged: [],
      newer: [],
      setAside: [{ company: 'Frisør Fie', count: SET_ASIDE }],
      backupsFolder: join(dir, 'backups'),
    });

    const loaded = store.getAssessment('odd')!;
    // Kept as they were, with what was wrong; taken out of the answers and the plan.
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect([...(loaded.setAside ?? [])].sort(byPath)).toEqual(
      [
        { path: 'answers.goalsLinkedToBusiness', value: { kind: 'notApplicable' }, problem: expect.any(String) as string },
        { path: 'answers.replyTimeInOpeningHours', value: { kind: 'number', value: -1 }, problem: expect.any(String) as string },
        { path: 'planEdits.retiredActionFromLastYear', value: odd.planEdits.retiredActionFromLastYear, problem: 'no such action' },
        { path: 'planEdits.defineSocialMediaRole.due', value: '2026-02-30', problem: 'not a real date' },
      ].sort(byPath),
    );
    expect(loaded.answers.replyTimeInOpeningHours).toBeUndefined();
    expect(loaded.answers.goalsLinkedToBusiness).toBeUndefined();
    expect(loaded.planEdits.retiredActionFromLastYear).toBeUndefined();
    // The edit stays, without the impossible date.
    expect(loaded.planEdits.defineSocialMediaRole).toEqual({ owner: 'Ola', due: '', status: 'notStarted', note: 'Etter styremøtet' });
    // Everything else is as it was, and it scores.
    const { replyTimeInOpeningHours: _, goalsLinkedToBusiness: __, ...rest } = odd.answers;
    expect(Object.entries(rest).every(([id, a]) => JSON.stringify(loaded.answers[id]) === JSON.stringify(a))).toBe(true);
    expect(scoreAssessment(loaded).overall).toEqual(expect.any(Number));

    // The old store is kept whole, the settings file is the new one, nothing went to damaged/.
    expect(readdirSync(dir).some((n) => n.startsWith(`${STORE_NAME}.before-split-`))).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, `${STORE_NAME}.json`), 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(
      SETTINGS_SCHEMA_VERSION,
    );
    expect(existsSync(join(dir, 'damaged'))).toBe(false);

    // The next start finds nothing more to set aside: the file holds what was kept.
    const again = open(dir);
    expect(again.notice).toBeNull();
    expect(again.getAssessment('odd')).toEqual(loaded);
  });

  test('a stored file of an earlier version with such values loads with them set aside, the others untouched', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    const odd = withOldValues(company('odd', 'Frisør Fie'));
    writeFileSync(join(dir, 'assessments', 'odd.json'), serializeAssessmentFile(odd, '0.9.0', NOW));
    writeFileSync(join(dir, 'assessments', 'fine.json'), serializeAssessmentFile(company('fine', 'Bakeriet AS'), '0.9.0', NOW));
    const store = open(dir);
    expect(store.listSummaries()).toHaveLength(2);
    expect(store.getAssessment('odd')!.setAside).toHaveLength(SET_ASIDE);
    expect(store.notice).toMatchObject({ kind: 'damagedFiles', damaged: [], setAside: [{ company: 'Frisør Fie', count: SET_ASIDE }] });
    // Saved once, the file holds the set-aside values and no longer the unusable ones: the notice does not return.
    store.saveAssessment(store.getAssessment('odd')!);
    expect(open(dir).notice).toBeNull();
  });

  test('only what cannot be read at all goes to damaged/, alone, and the split goes on', () => {
    const dir = tempDir();
    writeOldStore(dir, [
      company('first', 'Bakeriet AS'),
      { id: 'broken', profile: { companyName: 'Halvt AS' }, answers: 7 },
      'not even an object',
    ]);
    const store = open(dir);
    expect(store.listSummaries().map((s) => s.id)).toEqual(['first']);
    expect(store.notice).toMatchObject({ kind: 'damagedFiles', damaged: [{ company: 'Halvt AS' }, { company: null }] });
    expect(readdirSync(join(dir, 'damaged'))).toHaveLength(2);
  });
});
