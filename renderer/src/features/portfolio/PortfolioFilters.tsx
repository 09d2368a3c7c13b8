import { useId } from 'react';
import type { TFunction } from 'i18next';
import { COMPANY_SIZES, CUSTOMER_TYPES, INDUSTRIES } from '../../domain/model/types';
import { BANDS } from '../../domain/scoring/scoring';
import type { BandFilter, PortfolioFilter } from '../../domain/portfolio/portfolio';

/** The band filter's value for a preliminary overall score (no band claimed). */
const NO_BAND: BandFilter = 'noBand';

/** The four filters as labelled selects; "all" is the empty value. */
export function PortfolioFilters({
  filter,
  onChange,
  t,
}: {
  filter: PortfolioFilter;
  onChange: (f: PortfolioFilter) => void;
  t: TFunction;
}) {
  const id = useId();
  const select = <K extends keyof PortfolioFilter>(key: K, options: ReadonlyArray<{ value: string; label: string }>) => (
    <div className="field portfolio-filter">
      <label htmlFor={`${id}-${key}`}>{t(`portfolio:filters.${String(key)}`)}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key] ?? ''}
        onChange={(e) => onChange({ ...filter, [key]: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('portfolio:filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="portfolio-filters">
      <legend>{t('portfolio:filters.legend')}</legend>
      {select(
        'industry',
        INDUSTRIES.map((v) => ({ value: v, label: t(`profile:options.industry.${v}`) })),
      )}
      {select(
        'size',
        COMPANY_SIZES.map((v) => ({ value: v, label: t(`profile:options.size.${v}`) })),
      )}
      {select(
        'customerType',
        CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`profile:options.customerType.${v}`) })),
      )}
      {select('band', [
        ...BANDS.map((v) => ({ value: v, label: t(`common:bands.${v}`) })),
        { value: NO_BAND, label: t('portfolio:filters.noBand') },
      ])}
    </fieldset>
  );
}
