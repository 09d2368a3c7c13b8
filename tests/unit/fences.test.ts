/**
 * The layer fences in `.dependency-cruiser.cjs` catch what they are for: each rule is run against a small tree that
 * crosses it, so a rule weakened by mistake fails here, not silently in review. (`npm run fences`, in lint, runs the
 * same rules over the real code.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cruise, type IConfiguration, type IReporterOutput } from 'dependency-cruiser';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const root = mkdtempSync(join(tmpdir(), 'some-kompass-fences-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Files of a small project: path -> content. */
function write(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

write({
  'renderer/src/app/shell.ts': 'export type Shell = { name: string };\n',
  'renderer/src/domain/model/clean.ts': 'export const clean = 1;\n',
  // The core reaching into the shell.
  'renderer/src/domain/model/upward.ts': "import type { Shell } from '../../app/shell';\nexport type X = Shell;\n",
  // A type-only circle inside the core.
  'renderer/src/domain/model/first.ts': "import type { B } from './second';\nexport type A = { b?: B };\n",
  'renderer/src/domain/model/second.ts': "import type { A } from './first';\nexport type B = { a?: A };\n",
  // A feature reaching back up into the shell.
  'renderer/src/features/home/home.ts': "import type { Shell } from '../../app/shell';\nexport const home = (s: Shell) => s.name;\n",
  // The projector reaching another screen.
  'renderer/src/features/projector/slide.ts': "import { home } from '../home/home';\nexport const slide = home;\n",
  // Main reaching a screen of the renderer (the core is allowed).
  'electron/main/main.ts':
    "import { clean } from '../../renderer/src/domain/model/clean';\nimport { home } from '../../renderer/src/features/home/home';\nexport const m = [clean, home];\n",
  // The preload reaching main.
  'electron/preload/preload.ts': "import { m } from '../main/main';\nexport const p = m;\n",
  // The renderer reaching main.
  'renderer/src/components/button.ts': "import { m } from '../../../electron/main/main';\nexport const b = m;\n",
});

async function violations(): Promise<Array<{ rule: string; from: string; to: string }>> {
  const { tsConfig: _, ...options } = config.options ?? {};
  const result: IReporterOutput = await cruise(['electron', 'renderer'], {
    ...options,
    baseDir: root,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
  });
  if (typeof result.output === 'string') throw new Error('unexpected text output');
  return (result.output.summary.violations ?? []).map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('the layer fences', () => {
  test('each crossing is caught by its rule, and what is allowed passes', async () => {
    const found = await violations();
    const has = (rule: string, from: string, to: string): boolean => found.some((v) => v.rule === rule && v.from === from && v.to === to);
    expect(has('core-imports-only-itself-and-zod', 'renderer/src/domain/model/upward.ts', 'renderer/src/app/shell.ts')).toBe(true);
    expect(found.some((v) => v.rule === 'no-circular' && v.from.startsWith('renderer/src/domain/model/'))).toBe(true);
    expect(has('features-never-import-the-app-shell', 'renderer/src/features/home/home.ts', 'renderer/src/app/shell.ts')).toBe(true);
    expect(has('projector-imports-no-other-screen', 'renderer/src/features/projector/slide.ts', 'renderer/src/features/home/home.ts')).toBe(
      true,
    );
    expect(has('main-and-preload-use-only-the-core-of-the-renderer', 'electron/main/main.ts', 'renderer/src/features/home/home.ts')).toBe(
      true,
    );
    expect(has('preload-never-imports-main', 'electron/preload/preload.ts', 'electron/main/main.ts')).toBe(true);
    expect(has('renderer-never-imports-main-or-preload', 'renderer/src/components/button.ts', 'electron/main/main.ts')).toBe(true);
    // Main may use the core.
    expect(found.some((v) => v.from === 'electron/main/main.ts' && v.to === 'renderer/src/domain/model/clean.ts')).toBe(false);
  });
});
