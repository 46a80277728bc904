import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SearchDocument, type SearchQuery } from '../gql/graphql';
import { Link, useRouter } from '../app/router';
import { paperHref } from '../app/routes';
import { usePageTitle } from '../app/usePageTitle';
import { TermFacetList, YearFacetList } from '../components/FacetList';
import { PaperMeta } from '../components/PaperList';
import { Loading, QueryError } from '../components/QueryStatus';
import { SearchForm } from '../components/SearchForm';
import { Snippet } from '../components/Snippet';
import { TermChip } from '../components/TermChip';
import {
  countFacets,
  emptySelection,
  matches,
  selectionFromParams,
  selectionToParams,
  toggleTerm,
  type FacetedHit,
  type FacetSelection,
  type TermFacet,
} from '../search/facets';

/** The most hits one search asks for (the API's page limit); the facets count over these. */
export const searchLimit = 100;

type Hit = SearchQuery['search'][number];

const facetLegends: Record<TermFacet, string> = { method: 'Methods', dataset: 'Datasets', topic: 'Topics', model: 'Models' };

function toFaceted(hit: Hit): FacetedHit {
  const paper = hit.paper;
  return {
    year: paper.publishedOn?.slice(0, 4) ?? null,
    terms: {
      method: paper.methods.map((m) => m.method.name),
      dataset: paper.datasets.map((d) => d.dataset.name),
      topic: paper.topics.map((t) => t.topic.name),
      model: paper.models.map((m) => m.model.name),
    },
  };
}

/**
 * Full-text search in one request: up to 100 hits, best first, with the server's highlighted snippets. The facets
 * (methods, datasets, topics, models, year) are counted over those hits here, since `search(text)` takes no
 * filter; ticking one narrows the list without another request, and the selection lives in the URL.
 */
export function SearchPage({ params }: { params: URLSearchParams }) {
  const { navigate } = useRouter();
  const text = (params.get('q') ?? '').trim();
  const selection = useMemo(() => selectionFromParams(params), [params]);
  usePageTitle(text ? `Search: ${text}` : 'Search');

  const [{ data, fetching, error }] = useQuery({
    query: SearchDocument,
    variables: { text, first: searchLimit },
    pause: text.length === 0,
  });

  const faceted = useMemo(() => (data?.search ?? []).map((hit) => ({ hit, facets: toFaceted(hit) })), [data]);
  const facets = useMemo(
    () =>
      countFacets(
        faceted.map((f) => f.facets),
        selection,
      ),
    [faceted, selection],
  );
  const shown = faceted.filter((f) => matches(f.facets, selection)).map((f) => f.hit);

  const select = (next: FacetSelection) => {
    const query = new URLSearchParams(params);
    selectionToParams(next, query);
    navigate(`/search?${query.toString()}`, { replace: true });
  };
  const hasSelection = Object.values(selection.terms).some((values) => values.length > 0) || selection.year !== null;

  return (
    <>
      <h1>{text ? <>Search results for “{text}”</> : 'Search'}</h1>
      <SearchForm initial={text} />
      {text.length === 0 && <p>Type words to look for in titles and abstracts.</p>}
      {fetching && !data && <Loading what="results" />}
      {error && <QueryError error={error} />}
      {data && faceted.length === 0 && <p role="status">No paper’s title or abstract matches “{text}”. Try fewer or other words.</p>}
      {data && faceted.length > 0 && (
        <div className="search-layout">
          <aside className="facets" aria-labelledby="facets-heading">
            <a
              href="#results-heading"
              className="skip-inline"
              onClick={(event) => {
                event.preventDefault();
                document.getElementById('results-heading')?.focus();
              }}
            >
              Skip to results
            </a>
            <h2 id="facets-heading">Filter</h2>
            <p className="hint">
              Counted over the {faceted.length === searchLimit ? `top ${searchLimit}` : faceted.length} results; a paper must match every
              filter.
            </p>
            {hasSelection && (
              <button type="button" className="link-button" onClick={() => select(emptySelection)}>
                Clear filters
              </button>
            )}
            {(Object.keys(facetLegends) as TermFacet[]).map((facet) => (
              <TermFacetList
                key={facet}
                kind={facet}
                legend={facetLegends[facet]}
                values={facets.terms[facet]}
                onToggle={(value) => select(toggleTerm(selection, facet, value))}
              />
            ))}
            <YearFacetList values={facets.years} selected={selection.year} onSelect={(year) => select({ ...selection, year })} />
          </aside>
          <section className="results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabIndex={-1} aria-live="polite">
              {hasSelection
                ? `${shown.length} of ${faceted.length} results`
                : `${faceted.length}${faceted.length === searchLimit ? '+' : ''} result${faceted.length === 1 ? '' : 's'}`}
            </h2>
            <ol className="hits">
              {shown.map((hit) => (
                <li key={hit.paper.id} className="hit">
                  <h3>
                    <Link href={paperHref(hit.paper.graphId)}>{hit.paper.title}</Link>
                  </h3>
                  <PaperMeta paper={hit.paper} />
                  <Snippet html={hit.snippet} />
                  <HitTerms hit={hit} />
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </>
  );
}

function HitTerms({ hit }: { hit: Hit }) {
  const terms = [
    ...hit.paper.datasets.map((d) => ({ kind: 'dataset' as const, name: d.dataset.name })),
    ...hit.paper.methods.map((m) => ({ kind: 'method' as const, name: m.method.name })),
    ...hit.paper.models.map((m) => ({ kind: 'model' as const, name: m.model.name })),
    ...hit.paper.topics.map((t) => ({ kind: 'topic' as const, name: t.topic.name })),
  ];
  if (terms.length === 0) {
    return null;
  }

  return (
    <ul className="chip-list compact" aria-label="Linked terms">
      {terms.map((term) => (
        <li key={`${term.kind}:${term.name}`}>
          <TermChip kind={term.kind} name={term.name} />
        </li>
      ))}
    </ul>
  );
}
