import type { Report } from '../../domain/report/report';
import type { Translate } from '../../domain/plan/explain';
import { RadarChart } from '../../components/RadarChart';
import { ProgressPrint } from './PrintProgress';
import { WorkshopSection } from './PrintWorkshop';
import { ModuleSection } from './PrintModule';
import { PlanSection } from './PrintPlan';
import { ComparisonView } from '../comparison/ComparisonView';
import { scoresByArea } from '../../domain/comparison/comparison';
import type { ExportBrand } from '../../domain/brand/brand';
import { BrandMark } from '../brand/BrandMark';
import { brandStyle } from '../brand/brandStyle';

/**
 * The PDF report as HTML: hidden on screen, the only thing on the page in print media (styles.css), so main's
 * `printToPDF` turns exactly this into the PDF. Everything comes from the `Report` (one language, plain text);
 * what the user typed is rendered by React as text, never as markup. `t` is fixed to the report's language.
 */
export function PrintReport({ report, t, brand = null }: { report: Report; t: Translate; brand?: ExportBrand | null }) {
  const { overall } = report;
  return (
    <div className={`print-view${brand?.brand ? ' print-branded' : ''}`} lang={report.language} style={brandStyle(brand?.brand ?? null)}>
      <section className="print-cover">
        {brand && <BrandMark brand={brand.brand} clientLogo={brand.clientLogo} t={t} />}
        <p className="print-brand">{t('common:app.name')}</p>
        <h1>{t('common:report.title')}</h1>
        <p className="print-company">{report.company}</p>
        <dl className="print-facts">
          <dt>{t('common:report.date')}</dt>
          <dd>{report.date}</dd>
          <dt>{t('common:report.respondent')}</dt>
          <dd>{report.respondent || t('common:report.notGiven')}</dd>
          <dt>{t('common:report.language')}</dt>
          <dd>{t(`common:languages.${report.language}`)}</dd>
        </dl>
      </section>

      <section className="print-section">
        <h2>{t('common:report.summary')}</h2>
        <p className="print-overall">
          {t('common:report.overall')}: <strong>{overall.scoreText}</strong>
          {overall.band && <> · {overall.band}</>}
        </p>
        {overall.preliminary && <p className="print-flag">{t('common:results.preliminary')}</p>}
        <p>{t('common:report.answered', { answered: overall.answered, total: overall.total })}</p>
        <RadarChart
          title={t('common:results.radarTitle', { company: report.company })}
          description={report.modules.map((m) => `${m.name}: ${m.scoreText}`).join('. ')}
          axes={report.modules.map((m) => ({ label: m.name, value: m.score }))}
        />
        <table className="print-table print-modules">
          <caption>{t('common:report.moduleTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common:report.columns.module')}</th>
              <th scope="col">{t('common:report.columns.score')}</th>
              <th scope="col">{t('common:report.columns.band')}</th>
              <th scope="col">{t('common:report.columns.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {report.modules.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.scoreText}</td>
                <td>{m.band}</td>
                <td>{t('common:report.answered', { answered: m.answered, total: m.total })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="print-small">{t('common:results.scale')}</p>
      </section>

      {report.comparison && (
        <ComparisonView comparison={report.comparison} own={scoresByArea(report.modules)} t={t} lng={report.language} print />
      )}

      {report.progress && <ProgressPrint report={report} t={t} />}

      {report.workshop && <WorkshopSection report={report} t={t} />}

      {report.modules.map((m) => (
        <ModuleSection key={m.id} module={m} t={t} />
      ))}

      <PlanSection report={report} t={t} />

      <section className="print-section">
        <h2>{t('common:report.sourcesHeading')}</h2>
        <p>{t('common:report.sourcesIntro')}</p>
        <ol className="print-sources">
          {report.sources.map((s) => (
            <li key={s.key}>{s.text}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
