import { useId } from 'react';
import type { Translate } from '../../domain/plan/explain';
import { MODULE_IDS, type Language, type ModuleId } from '../../domain/model/types';
import type { Comparison } from '../../domain/comparison/comparison';
import type { OfficialComparison, OfficialFigure } from '../../domain/comparison/official';
import type { AreaSpread, PeerComparison } from '../../domain/comparison/peers';
import { formatPercent, formatScore } from '../../components/format';
import { SourceLine } from '../../components/SourceLine';
import { ScrollRegion } from '../../components/ScrollRegion';

type Props = {
  comparison: Comparison;
  /** The company's own score per area, as the results show it. */
  own: Readonly<Record<ModuleId, number | null>>;
  t: Translate;
  lng: Language;
  /** In the PDF report: no scroll region, the table as it is. */
  print?: boolean;
};

/**
 * The comparison in its two labelled layers: the official figures (with their year, source and the 10-employee
 * limit), then "companies like yours" when the consultant has turned it on. The same view on screen and in the PDF.
 */
export function ComparisonView({ comparison, own, t, lng, print = false }: Props) {
  const id = useId();
  return (
    <section className={print ? 'print-section comparison' : 'comparison'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('comparison:title')}</h2>
      <h3>{t('comparison:official.heading')}</h3>
      <OfficialPart official={comparison.official} t={t} lng={lng} />
      {comparison.peers && (
        <>
          <h3>{t('comparison:peers.heading')}</h3>
          <PeersPart peers={comparison.peers} own={own} t={t} print={print} tableId={`${id}-peers`} />
        </>
      )}
    </section>
  );
}

function figureText(f: OfficialFigure, t: Translate, lng: Language): string {
  const percent = (share: number): string => formatPercent(share / 100, lng);
  return t(`comparison:official.figure_${f.country}`, {
    share: percent(f.share),
    year: f.year,
    earlierShare: f.earlier ? percent(f.earlier.share) : '',
    earlierYear: f.earlier?.year ?? '',
    euShare: f.eu === undefined ? '' : percent(f.eu),
    source: t(`sources:name.${f.source}`),
  });
}

function OfficialPart({ official, t, lng }: { official: OfficialComparison; t: Translate; lng: Language }) {
  if (official.kind === 'belowTen') return <p className="comparison-below-ten">{t('comparison:official.belowTen')}</p>;
  return (
    <>
      <p>{t('comparison:official.intro')}</p>
      <ul className="comparison-figures">
        {official.figures.map((f) => (
          <li key={f.country}>{figureText(f, t, lng)}</li>
        ))}
      </ul>
      <p className="comparison-note">{t('comparison:official.note')}</p>
      {!official.sizeKnown && <p>{t('comparison:official.sizeUnknown')}</p>}
      <SourceLine sources={official.figures.map((f) => f.source)} lng={lng} />
    </>
  );
}

function PeersPart(props: { peers: PeerComparison; own: Props['own']; t: Translate; print: boolean; tableId: string }) {
  const { peers, own, t, print, tableId } = props;
  if (peers.kind !== 'shown') return <p className="comparison-peers-none">{t(`comparison:peers.${peers.kind}`)}</p>;
  const table = (
    <table className={print ? 'print-table comparison-table' : 'question-table comparison-table'}>
      <caption id={`${tableId}-caption`}>{t('comparison:peers.caption', { number: peers.count })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('comparison:peers.columns.area')}</th>
          <th scope="col">{t('comparison:peers.columns.yours')}</th>
          <th scope="col">{t('comparison:peers.columns.median')}</th>
          <th scope="col">{t('comparison:peers.columns.middle')}</th>
        </tr>
      </thead>
      <tbody>
        {MODULE_IDS.map((m) => (
          <AreaRow key={m} name={t(`${m}:name`)} own={own[m]} spread={peers.areas[m]} total={peers.count} t={t} />
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <p>{t(peers.matchedOnIndustry ? 'comparison:peers.basisIndustry' : 'comparison:peers.basis')}</p>
      {print ? (
        table
      ) : (
        // At 320 px the table scrolls inside its own region (a tab stop while it scrolls), never the page.
        <ScrollRegion label={t('comparison:peers.caption', { number: peers.count })}>{table}</ScrollRegion>
      )}
      <p className="hint">{t('comparison:peers.spreadNote')}</p>
      <p className="hint">{t('comparison:peers.rules')}</p>
    </>
  );
}

function AreaRow({
  name,
  own,
  spread,
  total,
  t,
}: {
  name: string;
  own: number | null;
  spread: AreaSpread | null;
  total: number;
  t: Translate;
}) {
  return (
    <tr>
      <th scope="row">
        {name}
        {spread && spread.count !== total && (
          <span className="comparison-area-count"> ({t('comparison:peers.areaCount', { number: spread.count })})</span>
        )}
      </th>
      <td>{formatScore(own)}</td>
      {spread ? (
        <>
          <td>{formatScore(spread.median)}</td>
          <td>
            {formatScore(spread.lowerQuartile)}–{formatScore(spread.upperQuartile)}
          </td>
        </>
      ) : (
        <td colSpan={2}>{t('comparison:peers.areaTooFew')}</td>
      )}
    </tr>
  );
}
