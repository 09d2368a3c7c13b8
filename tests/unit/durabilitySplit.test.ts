/** kill -9 while the old single-file store is split into one file per assessment (issue 8). */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend, STORE_NAME } from '../../electron/main/services/storeBackend';
import { answeredAll, blankAssessment } from './fixtures';
import { delays, killAfter } from './killChild';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'some-kompass-split-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('kill -9', () => {
  test('while splitting the old store: it resumes, nothing lost or doubled (100 kills, at random moments from the start)', async () => {
    const template = tempDir();
    const legacy = Array.from({ length: 80 }, (_, i) => {
      const a: Record<string, unknown> = { ...answeredAll(i % 2 === 0, blankAssessment(`m${i}`)), notes: { n: `Notat ${i} `.repeat(50) } };
      for (const key of ['bankVersion', 'needsNewAnswer', 'retiredAnswers']) delete a[key];
      return a;
    });
    writeFileSync(
      join(template, `${STORE_NAME}.json`),
      JSON.stringify({ schemaVersion: 2, assessments: legacy, settings: { uiLanguage: 'sv', window: null, lastFolder: null } }),
    );
    for (const [round, ms] of delays(100, 11, 700).entries()) {
      const dir = join(tempDir(), 'data');
      mkdirSync(dir);
      cpSync(template, dir, { recursive: true });
      await killAfter('open', dir, ms);
      // Whatever the moment of the kill, the next start has every assessment exactly once, and the settings.
      const store = new AppStore(dir, openConfBackend);
      expect(store.notice, `round ${round}`).toBeNull();
      const ids = store.listAssessments().map((a) => a.id);
      expect(ids.length, `round ${round}`).toBe(80);
      expect(new Set(ids).size).toBe(80);
      expect(store.getSettings().uiLanguage).toBe('sv');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
