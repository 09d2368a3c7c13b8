import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentChange } from '../../domain/model/steps';
import { LogoPicker } from '../settings/LogoPicker';

/**
 * The client's logo for this assessment (beside the consultant's on the PDF and in the Word plan), chosen and checked
 * as the consultant's is. Not offered for homework, which carries no brand unless the teacher turns it on.
 */
export function ClientLogoField({ assessment, onChange }: { assessment: Assessment; onChange: AssessmentChange }) {
  const { t } = useTranslation('files');
  const id = useId();
  if (assessment.homework) return null;
  return (
    <section className="client-logo" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('brand.clientLogoHeading')}</h2>
      <p className="hint">{t('brand.clientLogoIntro')}</p>
      <LogoPicker
        label={t('brand.clientLogoAlt')}
        value={assessment.clientLogo ?? null}
        idPrefix={id}
        onChange={(logo) =>
          onChange((a) => {
            const { clientLogo: _old, ...rest } = a;
            return logo ? { ...rest, clientLogo: logo } : rest;
          })
        }
      />
    </section>
  );
}
