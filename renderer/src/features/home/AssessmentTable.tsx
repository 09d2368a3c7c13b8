import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../domain/model/summary';
import { LOCALE_TAG } from '../../domain/model/types';
import { currentLanguage } from '../../i18n';

export interface RowActions {
  onOpen: (a: AssessmentSummary) => void;
  onExport: (a: AssessmentSummary) => void;
  onDuplicate: (a: AssessmentSummary) => void;
  onEarlier: (a: AssessmentSummary) => void;
  onDelete: (a: AssessmentSummary) => void;
}

/** The home list as a table: company (with its kind), last change, progress, status, score, and what can be done. */
export function AssessmentTable({
  rows,
  nameOf,
  actions,
  tableRef,
}: {
  /** The table element, for the home screen to move focus between rows after a delete. */
  tableRef?: Ref<HTMLTableElement>;
  rows: AssessmentSummary[];
  nameOf: (a: AssessmentSummary) => string;
  actions: RowActions;
}) {
  const { t, i18n } = useTranslation();
  const lng = currentLanguage(i18n);
  // One formatter of each kind per render, not one per row.
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'medium', timeStyle: 'short' });
  const percentFormat = new Intl.NumberFormat(LOCALE_TAG[lng], { style: 'percent', maximumFractionDigits: 0 });
  const formatDate = (iso: string): string => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
  };
  return (
    <table className="assessment-table" ref={tableRef}>
      <caption className="visually-hidden">{t('home.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('home.columns.company')}</th>
          <th scope="col">{t('home.columns.changed')}</th>
          <th scope="col">{t('home.columns.progress')}</th>
          <th scope="col">{t('home.columns.status')}</th>
          <th scope="col">{t('home.columns.score')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('home.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => {
          const name = nameOf(a);
          const complete = a.status === 'complete' || a.status === 'preliminary';
          return (
            <tr key={a.id} className={`status-${a.status}`} data-id={a.id}>
              <th scope="row" className="company-cell">
                {name}
                {a.respondents !== null && <span className="workshop-tag">{t('home.workshopTag', { count: a.respondents })}</span>}
                {a.round > 1 && <span className="workshop-tag">{t('home.roundTag', { number: a.round })}</span>}
                {a.unconfirmedAreas > 0 && (
                  <span className="unconfirmed-mark">{t('home.unconfirmedAreas', { count: a.unconfirmedAreas })}</span>
                )}
                {a.homework && <span className="workshop-tag">{t(`home.homeworkTag.${a.homework}`)}</span>}
              </th>
              {/* data-label: the column's name beside each value where a narrow window stacks the row (styles.css). */}
              <td data-label={t('home.columns.changed')}>{formatDate(a.updatedAt)}</td>
              <td data-label={t('home.columns.progress')}>{percentFormat.format(a.total === 0 ? 0 : a.answered / a.total)}</td>
              <td data-label={t('home.columns.status')}>
                <span className={`status-tag status-tag-${a.status}`}>{t(`home.status.${a.status}`)}</span>
              </td>
              <td data-label={t('home.columns.score')}>
                {a.overall === null
                  ? t('home.noScore')
                  : a.band === null
                    ? t('home.scorePreliminary', { score: a.overall })
                    : t('home.score', { score: a.overall, band: t(`bands.${a.band}`) })}
              </td>
              <td className="row-actions">
                {complete ? (
                  <button type="button" onClick={() => actions.onOpen(a)} aria-label={t('home.openNamed', { name })}>
                    {t('home.open')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => actions.onOpen(a)}
                    aria-label={t('home.continueNamed', { name })}
                  >
                    {t('home.continue')}
                  </button>
                )}
                <button type="button" onClick={() => actions.onExport(a)} aria-label={t('files:home.exportNamed', { name })}>
                  {t('files:home.export')}
                </button>
                <button type="button" onClick={() => actions.onDuplicate(a)} aria-label={t('home.duplicateNamed', { name })}>
                  {t('home.duplicate')}
                </button>
                <button type="button" onClick={() => actions.onEarlier(a)} aria-label={t('home.earlierNamed', { name })}>
                  {t('home.earlier')}
                </button>
                <button type="button" className="danger" onClick={() => actions.onDelete(a)} aria-label={t('home.deleteNamed', { name })}>
                  {t('home.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
