import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, type Industry } from '../../domain/model/types';
import { sectorGroupOfIndustry } from '../../domain/model/sectors';

/**
 * The profile's industry, and what it changes: an industry with rules of its own (confidentiality, a public body's
 * records; model/sectors.ts) says under the field that the plan follows them, as soon as it is chosen.
 */
export function IndustryField({ registration, value }: { registration: UseFormRegisterReturn<'industry'>; value: string }) {
  const { t } = useTranslation('profile');
  const id = useId();
  const group = sectorGroupOfIndustry(INDUSTRIES.includes(value as Industry) ? (value as Industry) : null);
  return (
    <div className="field">
      <label htmlFor={id}>{t('fields.industry.label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('fields.industry.hint')}
      </p>
      <select id={id} aria-describedby={`${id}-hint${group ? ` ${id}-sector` : ''}`} {...registration}>
        <option value="">{t('common:form.choose')}</option>
        {INDUSTRIES.map((v) => (
          <option key={v} value={v}>
            {t(`options.industry.${v}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-sector`} className="hint sector-note" aria-live="polite">
        {group ? t(`sectors.profileNote.${group}`) : ''}
      </p>
    </div>
  );
}
