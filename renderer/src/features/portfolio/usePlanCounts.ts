import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanProgress } from '../../domain/model/summary';
import { uncountedIds, withPlanCounts, type PortfolioRow } from '../../domain/portfolio/portfolio';
import { api } from '../../api';

/**
 * The plan progress of the rows whose summary says uncounted, asked of main once the rows are known: a start
 * takes progress only from main's cache, so that 5,000 assessments do not each plan before the first screen. While
 * main counts, those rows say "not counted yet" and `counting` is true; when asking fails, they keep saying so and
 * `failed` is true. Each id is asked once per visit to the screen.
 */
export function usePlanCounts(rows: PortfolioRow[]): { rows: PortfolioRow[]; counting: boolean; failed: boolean } {
  const [counts, setCounts] = useState<Readonly<Record<string, PlanProgress | null>>>({});
  const [pending, setPending] = useState(0);
  const [failed, setFailed] = useState(false);
  const asked = useRef(new Set<string>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const missing = uncountedIds(rows).filter((id) => !asked.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    setPending((n) => n + 1);
    api()
      .countPlanProgress(missing)
      .then((counted) => mounted.current && setCounts((before) => ({ ...before, ...counted })))
      .catch(() => mounted.current && setFailed(true))
      .finally(() => mounted.current && setPending((n) => n - 1));
  }, [rows]);

  const counted = useMemo(() => withPlanCounts(rows, counts), [rows, counts]);
  return { rows: counted, counting: pending > 0, failed };
}
