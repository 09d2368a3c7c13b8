/**
 * Issue 18's comparison figure, beside its floor (printed by `npm run bench`, never asserted): "companies like yours"
 * among 1,000 stored assessments, from the store's summaries as the results screen asks for them (the home list's
 * channel, its transport left out) to both layers computed; median of 50 runs after 10 warm-ups.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppStore } from '../electron/main/services/appStore';
import { openConfBackend } from '../electron/main/services/storeBackend';
import { COMPANIES, companyAssessment } from '../tests/fixtures/companies';
import { COMPANY_SIZES, CUSTOMER_TYPES, INDUSTRIES, type Assessment } from '../renderer/src/domain/model/types';
import { compareAssessment } from '../renderer/src/domain/comparison/comparison';
import { median } from './median';

const STORED = 1000;

/** 1,000 companies of every size, customer type and industry, each with a named company's answers. */
function storedAssessments(): Assessment[] {
  return Array.from({ length: STORED }, (_, i) => {
    const base = companyAssessment(COMPANIES[i % COMPANIES.length]!);
    const profile = {
      ...base.profile,
      companyName: `Bedrift ${i + 1}`,
      size: COMPANY_SIZES[i % COMPANY_SIZES.length]!,
      customerType: CUSTOMER_TYPES[i % CUSTOMER_TYPES.length]!,
      industry: INDUSTRIES[i % INDUSTRIES.length]!,
    };
    return { ...base, id: `bench-${i}`, profile };
  });
}

export function comparisonBench(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'some-kompass-bench-comparison-'));
  try {
    const store = new AppStore(dir, openConfBackend);
    const stored = storedAssessments();
    for (const a of stored) store.saveAssessment(a);
    const own = stored[4]!;
    let shownCount = 0;
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      const result = compareAssessment(own, store.listSummaries());
      if (i >= 10) times.push(performance.now() - t0);
      shownCount = result.peers?.kind === 'shown' ? result.peers.count : 0;
    }
    return [
      `comparison among ${STORED} stored assessments (${shownCount} comparable): ${median(times).toFixed(2)} ms median of 50   (floor < 50 ms)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
