import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/types';
import { assessmentStatus, isComplete } from '../../domain/assessment';
import { scoreAssessment } from '../../domain/scoring';
import { LOCALE_TAG } from '../../domain/types';
import { useFocusHeading } from '../../components/useFocusHeading';
import { currentLanguage } from '../../i18n';

export function HomeScreen(props: {
  assessments: Assessment[];
  deleted: Assessment | null;
  onNew: () => void;
  onImport: () => void;
  onExport: (a: Assessment) => void;
  onOpen: (a: Assessment) => void;
  onDuplicate: (a: Assessment) => void;
  onDelete: (a: Assessment) => void;
  onUndoDelete: () => void;
  onDismissUndo: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = currentLanguage(i18n);
  const heading = useFocusHeading();
  const sorted = [...props.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const nameOf = (a: Assessment): string => a.profile.companyName.trim() || t('home.unnamed');
  // One formatter of each kind per render, not one per row.
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'medium', timeStyle: 'short' });
  const percentFormat = new Intl.NumberFormat(LOCALE_TAG[lng], { style: 'percent', maximumFractionDigits: 0 });
  const formatDate = (iso: string): string => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
  };

  return (
    <section className="home" aria-labelledby="home-title">
      <div className="screen-head">
        <h1 id="home-title" tabIndex={-1} ref={heading}>
          {t('home.title')}
        </h1>
        <div className="head-buttons">
          <button type="button" onClick={props.onImport}>
            {t('files:home.import')}
          </button>
          <button type="button" className="primary" onClick={props.onNew}>
            {t('home.new')}
          </button>
        </div>
      </div>
      <p className="lead">{t('home.intro')}</p>
      <p className="hint">{t('files:home.dropHint')}</p>

      <div className="undo-region" role="status" aria-live="polite">
        {props.deleted && (
          <div className="toast">
            <span>{t('home.deleted', { name: nameOf(props.deleted) })}</span>
            <button type="button" onClick={props.onUndoDelete}>
              {t('home.undo')}
            </button>
            <button type="button" className="quiet" onClick={props.onDismissUndo}>
              {t('home.dismiss')}
            </button>
          </div>
        )}
      </div>

      {sorted.length === 0 ? (
        <p className="empty">{t('home.empty')}</p>
      ) : (
        <table className="assessment-table">
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
            {sorted.map((a) => {
              const result = scoreAssessment(a);
              const name = nameOf(a);
              const complete = isComplete(a, result);
              const status = assessmentStatus(a, result);
              return (
                <tr key={a.id} className={`status-${status}`}>
                  <th scope="row" className="company-cell">
                    {name}
                  </th>
                  <td>{formatDate(a.updatedAt)}</td>
                  <td>{percentFormat.format(result.total === 0 ? 0 : result.answered / result.total)}</td>
                  <td>
                    <span className={`status-tag status-tag-${status}`}>{t(`home.status.${status}`)}</span>
                  </td>
                  <td>
                    {result.overall === null
                      ? t('home.noScore')
                      : result.band === null
                        ? t('home.scorePreliminary', { score: Math.round(result.overall) })
                        : t('home.score', { score: Math.round(result.overall), band: t(`bands.${result.band}`) })}
                  </td>
                  <td className="row-actions">
                    {complete ? (
                      <button type="button" onClick={() => props.onOpen(a)} aria-label={t('home.openNamed', { name })}>
                        {t('home.open')}
                      </button>
                    ) : (
                      <button type="button" className="primary" onClick={() => props.onOpen(a)} aria-label={t('home.continueNamed', { name })}>
                        {t('home.continue')}
                      </button>
                    )}
                    <button type="button" onClick={() => props.onExport(a)} aria-label={t('files:home.exportNamed', { name })}>
                      {t('files:home.export')}
                    </button>
                    <button type="button" onClick={() => props.onDuplicate(a)} aria-label={t('home.duplicateNamed', { name })}>
                      {t('home.duplicate')}
                    </button>
                    <button type="button" className="danger" onClick={() => props.onDelete(a)} aria-label={t('home.deleteNamed', { name })}>
                      {t('home.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
