import type { PortfolioRow } from '../../domain/portfolio/portfolio';
import { toCsv, type CsvCell } from '../../domain/report/csv';
import type { Translate } from '../../domain/plan/explain';
import { MODULE_IDS, type Language } from '../../domain/model/types';
import { formatDisplayDate } from '../../domain/model/dates';
import { formatScoreChange } from '../../components/format';
import { bandText, changeText, companyText, progressText } from './portfolioTexts';

/**
 * The portfolio as CSV, Excel-friendly like the other CSV files (`;`, BOM, formula-safe): the rows as shown (sorted
 * and filtered), one per company, with the scores as numbers and the change both in words and in points.
 */
export function portfolioCsv(rows: ReadonlyArray<PortfolioRow>, t: Translate, lng: Language): string {
  const score = (n: number | null): CsvCell => (n === null ? '' : n);
  return toCsv([
    [
      t('portfolio:columns.company'),
      ...MODULE_IDS.map((m) => t(`${m}:name`)),
      t('portfolio:columns.overall'),
      t('portfolio:filters.band'),
      t('portfolio:columns.change'),
      t('portfolio:columns.changePoints'),
      t('portfolio:columns.date'),
      t('portfolio:columns.progress'),
    ],
    ...rows.map((r) => [
      companyText(t, r),
      ...MODULE_IDS.map((m) => score(r.areas[m])),
      score(r.overall),
      bandText(t, r),
      changeText(t, r),
      r.delta === null ? '' : formatScoreChange(r.delta),
      formatDisplayDate(r.roundDate, lng),
      progressText(t, r),
    ]),
  ]);
}
