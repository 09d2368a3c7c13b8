import { STAT_KEYS, type ClassOverview } from '../../domain/homework/classOverview';
import { toCsv, type CsvCell } from '../../domain/report/csv';
import type { Translate } from '../../domain/plan/explain';
import { MODULE_IDS, type Language } from '../../domain/model/types';
import { formatDisplayDate, localIsoDay } from '../../domain/model/dates';

/**
 * The class overview as CSV, Excel-friendly like the other CSV files (`;`, decimal comma, BOM, formula-safe): one row
 * per student with completion and scores, then the class statistics per area.
 */
export function classCsv(o: ClassOverview, t: Translate, lng: Language): string {
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
      // The day handed in, in the teacher's time zone, written as the language writes dates.
      s.handedInAt ? formatDisplayDate(localIsoDay(new Date(s.handedInAt)), lng) : '',
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
