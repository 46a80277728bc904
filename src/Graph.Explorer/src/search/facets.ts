/** The facets of a search: terms a hit's paper links to, and its year. */
export const termFacets = ['method', 'dataset', 'topic', 'model'] as const;
export type TermFacet = (typeof termFacets)[number];

/** What the facets need to know about one hit. */
export interface FacetedHit {
  readonly year: string | null;
  readonly terms: Readonly<Record<TermFacet, readonly string[]>>;
}

/** Ticked terms (a hit must have all of them) and at most one year. */
export interface FacetSelection {
  readonly terms: Readonly<Record<TermFacet, readonly string[]>>;
  readonly year: string | null;
}

export interface FacetValue {
  readonly value: string;
  /** How many hits the selection would show with this value chosen as well (or instead, for the year). */
  readonly count: number;
  readonly selected: boolean;
}

export interface Facets {
  readonly terms: Readonly<Record<TermFacet, readonly FacetValue[]>>;
  readonly years: readonly FacetValue[];
}

export const emptySelection: FacetSelection = { terms: { method: [], dataset: [], topic: [], model: [] }, year: null };

/** Whether a hit has every ticked term and the chosen year. */
export function matches(hit: FacetedHit, selection: FacetSelection): boolean {
  return matchesTerms(hit, selection) && (selection.year === null || hit.year === selection.year);
}

/**
 * Counts over the result set, drill-down style: a term's count is how many of the shown hits have it (ticking it
 * would show that many); a year's count ignores the chosen year, since choosing another replaces it. Ticked values
 * stay listed even when nothing shown has them. Values are sorted by count, then name; years newest first.
 */
export function countFacets(hits: readonly FacetedHit[], selection: FacetSelection): Facets {
  const shown = hits.filter((hit) => matches(hit, selection));
  const terms = {} as Record<TermFacet, FacetValue[]>;
  for (const facet of termFacets) {
    const counts = new Map<string, number>(selection.terms[facet].map((value) => [value, 0]));
    for (const hit of shown) {
      for (const value of new Set(hit.terms[facet])) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }

    const selected = new Set(selection.terms[facet]);
    terms[facet] = [...counts]
      .map(([value, count]) => ({ value, count, selected: selected.has(value) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'));
  }

  const yearCounts = new Map<string, number>(selection.year === null ? [] : [[selection.year, 0]]);
  for (const hit of hits) {
    if (hit.year !== null && matchesTerms(hit, selection)) {
      yearCounts.set(hit.year, (yearCounts.get(hit.year) ?? 0) + 1);
    }
  }

  const years = [...yearCounts]
    .map(([value, count]) => ({ value, count, selected: value === selection.year }))
    .sort((a, b) => b.value.localeCompare(a.value, 'en'));
  return { terms, years };
}

/** Ticks or unticks a term. */
export function toggleTerm(selection: FacetSelection, facet: TermFacet, value: string): FacetSelection {
  const current = selection.terms[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...selection, terms: { ...selection.terms, [facet]: next } };
}

/** The selection as query parameters (`method=LoRA&method=DPO&year=2024`), and back. */
export function selectionToParams(selection: FacetSelection, params: URLSearchParams): void {
  for (const facet of termFacets) {
    params.delete(facet);
    for (const value of selection.terms[facet]) {
      params.append(facet, value);
    }
  }

  params.delete('year');
  if (selection.year !== null) {
    params.set('year', selection.year);
  }
}

export function selectionFromParams(params: URLSearchParams): FacetSelection {
  const terms = {} as Record<TermFacet, string[]>;
  for (const facet of termFacets) {
    terms[facet] = [...new Set(params.getAll(facet).filter((value) => value.length > 0))];
  }

  const year = params.get('year');
  return { terms, year: year !== null && /^\d{4}$/.test(year) ? year : null };
}

function matchesTerms(hit: FacetedHit, selection: FacetSelection): boolean {
  return termFacets.every((facet) => selection.terms[facet].every((value) => hit.terms[facet].includes(value)));
}
