import type { TFunction } from 'i18next';
import { MODULE_IDS, type Language } from '../../domain/model/types';
import type { PortfolioRow } from '../../domain/portfolio/portfolio';
import { formatDisplayDate } from '../../domain/model/dates';
import { formatScore, formatScoreChange } from '../../components/format';
import { bandText, changeText, companyText, progressText } from './portfolioTexts';
import type { Brand } from '../../domain/brand/brand';
import { BrandMark } from '../brand/BrandMark';
import { brandStyle } from '../brand/brandStyle';

/**
 * The portfolio as a PDF (printed by main like the class overview): the rows as shown, sorted and filtered, under the
 * consultant's brand when one is filled in.
 */
export function PortfolioPrint(props: {
  rows: ReadonlyArray<PortfolioRow>;
  t: TFunction;
  lng: Language;
  date: string;
  shown: string;
  brand: Brand | null;
}) {
  const { rows, t, lng } = props;
  return (
    <div className={`print-view portfolio-print${props.brand ? ' print-branded' : ''}`} lang={lng} style={brandStyle(props.brand)}>
      <BrandMark brand={props.brand} t={t} />
      <p className="print-brand">{t('common:app.name')}</p>
      <h1>{t('portfolio:title')}</h1>
      <p>{t('portfolio:printDate', { date: props.date })}</p>
      <p>{props.shown}</p>
      <table className="print-table">
        {/* The company's name takes a sixth of the page, each area a little over a tenth: room for 'Autentisitet'. */}
        <colgroup>
          <col className="col-company" />
          {MODULE_IDS.map((m) => (
            <col key={m} className="col-area" />
          ))}
          <col className="col-wide" />
          <col className="col-wide" />
          <col className="col-narrow" />
          <col className="col-narrow" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('portfolio:columns.company')}</th>
            {MODULE_IDS.map((m) => (
              <th scope="col" key={m}>
                {t(`${m}:name`)}
              </th>
            ))}
            <th scope="col">{t('portfolio:columns.overall')}</th>
            <th scope="col">{t('portfolio:columns.change')}</th>
            <th scope="col">{t('portfolio:columns.date')}</th>
            <th scope="col">{t('portfolio:columns.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{companyText(t, r)}</th>
              {MODULE_IDS.map((m) => (
                <td key={m}>{formatScore(r.areas[m])}</td>
              ))}
              <td>
                {formatScore(r.overall)} ({bandText(t, r)})
              </td>
              <td>
                {changeText(t, r)}
                {r.delta !== null && ` (${formatScoreChange(r.delta)})`}
              </td>
              <td className="nowrap">{formatDisplayDate(r.roundDate, lng)}</td>
              <td>{progressText(t, r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
