import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../domain/model/summary';
import { LOCALE_TAG } from '../../domain/model/types';
import { filterRows, NO_FILTER, portfolioRows, sortRows, type PortfolioRow, type PortfolioSort } from '../../domain/portfolio/portfolio';
import { currentLanguage } from '../../i18n';
import { useFocusHeading } from '../../components/useFocusHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { PortfolioExports } from './PortfolioExports';
import { PortfolioPrint } from './PortfolioPrint';
import { PortfolioFolder } from './PortfolioFolder';
import { portfolioCsv } from './portfolioCsv';
import { useFolderRead } from './useFolderRead';
import { usePlanCounts } from './usePlanCounts';

/** Where the companies come from: the app's own assessments, or the files of a folder (read, never stored). */
const PORTFOLIO_SOURCES = ['stored', 'folder'] as const;

/**
 * The consultant's portfolio ("Kundeoversikt" / "Kundöversikt", issue 18): every company in the app, or in a folder
 * of files, side by side from its latest round; sorted and filtered here, exported as CSV and PDF, and each stored
 * company opened from its row.
 */
export function PortfolioScreen({
  summaries,
  onOpen,
}: {
  summaries: ReadonlyArray<AssessmentSummary>;
  /** Opens a stored assessment where its home row would (its resume step). */
  onOpen: (summary: AssessmentSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('portfolio:title'));
  const id = useId();
  const heading = useFocusHeading();
  const lng = currentLanguage(i18n);
  const [source, setSource] = useState<(typeof PORTFOLIO_SOURCES)[number]>('stored');
  const folder = useFolderRead();
  const [filter, setFilter] = useState(NO_FILTER);
  const [sort, setSort] = useState<PortfolioSort>({ column: 'company', descending: false });
  // The table follows a new filter or order as soon as it can; the controls never wait for it.
  const deferredFilter = useDeferredValue(filter);
  const deferredSort = useDeferredValue(sort);

  const listed = useMemo(() => portfolioRows(source === 'stored' ? summaries : folder.summaries), [source, summaries, folder.summaries]);
  // A start does not count plan progress; main counts what these rows lack, and the rows say so meanwhile.
  const { rows: all, counting, failed } = usePlanCounts(listed);
  useAnnounce(counting ? t('portfolio:counting') : null, { delayMs: 400 });
  useAnnounce(failed ? t('portfolio:countFailed') : null, { politeness: 'assertive' });
  const rows = useMemo(
    () => sortRows(filterRows(all, deferredFilter), deferredSort, LOCALE_TAG[lng]),
    [all, deferredFilter, deferredSort, lng],
  );
  const shown = t('portfolio:shown', { count: rows.length, total: all.length });
  useAnnounce(all.length > 0 ? shown : null, { when: `${source}:${JSON.stringify(deferredFilter)}:${all.length}` });

  // The cancel button goes when a folder's reading ends: focus moves on to the count, not to the top of the page.
  const count = useRef<HTMLParagraphElement>(null);
  const wasBusy = useRef(false);
  const busy = folder.progress !== null;
  useEffect(() => {
    const ended = wasBusy.current && !busy;
    wasBusy.current = busy;
    if (ended && (document.activeElement === null || document.activeElement === document.body))
      (count.current ?? document.getElementById(`${id}-title`))?.focus();
  }, [busy, id]);

  const open =
    source === 'stored'
      ? (row: PortfolioRow): void => {
          const summary = summaries.find((s) => s.id === row.id);
          if (summary) onOpen(summary);
        }
      : null;
  const date = new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'long' }).format(new Date());

  return (
    <section className="portfolio" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t('portfolio:title')}
      </h1>
      <p className="lead">{t('portfolio:intro')}</p>
      <fieldset className="portfolio-source">
        <legend>{t('portfolio:source.legend')}</legend>
        {PORTFOLIO_SOURCES.map((s) => (
          <label className="option" key={s}>
            <input type="radio" name={`${id}-source`} value={s} checked={source === s} onChange={() => setSource(s)} />
            <span>{t(`portfolio:source.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      {source === 'folder' && <PortfolioFolder folder={folder} t={t} />}

      {all.length === 0 ? (
        !busy && <p className="empty">{t('portfolio:empty')}</p>
      ) : (
        <>
          <PortfolioFilters filter={filter} onChange={setFilter} t={t} />
          <p className="portfolio-count" tabIndex={-1} ref={count}>
            {shown}
          </p>
          {counting && <p className="notice-inline portfolio-counting">{t('portfolio:counting')}</p>}
          {failed && <p className="notice notice-error">{t('portfolio:countFailed')}</p>}
          <PortfolioExports
            csv={() => portfolioCsv(rows, t, lng)}
            printView={(brand) => <PortfolioPrint rows={rows} t={t} lng={lng} date={date} shown={shown} brand={brand} />}
          />
          {rows.length === 0 ? (
            <p className="empty">{t('portfolio:noMatch')}</p>
          ) : (
            <PortfolioTable rows={rows} sort={sort} onSort={setSort} onOpen={open} t={t} lng={lng} />
          )}
        </>
      )}
    </section>
  );
}
