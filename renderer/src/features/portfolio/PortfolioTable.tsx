import { Fragment } from 'react';
import type { TFunction } from 'i18next';
import { MODULE_IDS } from '../../domain/model/types';
import type { PortfolioRow, PortfolioSort, SortColumn } from '../../domain/portfolio/portfolio';
import { formatDisplayDate } from '../../domain/model/dates';
import type { Language } from '../../domain/model/types';
import { formatScore, formatScoreChange } from '../../components/format';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SortHeader } from '../../components/SortHeader';
import { bandText, changeText, companyText, progressText } from './portfolioTexts';

/**
 * One row per company: sortable by any column (a button in each header, aria-sort on the sorted one), the company's
 * name opening its latest round (stored assessments only: a file read from a folder is not in the app). In a
 * scroll region that is a tab stop while it scrolls, so the page itself never scrolls sideways at 320 px.
 */
export function PortfolioTable(props: {
  rows: ReadonlyArray<PortfolioRow>;
  sort: PortfolioSort;
  onSort: (sort: PortfolioSort) => void;
  onOpen: ((row: PortfolioRow) => void) | null;
  t: TFunction;
  lng: Language;
}) {
  const { rows, sort, t, lng } = props;
  // A new column starts with the best first (names from A); the same column again turns the order round.
  const header = (column: SortColumn, label: string) => (
    <SortHeader column={column} label={label} sort={sort} onSort={props.onSort} firstDescending={column !== 'company'} />
  );

  return (
    <ScrollRegion label={t('portfolio:caption')}>
      <table className="scores-table portfolio-table">
        <caption className="visually-hidden">{t('portfolio:caption')}</caption>
        <thead>
          <tr>
            {header('company', t('portfolio:columns.company'))}
            {MODULE_IDS.map((m) => (
              <Fragment key={m}>{header(m, t(`${m}:name`))}</Fragment>
            ))}
            {header('overall', t('portfolio:columns.overall'))}
            {header('change', t('portfolio:columns.change'))}
            {header('date', t('portfolio:columns.date'))}
            {header('progress', t('portfolio:columns.progress'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {props.onOpen ? (
                  <button type="button" onClick={() => props.onOpen?.(r)}>
                    {companyText(t, r)}
                  </button>
                ) : (
                  companyText(t, r)
                )}
              </th>
              {MODULE_IDS.map((m) => (
                <td key={m}>{formatScore(r.areas[m])}</td>
              ))}
              <td className="team-score">
                {formatScore(r.overall)} <span className="portfolio-band">{bandText(t, r)}</span>
              </td>
              <td>
                {changeText(t, r)}
                {r.delta !== null && ` (${formatScoreChange(r.delta)})`}
              </td>
              <td>{formatDisplayDate(r.roundDate, lng)}</td>
              <td>{progressText(t, r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
