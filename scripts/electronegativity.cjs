// Runs electronegativity's scanner on one folder and prints its findings as JSON (its CSV writer mangles rows whose
// sample spans lines). Offline and deterministic: electronegativity downloads translations (and, without an
// Electron version, the release list) with `got`; offline, got's retry path crashes under Node 24. We hand it a
// `got` that fails at once, which it handles by falling back to its bundled English texts. No request is made.
// Usage: node scripts/electronegativity.cjs <folder> <electron-version>
const path = require('node:path');
const base = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = require.resolve('got', { paths: [base] });
const offline = () => Promise.reject(Object.assign(new Error('offline: scanning without network'), { code: 'ENOTFOUND' }));
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(offline, { default: offline, get: offline }),
};

const run = require('@doyensec/electronegativity/dist/runner.js');
const [input, electronVersion] = process.argv.slice(2);
// The runner prints progress to the console; keep stdout for our JSON only.
const print = console.log;
console.log = () => undefined;
run({
  input: path.resolve(input),
  customScan: [],
  excludeFromScan: [],
  severitySet: undefined, // all severities
  confidenceSet: undefined, // all confidence levels
  isRelative: true,
  isVerbose: false,
  electronUpgrade: undefined,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
}).then(
  (result) => {
    const issues = result.issues.map((i) => ({
      check: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      location: `${i.location.line}:${i.location.column}`,
      manualReview: !!i.manualReview,
    }));
    print(JSON.stringify({ checks: result.atomicChecks + result.globalChecks, errors: result.errors.length, issues }));
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
