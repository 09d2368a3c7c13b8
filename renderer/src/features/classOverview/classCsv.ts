import { STAT_KEYS, type ClassOverview } from '../../domain/homework/classOverview';
import { toCsv, type CsvCell } from '../../domain/report/csv';
import type { Translate } from '../../domain/plan/explain';
import { MODULE_IDS } from '../../domain/model/types';

/**
 * The class overview as CSV, Excel-friendly like the other CSV files (`;`, decimal comma, BOM, formula-safe): one row
 * per student with completion and scores, then the class statistics per area.
 */
export function classCsv(o: ClassOverview, t: Translate): string {
  const round = (n: number | null): CsvCell => (n === null ? '' : Math.round(n));
  const rows: CsvCell[][] = [
    [
      t('class:columns.student'),
      t('class:columns.file'),
      t('class:columns.handedIn'),
      t('class:columns.answered'),
      ...MODULE_IDS.map((m) => t(`${m}:name`)),
      t('class:columns.overall'),
    ],
    ...o.students.map((s) => [
      s.name,
      s.fileName,
      s.handedInAt ? s.handedInAt.slice(0, 10) : '',
      `${s.answered}/${s.total}`,
      ...MODULE_IDS.map((m) => round(s.modules[m].score)),
      round(s.overall),
    ]),
    [],
    [t('class:stats.heading'), '', '', '', ...MODULE_IDS.map((m) => t(`${m}:name`)), t('class:columns.overall')],
    ...STAT_KEYS.map((k) => [t(`class:stats.${k}`), '', '', '', ...o.modules.map((m) => round(m[k])), round(o.overall[k])]),
  ];
  return toCsv(rows);
}
