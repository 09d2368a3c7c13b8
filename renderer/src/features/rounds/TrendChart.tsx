import { useId } from 'react';
import { formatScore } from '../../components/format';
import { ScrollRegion } from '../../components/ScrollRegion';

export interface TrendSeries {
  label: string;
  values: Array<number | null>;
  /** The overall score is drawn thicker than the areas. */
  strong?: boolean;
}

/** A round on the chart's axis: its name and the day it was started, written the language's way (issue 16). */
export interface TrendRound {
  label: string;
  date: string;
}

// Wide enough that ten rounds' dates (31.01.2027) sit side by side under the axis without touching.
const WIDTH = 640;
const HEIGHT = 236;
const PAD = { left: 48, right: 40, top: 12, bottom: 44 };
// The 0-100 lines mark the bands: 3.87:1 on white, 3.55:1 on the page (WCAG 1.4.11), as the radar's rings.
const SCALE_LINE = '#7d828a';
// Distinct on white and in greyscale print: dashes tell the areas apart where colour cannot.
const STYLES = [
  { stroke: '#0b5c8c', dash: '' },
  { stroke: '#1e6b3a', dash: '6 3' },
  { stroke: '#a4262c', dash: '2 3' },
  { stroke: '#7a4f01', dash: '8 3 2 3' },
  { stroke: '#1d2430', dash: '' },
];

/** The words of the chart's data table: its caption and the headings of the round and date columns. */
export interface TrendTableLabels {
  caption: string;
  round: string;
  date: string;
}

/** The table's words from `rounds:trendTable`, in the language `t` is fixed to. */
export const trendTableLabels = (t: (key: string) => string): TrendTableLabels => ({
  caption: t('rounds:trendTable.caption'),
  round: t('rounds:trendTable.round'),
  date: t('rounds:trendTable.date'),
});

/**
 * Scores across rounds (2 to 10), one line per area and a thicker one overall, hand-made SVG like the radar chart.
 * Beneath it, every point of every line as a table (WCAG 1.1.1): a round per row, an area per column, so what the
 * lines show from round 3 on is there as text too, on screen and in the PDF.
 */
export function TrendChart({
  title,
  description,
  rounds,
  series,
  table,
  printed = false,
}: {
  title: string;
  description: string;
  rounds: TrendRound[];
  series: TrendSeries[];
  table: TrendTableLabels;
  /** In the PDF the table is a print table; on screen it scrolls inside itself when the window is narrow. */
  printed?: boolean;
}) {
  const id = useId();
  const x = (i: number): number => PAD.left + (rounds.length <= 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (rounds.length - 1));
  const y = (v: number): number => PAD.top + ((100 - v) * (HEIGHT - PAD.top - PAD.bottom)) / 100;
  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke={SCALE_LINE} strokeWidth={1} />
            <text x={PAD.left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#4a5260">
              {v}
            </text>
          </g>
        ))}
        {rounds.map((r, i) => (
          <text key={r.label} x={x(i)} y={HEIGHT - 24} textAnchor="middle" fontSize="11" fill="#4a5260" className="trend-round">
            <tspan x={x(i)}>{r.label}</tspan>
            <tspan x={x(i)} dy="15" fontSize="10">
              {r.date}
            </tspan>
          </text>
        ))}
        {series.map((s, si) => {
          const style = s.strong ? (STYLES[4] ?? STYLES[0]!) : (STYLES[si % 4] ?? STYLES[0]!);
          const points = s.values.flatMap((v, i) => (v === null ? [] : [`${x(i)},${y(v)}`]));
          return (
            <g key={s.label}>
              <polyline
                points={points.join(' ')}
                fill="none"
                stroke={style.stroke}
                strokeWidth={s.strong ? 3.5 : 2}
                strokeDasharray={style.dash}
              />
              {s.values.map((v, i) =>
                v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={s.strong ? 4 : 3} fill={style.stroke} />,
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="trend-legend">
          {series.map((s, si) => {
            const style = s.strong ? (STYLES[4] ?? STYLES[0]!) : (STYLES[si % 4] ?? STYLES[0]!);
            return (
              <li key={s.label}>
                <svg width="28" height="10" aria-hidden="true">
                  <line x1="0" x2="28" y1="5" y2="5" stroke={style.stroke} strokeWidth={s.strong ? 3.5 : 2} strokeDasharray={style.dash} />
                </svg>
                {s.label}
              </li>
            );
          })}
        </ul>
      </figcaption>
      <TrendTable rounds={rounds} series={series} labels={table} printed={printed} />
    </figure>
  );
}

/** Every round's score in every series, with the round's date. */
function TrendTable({
  rounds,
  series,
  labels,
  printed,
}: {
  rounds: TrendRound[];
  series: TrendSeries[];
  labels: TrendTableLabels;
  printed: boolean;
}) {
  const tableElement = (
    <table className={printed ? 'print-table trend-table' : 'scores-table trend-table'}>
      <caption>{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.round}</th>
          <th scope="col">{labels.date}</th>
          {series.map((s) => (
            <th scope="col" key={s.label}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rounds.map((r, i) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.date}</td>
            {series.map((s) => (
              <td key={s.label}>{formatScore(s.values[i] ?? null)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return printed ? tableElement : <ScrollRegion label={labels.caption}>{tableElement}</ScrollRegion>;
}
