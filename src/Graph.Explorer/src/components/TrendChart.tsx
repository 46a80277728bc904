import { useId } from 'react';
import type { TermKind } from '../app/routes';
import { fillMonths, type MonthCount } from '../entity/trend';

const width = 720;
const height = 200;
const margin = { top: 12, right: 12, bottom: 28, left: 36 };
// Axis labels closer than this (in chart units) would run into each other.
const labelGap = 44;

/** Papers per month as bars; months without papers are shown as gaps, and the numbers are also a table. */
export function TrendChart({ trend, name, kind }: { trend: readonly MonthCount[]; name: string; kind: TermKind }) {
  const id = useId();
  const months = fillMonths(trend);
  if (months.length === 0) {
    return <p className="empty">No dated papers, so no trend.</p>;
  }

  const max = Math.max(...months.map((m) => m.papers));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const step = plotWidth / months.length;
  const barWidth = Math.max(1, Math.min(step * 0.8, 40));
  const y = (papers: number) => margin.top + plotHeight - (papers / max) * plotHeight;
  const peak = months.reduce((best, m) => (m.papers > best.papers ? m : best));
  const x = (i: number) => margin.left + i * step + step / 2;
  // A label per year (at January, or the first month), or per month when the range is short; none too close.
  const labelled: number[] = [];
  months.forEach((m, i) => {
    const wanted = months.length <= 12 || i === 0 || m.month.endsWith('-01');
    const previous = labelled.at(-1);
    if (wanted && (previous === undefined || x(i) - x(previous) >= labelGap)) {
      labelled.push(i);
    } else if (wanted && previous === 0 && m.month.endsWith('-01')) {
      // A January just after the first month names the year better than the first month does.
      labelled[labelled.length - 1] = i;
    }
  });
  const total = months.reduce((sum, m) => sum + m.papers, 0);

  return (
    <figure className={`trend kind-${kind}`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="trend-chart"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>Papers per month linked to {name}</title>
        <desc id={`${id}-desc`}>
          {total} dated papers from {months[0]!.month} to {months.at(-1)!.month}; the most, {peak.papers}, in {peak.month}.
        </desc>
        <line className="axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
        <text className="tick" x={margin.left - 6} y={y(max)} dy="0.35em" textAnchor="end">
          {max}
        </text>
        <text className="tick" x={margin.left - 6} y={y(0)} dy="0.35em" textAnchor="end">
          0
        </text>
        {months.map((m, i) =>
          m.papers > 0 ? (
            <rect
              key={m.month}
              className="bar"
              data-month={m.month}
              data-papers={m.papers}
              x={margin.left + i * step + (step - barWidth) / 2}
              y={y(m.papers)}
              width={barWidth}
              height={y(0) - y(m.papers)}
            >
              <title>
                {m.month}: {m.papers} paper{m.papers === 1 ? '' : 's'}
              </title>
            </rect>
          ) : null,
        )}
        {labelled.map((i) => (
          <text key={months[i]!.month} className="tick" x={x(i)} y={height - 8} textAnchor="middle">
            {months.length <= 12 ? months[i]!.month : months[i]!.month.slice(0, 4)}
          </text>
        ))}
      </svg>
      <figcaption>
        Papers per month, {months[0]!.month} to {months.at(-1)!.month}.{' '}
        <details>
          <summary>Show the numbers</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Papers</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td>{m.papers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
