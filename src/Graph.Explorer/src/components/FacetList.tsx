import { useId, useState } from 'react';
import type { FacetValue } from '../search/facets';

const shownAtFirst = 8;

/** Checkboxes for a term facet; the most frequent values first, the rest behind a button. */
export function TermFacetList({
  legend,
  kind,
  values,
  onToggle,
}: {
  legend: string;
  kind: string;
  values: readonly FacetValue[];
  onToggle: (value: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  if (values.length === 0) {
    return null;
  }

  const shown = expanded ? values : values.filter((v, i) => i < shownAtFirst || v.selected);
  return (
    <fieldset className={`facet kind-${kind}`} data-facet={kind}>
      <legend>{legend}</legend>
      <ul id={id}>
        {shown.map((v) => (
          <li key={v.value}>
            <label>
              <input type="checkbox" checked={v.selected} onChange={() => onToggle(v.value)} />
              <span className="facet-name">{v.value}</span> <span className="facet-count">{v.count}</span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > shownAtFirst && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      )}
    </fieldset>
  );
}

/** Radio buttons for the year: one year or any. */
export function YearFacetList({
  values,
  selected,
  onSelect,
}: {
  values: readonly FacetValue[];
  selected: string | null;
  onSelect: (year: string | null) => void;
}) {
  const name = useId();
  if (values.length === 0) {
    return null;
  }

  return (
    <fieldset className="facet" data-facet="year">
      <legend>Year</legend>
      <ul>
        <li>
          <label>
            <input type="radio" name={name} checked={selected === null} onChange={() => onSelect(null)} />
            <span className="facet-name">Any year</span>
          </label>
        </li>
        {values.map((v) => (
          <li key={v.value}>
            <label>
              <input type="radio" name={name} checked={v.selected} onChange={() => onSelect(v.value)} />
              <span className="facet-name">{v.value}</span> <span className="facet-count">{v.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
