import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { brandIsOn, type Brand } from '../../domain/brand/brand';
import { createAssessment } from '../../domain/model/assessment';
import { buildReport } from '../../domain/report/report';
import { currentLanguage } from '../../i18n';
import { PrintReport } from '../export/PrintReport';

/**
 * The PDF's cover and its first page after the cover, drawn by the very print components the PDF is made of
 * (PrintReport), with the brand as it is in the form now, scaled down. The pages are a picture for the eye; the
 * words beside them say what they show, so they are hidden from screen readers.
 */
export function BrandPreview({ brand }: { brand: Brand }) {
  const { t, i18n } = useTranslation('files');
  const language = currentLanguage(i18n);
  const report = useMemo(() => {
    const sample = createAssessment('preview', new Date().toISOString(), language);
    sample.profile.companyName = t('brand.previewCompany');
    return buildReport(sample, i18n.getFixedT(language), language, new Date());
  }, [t, i18n, language]);
  const shown = { brand: brandIsOn(brand) ? brand : null, clientLogo: null };
  const rt = i18n.getFixedT(language);
  return (
    <section className="brand-preview" aria-labelledby="brand-preview-title">
      <h2 id="brand-preview-title">{t('brand.previewHeading')}</h2>
      <p>{brandIsOn(brand) ? t('brand.previewIntro') : t('brand.previewOff')}</p>
      <div className="brand-preview-pages" aria-hidden="true">
        <figure className="brand-preview-page brand-preview-cover">
          <div className="brand-preview-paper">
            <PrintReport report={report} t={rt} brand={shown} />
          </div>
          <figcaption>{t('brand.previewCover')}</figcaption>
        </figure>
        <figure className="brand-preview-page brand-preview-content">
          <div className="brand-preview-paper">
            <PrintReport report={report} t={rt} brand={shown} />
          </div>
          <figcaption>{t('brand.previewPage')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
