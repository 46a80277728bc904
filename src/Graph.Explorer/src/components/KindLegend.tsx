import { kindLabels, type NodeKind } from '../graph/elements';

/** What the colours mean, optionally with how many of each there are. */
export function KindLegend({
  kinds,
  counts,
  label = 'Colours',
}: {
  kinds: readonly NodeKind[];
  counts?: Partial<Record<NodeKind, number>>;
  label?: string;
}) {
  return (
    <ul className="legend" aria-label={label}>
      {kinds.map((kind) => (
        <li key={kind}>
          <span className={`swatch kind-${kind}`} aria-hidden="true" />
          {kindLabels[kind]}
          {counts?.[kind] !== undefined && <span className="legend-count"> ({counts[kind]})</span>}
        </li>
      ))}
    </ul>
  );
}
