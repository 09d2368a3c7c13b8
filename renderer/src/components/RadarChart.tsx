import { useId } from 'react';

export interface RadarAxis {
  label: string;
  /** 0-100, or null when there is no score yet (drawn at the centre). */
  value: number | null;
}

const SIZE = 360;
/**
 * Room beside the ring for the left and right labels ("Autentisitet" ends at the ring's left and runs leftward): they
 * lie inside the drawing, so nothing is cut off where no scrolling reaches when the chart scales down to 320 px.
 */
const LABEL_ROOM = 80;
const CENTER = SIZE / 2;
const RADIUS = 120;
const RINGS = [25, 50, 75, 100];

function point(index: number, count: number, value: number): [number, number] {
  // First axis points straight up, then clockwise.
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (RADIUS * value) / 100;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

/** Labels sit outside the ring: left of it they end at the point, right of it they start there. */
function labelAnchor(x: number): 'middle' | 'start' | 'end' {
  if (Math.abs(x - CENTER) < 1) return 'middle';
  return x > CENTER ? 'start' : 'end';
}

function labelBaseline(y: number): 'auto' | 'hanging' | 'middle' {
  if (y < CENTER - 1) return 'auto';
  return y > CENTER + 1 ? 'hanging' : 'middle';
}

const polygon = (values: number[]): string =>
  values
    .map((v, i) =>
      point(i, values.length, v)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');

/**
 * A radar chart as plain SVG: under 1 KB, prints as vectors with selectable text.
 * `description` is the text alternative (every axis with its value), read by screen readers.
 */
export function RadarChart({ axes, title, description }: { axes: RadarAxis[]; title: string; description: string }) {
  const id = useId();
  const values = axes.map((a) => Math.max(0, Math.min(100, a.value ?? 0)));
  return (
    <svg className="radar" viewBox={`${-LABEL_ROOM} 0 ${SIZE + 2 * LABEL_ROOM} ${SIZE}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {RINGS.map((r) => (
        <polygon key={r} className="radar-ring" points={polygon(axes.map(() => r))} />
      ))}
      {axes.map((a, i) => {
        const [x, y] = point(i, axes.length, 100);
        const [lx, ly] = point(i, axes.length, 118);
        return (
          <g key={a.label}>
            <line className="radar-axis" x1={CENTER} y1={CENTER} x2={x} y2={y} />
            <text className="radar-label" x={lx} y={ly} textAnchor={labelAnchor(lx)} dominantBaseline={labelBaseline(ly)}>
              {a.label}
            </text>
          </g>
        );
      })}
      <polygon className="radar-value" points={polygon(values)} />
      {values.map((v, i) => {
        const [x, y] = point(i, values.length, v);
        return <circle key={i} className="radar-dot" cx={x} cy={y} r={4} />;
      })}
    </svg>
  );
}
