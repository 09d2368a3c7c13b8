/**
 * Prints the plans of the named companies in tests/fixtures/companies.ts, as the user would read them: scores,
 * then each horizon's actions with the one-line reason, then the "Later" titles. For reading plans as a consultant
 * would (`npm run plans`, or `npm run plans -- sv` for Swedish, `-- --full` for why, steps and KPI too).
 */
import i18next from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';
import { buildReport } from '../renderer/src/domain/report/report';
import type { Language } from '../renderer/src/domain/model/types';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.find((a): a is Language => a === 'nb' || a === 'sv');

const bundlesOf = (lng: Language): Record<string, object> => {
  const dir = join(root, 'locales', lng);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as object]),
  );
};
const resources = { nb: bundlesOf('nb'), sv: bundlesOf('sv') };
const i18n = i18next.createInstance();
await i18n.init({
  lng: 'nb',
  fallbackLng: false,
  ns: Object.keys(resources.nb),
  defaultNS: 'common',
  resources,
  interpolation: { escapeValue: false },
});

for (const company of COMPANIES) {
  const lng: Language = only ?? company.language;
  const assessment = companyAssessment(company);
  const report = buildReport(assessment, i18n.getFixedT(lng), lng, new Date('2026-11-30T12:00:00Z'));
  const p = assessment.profile;
  console.log(`\n=== ${report.company} (${lng}; ${p.size}, ${p.customerType}, ${p.channels.join('+')}, ${p.hoursPerWeek ?? '–'} h/week)`);
  console.log(
    `    ${report.overall.scoreText} ${report.overall.band} | ${report.modules.map((m) => `${m.name} ${m.score ?? '–'} ${m.band}`).join(' | ')}`,
  );
  for (const note of report.planNotes) console.log(`    ${note}`);
  for (const h of report.plan) {
    if (h.actions.length === 0) continue;
    console.log(`  ${h.title}`);
    for (const a of h.actions) {
      console.log(`    - ${a.title}  [${a.module}]`);
      console.log(`        ${a.whyNow}`);
      if (a.work.length > 0) console.log(`        (${a.work.join(' · ')})`);
      for (const d of a.details) console.log(`        · ${d}`);
      if (full) {
        console.log(`        ${a.why}`);
        a.steps.forEach((s, i) => console.log(`        ${i + 1}. ${s}`));
        console.log(`        KPI: ${a.kpi}`);
      }
    }
  }
  if (report.later.length > 0)
    console.log(`  ${i18n.getFixedT(lng)('common:plan.later.title')}: ${report.later.map((a) => a.title).join(' · ')}`);
}
