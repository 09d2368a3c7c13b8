/**
 * Figures on the shape of the code, for a newcomer's view of the house and for before/after comparisons of a
 * refactor: lines per folder, import circles (type-only imports included), the longest functions, files over the
 * screen limit, and lines over 160 characters. `npm run structure [-- <folder>]` (default: this repository).
 * Printed, never asserted: the fences themselves are checked by `npm run fences` in lint.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { cruise } from 'dependency-cruiser';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
const SOURCE = /^(electron|renderer)\/.*\.(ts|tsx)$/;
/** A screen or module longer than this is hard to hold in one's head. */
const FILE_LIMIT = 250;
const LONG_LINE = 160;

const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts'));

// Lines per folder (the folder a file is in, two levels below the top for the core and the features).
const perFolder = new Map<string, number>();
let total = 0;
let longLines = 0;
const longFiles: Array<[string, number]> = [];
const functions: Array<{ name: string; lines: number }> = [];
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  total += lines.length;
  longLines += lines.filter((l) => l.length > LONG_LINE).length;
  if (lines.length > FILE_LIMIT) longFiles.push([file, lines.length]);
  const folder = dirname(file);
  perFolder.set(folder, (perFolder.get(folder) ?? 0) + lines.length);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const named =
        (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name
          ? node.name.getText()
          : ts.isVariableDeclaration(node.parent)
            ? node.parent.name.getText()
            : '(anonymous)';
      functions.push({ name: `${file}:${start + 1} ${named}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// Import circles, type-only imports included, as dependency-cruiser sees them.
const result = await cruise(['electron', 'renderer/src'], {
  baseDir: root,
  tsPreCompilationDeps: true,
  doNotFollow: { path: 'node_modules' },
  exclude: { path: '(^out/|^dist/|\\.d\\.ts$)' },
  validate: false,
});
const output = typeof result.output === 'string' ? null : result.output;
const cycles = new Set<string>();
for (const m of output?.modules ?? [])
  for (const d of m.dependencies)
    if (d.circular && d.cycle) {
      const members = d.cycle.map((c) => (typeof c === 'string' ? c : c.name));
      cycles.add([...members].sort().join(' -> '));
    }

const pad = (s: string | number, n: number): string => String(s).padStart(n);
console.log(`root: ${relative(process.cwd(), root) || '.'}`);
console.log(`source lines (electron + renderer): ${total} in ${files.length} files`);
console.log(`lines over ${LONG_LINE} characters: ${longLines}`);
console.log(`import circles (distinct, type-only included): ${cycles.size}`);
for (const c of [...cycles].slice(0, 10)) console.log(`  ${c}`);
console.log(`files over ${FILE_LIMIT} lines: ${longFiles.length}`);
for (const [f, n] of longFiles.sort((a, b) => b[1] - a[1])) console.log(`  ${pad(n, 5)}  ${f}`);
console.log('longest functions:');
for (const f of functions.sort((a, b) => b.lines - a.lines).slice(0, 8)) console.log(`  ${pad(f.lines, 5)}  ${f.name}`);
console.log('lines per folder:');
for (const [folder, n] of [...perFolder].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${pad(n, 6)}  ${folder}`);
