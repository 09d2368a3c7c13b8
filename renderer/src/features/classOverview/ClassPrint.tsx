import type { TFunction } from 'i18next';
import { formatScore } from '../../components/format';
import type { ClassOverview } from '../../domain/homework/classOverview';
import { MODULE_IDS } from '../../domain/model/types';
import { ClassFindings, summaryText } from './ClassFindings';
import { ClassSummary } from './ClassSummary';
import { AnsweredCell, HandedInCell } from './handInCells';
import type { Language } from '../../domain/model/types';
import type { Brand } from '../../domain/brand/brand';
import { BrandMark } from '../brand/BrandMark';
import { brandStyle } from '../brand/brandStyle';

/** The class overview as a PDF (printed by main like the report): the teacher's copy, names included. */
export function ClassPrint(props: {
  overview: ClassOverview;
  t: TFunction;
  lng: Language;
  date: string;
  chosen: ReadonlyArray<string>;
  hasClassList: boolean;
  number: (n: number) => string;
  /** The teacher's brand, only when they turned it on for homework. */
  brand?: Brand | null;
}) {
  const { overview: o, t, number } = props;
  const score = formatScore;
  return (
    <div
      className={`print-view class-print${props.brand ? ' print-branded' : ''}`}
      lang={props.lng}
      style={brandStyle(props.brand ?? null)}
    >
      {props.brand && <BrandMark brand={props.brand} t={t} />}
      <p className="print-brand">{t('common:app.name')}</p>
      <h1>{t('class:title')}</h1>
      <p>{props.date}</p>
      <p>{summaryText(t, o)}</p>
      <ClassFindings overview={o} t={t} chosen={props.chosen} hasClassList={props.hasClassList} number={number} print />
      <ClassSummary overview={o} t={t} print />
      <h2 className="print-section">{t('class:matrix.title')}</h2>
      <table className="print-table class-print-matrix">
        <thead>
          <tr>
            <th scope="col">{t('class:columns.student')}</th>
            <th scope="col">{t('class:columns.handedIn')}</th>
            <th scope="col">{t('class:columns.answered')}</th>
            {MODULE_IDS.map((m) => (
              <th scope="col" key={m}>
                {t(`${m}:name`)}
              </th>
            ))}
            <th scope="col">{t('class:columns.overall')}</th>
          </tr>
        </thead>
        <tbody>
          {o.students.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.name}</th>
              <HandedInCell student={s} t={t} lng={props.lng} />
              <AnsweredCell student={s} t={t} />
              {MODULE_IDS.map((m) => (
                <td key={m}>{score(s.modules[m].score)}</td>
              ))}
              <td>{score(s.overall)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
