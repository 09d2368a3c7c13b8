import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentRow } from '../../domain/homework/classOverview';
import { MODULE_IDS, type Language, type ModuleId } from '../../domain/model/types';
import { AnsweredCell, HandedInCell } from './handInCells';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SortHeader } from '../../components/SortHeader';

type SortColumn = 'name' | 'handedIn' | 'answered' | ModuleId | 'overall';

/** The value a column sorts by; no score sorts below every score. */
function sortValue(s: StudentRow, column: SortColumn): number | string {
  if (column === 'name') return s.name;
  if (column === 'handedIn') return s.handedInDay ?? '';
  if (column === 'answered') return s.answered / Math.max(1, s.total);
  if (column === 'overall') return s.overall ?? -1;
  return s.modules[column].score ?? -1;
}

/**
 * The students x areas matrix: sortable by any column (a button in each header, aria-sort on the sorted one), with
 * each student's reflections opened from their row.
 */
export function ClassMatrix({ students, lng, score }: { students: StudentRow[]; lng: Language; score: (n: number | null) => string }) {
  const { t } = useTranslation();
  const id = useId();
  const [sort, setSort] = useState<{ column: SortColumn; descending: boolean }>({ column: 'name', descending: false });
  const [openKey, setOpenKey] = useState<string | null>(null);
  const reflectionsHeading = useRef<HTMLHeadingElement>(null);
  // The row's button that opened the reflections: closing them puts focus back there, not at the top of the page.
  const opener = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (openKey) reflectionsHeading.current?.focus();
  }, [openKey]);

  const sorted = useMemo(
    () =>
      [...students].sort((a, b) => {
        const x = sortValue(a, sort.column);
        const y = sortValue(b, sort.column);
        const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, lng) : Number(x) - Number(y);
        return sort.descending ? -c : c;
      }),
    [students, sort, lng],
  );
  const student = students.find((s) => s.key === openKey) ?? null;

  const header = (column: SortColumn, label: string) => (
    <SortHeader column={column} label={label} sort={sort} onSort={setSort} firstDescending={column !== 'name'} />
  );

  return (
    <>
      <h2>{t('class:matrix.title')}</h2>
      <ScrollRegion label={t('class:matrix.caption')}>
        <table className="scores-table class-matrix">
          <caption className="visually-hidden">{t('class:matrix.caption')}</caption>
          <thead>
            <tr>
              {header('name', t('class:columns.student'))}
              {header('handedIn', t('class:columns.handedIn'))}
              {header('answered', t('class:columns.answered'))}
              {MODULE_IDS.map((m) => (
                <Fragment key={m}>{header(m, t(`${m}:name`))}</Fragment>
              ))}
              {header('overall', t('class:columns.overall'))}
              <th scope="col">{t('class:columns.reflections')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((s) => (
              <tr key={s.key} className={s.complete ? undefined : 'incomplete'}>
                <th scope="row">
                  {s.name}
                  {s.notOnList && <span className="workshop-tag">{t('class:notOnList')}</span>}
                  {s.olderFiles.length > 0 && <span className="workshop-tag">{t('class:handedInTwice')}</span>}
                </th>
                <HandedInCell student={s} t={t} lng={lng} />
                <AnsweredCell student={s} t={t} />
                {MODULE_IDS.map((m) => (
                  <td key={m}>{score(s.modules[m].score)}</td>
                ))}
                <td className="team-score">{score(s.overall)}</td>
                <td>
                  <button
                    type="button"
                    onClick={(e) => {
                      opener.current = e.currentTarget;
                      setOpenKey(s.key);
                    }}
                    aria-label={t('class:readReflectionsOf', { name: s.name })}
                  >
                    {t('class:readReflections')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {student && (
        <section className="reflections-panel" aria-labelledby={`${id}-reflections`}>
          <h2 id={`${id}-reflections`} tabIndex={-1} ref={reflectionsHeading}>
            {t('class:reflectionsOf', { name: student.name })}
          </h2>
          {MODULE_IDS.map((m) => (
            <div key={m}>
              <h3>{t(`${m}:name`)}</h3>
              <p className="reflection-text">{student.reflections[m]?.trim() || t('class:noReflection')}</p>
            </div>
          ))}
          <button
            type="button"
            onClick={() => {
              opener.current?.focus();
              setOpenKey(null);
            }}
          >
            {t('class:closeReflections')}
          </button>
        </section>
      )}
    </>
  );
}
