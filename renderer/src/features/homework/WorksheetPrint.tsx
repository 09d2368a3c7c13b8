import type { Translate } from '../../domain/plan/explain';
import type { Language, QuestionDef } from '../../domain/model/types';
import { MODULE_IDS } from '../../domain/model/types';
import { QUESTIONS_BY_MODULE } from '../../domain/bank';
import type { Brand } from '../../domain/brand/brand';
import { BrandMark } from '../brand/BrandMark';
import { brandStyle } from '../brand/brandStyle';

/**
 * The blank worksheet (issue 10): the whole questionnaire on A4 for working on paper, with a box before every answer,
 * lines for numbers and for each area's reflection, and the teacher's course code and minimum words when given.
 * Printed like the report (hidden on screen, the whole page in print media); `t` is fixed to the sheet's language.
 */
export function WorksheetPrint({
  t,
  lng,
  course,
  minWords,
  brand = null,
}: {
  t: Translate;
  lng: Language;
  course: string;
  minWords: number;
  /** The teacher's brand, only when they turned it on for homework. */
  brand?: Brand | null;
}) {
  return (
    <div className={`print-view worksheet${brand ? ' print-branded' : ''}`} lang={lng} style={brandStyle(brand)}>
      <section className="worksheet-cover">
        {brand && <BrandMark brand={brand} t={t} />}
        <p className="print-brand">{t('common:app.name')}</p>
        <h1>{t('homework:worksheet.title')}</h1>
        <p>{t('homework:worksheet.intro')}</p>
        <dl className="print-facts worksheet-fields">
          <dt>{t('homework:fields.student')}</dt>
          <dd className="write-line" />
          <dt>{t('homework:fields.course')}</dt>
          <dd className={course ? undefined : 'write-line'}>{course}</dd>
          <dt>{t('profile:fields.companyName.label')}</dt>
          <dd className="write-line" />
        </dl>
        <p className="print-small">{t('homework:worksheet.howTo')}</p>
      </section>
      {MODULE_IDS.map((module) => (
        <section key={module} className="worksheet-module">
          <h2>{t(`${module}:name`)}</h2>
          <p className="print-small">{t(`${module}:intro`)}</p>
          {QUESTIONS_BY_MODULE[module].map((q, i) => (
            <WorksheetQuestion key={q.id} question={q} number={i + 1} total={QUESTIONS_BY_MODULE[module].length} t={t} />
          ))}
          <div className="worksheet-reflection">
            <h3>{t('homework:reflection.title')}</h3>
            <p className="print-small">
              {t(`homework:reflection.prompt.${module}`)}
              {minWords > 0 && ` ${t('homework:worksheet.minWords', { count: minWords })}`}
            </p>
            {Array.from({ length: 7 }, (_, n) => (
              <div key={n} className="write-line" />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function WorksheetQuestion({ question: q, number, total, t }: { question: QuestionDef; number: number; total: number; t: Translate }) {
  const spec = q.answer;
  const options: string[] =
    spec.kind === 'scale'
      ? [0, 1, 2, 3, 4].map((l) => t(`${q.module}:q.${q.id}.levels.${l}`))
      : spec.kind === 'choice' || spec.kind === 'multi'
        ? spec.options.map((o) => t(`${q.module}:q.${q.id}.options.${o.id}`))
        : [];
  return (
    <div className="worksheet-question">
      <p className="worksheet-q">
        <span className="print-small">{t('common:module.questionNumber', { n: number, total })}</span>
        <strong>{t(`${q.module}:q.${q.id}.text`)}</strong>
      </p>
      {spec.kind === 'number' ? (
        <p className="worksheet-number">
          <span className="write-line short" /> {t(`${q.module}:q.${q.id}.unit`)}
        </p>
      ) : (
        <ul className="worksheet-options">
          {options.map((label) => (
            <li key={label}>
              <span className={spec.kind === 'multi' ? 'box square' : 'box'} aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
      )}
      <p className="worksheet-specials">
        <span className="special">
          <span className="box" aria-hidden="true" /> {t('common:answer.dontKnow')}
        </span>
        {q.allowNotApplicable && (
          <span className="special">
            <span className="box" aria-hidden="true" /> {t('common:answer.notApplicable')}
          </span>
        )}
      </p>
    </div>
  );
}
