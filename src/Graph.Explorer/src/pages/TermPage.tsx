import { useQuery } from 'urql';
import type { AnyVariables, TypedDocumentNode } from 'urql';
import { DatasetPageDocument, MethodPageDocument, ModelPageDocument, TopicPageDocument } from '../gql/graphql';
import { Link } from '../app/router';
import { graphHref, intParam, termHref, type TermKind } from '../app/routes';
import { usePageTitle } from '../app/usePageTitle';
import { datasetView, methodView, modelView, topicView, type TermView } from '../entity/termView';
import { KindBadge } from '../components/KindBadge';
import { PaperList } from '../components/PaperList';
import { Loading, QueryError } from '../components/QueryStatus';
import { TermChip } from '../components/TermChip';
import { TrendChart } from '../components/TrendChart';
import { kindLabels } from '../graph/elements';

/** Papers per page of an entity's paper list. */
export const pageSize = 20;
const relatedCount = 12;

interface PageVariables {
  name: string;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
  related: number;
}

/** Keyset paging from the URL: `after` pages forwards, `before` backwards; `page` only numbers the list. */
function pageVariables(name: string, params: URLSearchParams): PageVariables {
  const after = params.get('after');
  const before = params.get('before');
  if (before) return { name, last: pageSize, before, related: relatedCount };
  if (after) return { name, first: pageSize, after, related: relatedCount };
  return { name, first: pageSize, related: relatedCount };
}

/** A method, dataset, topic or model in one request: its papers (paged), trend and co-occurring terms. */
export function TermPage({ kind, name, params }: { kind: TermKind; name: string; params: URLSearchParams }) {
  const variables = pageVariables(name, params);
  const page = intParam(params, 'page', 1, 9999, 1);
  switch (kind) {
    case 'method':
      return (
        <TermLoader
          kind={kind}
          name={name}
          page={page}
          document={MethodPageDocument}
          variables={variables}
          select={(d) => d.method && methodView(d.method)}
        />
      );
    case 'dataset':
      return (
        <TermLoader
          kind={kind}
          name={name}
          page={page}
          document={DatasetPageDocument}
          variables={variables}
          select={(d) => d.dataset && datasetView(d.dataset)}
        />
      );
    case 'topic':
      return (
        <TermLoader
          kind={kind}
          name={name}
          page={page}
          document={TopicPageDocument}
          variables={variables}
          select={(d) => d.topic && topicView(d.topic)}
        />
      );
    case 'model':
      return (
        <TermLoader
          kind={kind}
          name={name}
          page={page}
          document={ModelPageDocument}
          variables={variables}
          select={(d) => d.model && modelView(d.model)}
        />
      );
  }
}

function TermLoader<TData, TVariables extends AnyVariables>({
  kind,
  name,
  page,
  document,
  variables,
  select,
}: {
  kind: TermKind;
  name: string;
  page: number;
  document: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  select: (data: TData) => TermView | null;
}) {
  const [{ data, fetching, error }] = useQuery<TData, TVariables>({ query: document, variables });
  const term = data ? select(data) : null;
  usePageTitle(term?.name ?? (data ? `${kindLabels[kind]} not found` : kindLabels[kind]));

  if (fetching && !data) return <Loading what={`the ${kind}`} />;
  if (error) return <QueryError error={error} />;
  if (!term) {
    return (
      <>
        <h1>{kindLabels[kind]} not found</h1>
        <p>
          No {kind} is named <q>{name}</q>. <Link href="/">Search the papers</Link>.
        </p>
      </>
    );
  }

  return <TermDetails term={term} page={page} />;
}

function TermDetails({ term, page }: { term: TermView; page: number }) {
  const { papers } = term;
  const first = (page - 1) * pageSize + 1;
  const pageHref = (cursor: string, direction: 'after' | 'before', number: number) =>
    `${termHref(term.kind, term.name)}?${new URLSearchParams({ [direction]: cursor, page: String(number) }).toString()}`;

  return (
    <article aria-labelledby="term-title">
      <header className="page-header">
        <KindBadge kind={term.kind} />
        <h1 id="term-title">{term.name}</h1>
        {term.description && <p className="lead">{term.description}</p>}
        <dl className="facts">
          <div>
            <dt>Papers</dt>
            <dd>{term.paperCount}</dd>
          </div>
          {term.aliases.length > 0 && (
            <div>
              <dt>Also called</dt>
              <dd>{term.aliases.join(', ')}</dd>
            </div>
          )}
          {term.parent && (
            <div>
              <dt>Variant of</dt>
              <dd>
                <TermChip kind={term.kind} name={term.parent} />
              </dd>
            </div>
          )}
          {term.variants.length > 0 && (
            <div>
              <dt>Variants</dt>
              <dd>
                <ul className="chip-list compact inline" aria-label="Variants">
                  {term.variants.map((v) => (
                    <li key={v}>
                      <TermChip kind={term.kind} name={v} />
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
        <p className="actions">
          <Link href={graphHref(term.id)}>Show in graph</Link>
        </p>
      </header>
      <div className="columns">
        <div className="column-wide">
          <section aria-labelledby="trend-heading">
            <h2 id="trend-heading">Trend</h2>
            <TrendChart trend={term.trend} name={term.name} kind={term.kind} />
          </section>
          <section aria-labelledby="papers-heading">
            <h2 id="papers-heading">Papers</h2>
            {papers.nodes.length === 0 ? (
              <p className="empty">No paper links to this {term.kind}.</p>
            ) : (
              <>
                <p className="meta" aria-live="polite">
                  {first}–{first + papers.nodes.length - 1} of {term.paperCount}, newest first
                </p>
                <PaperList papers={papers.nodes} label={`Papers linked to ${term.name}`} start={first} />
                <nav className="pager" aria-label="Pages of papers">
                  {papers.pageInfo.hasPreviousPage && papers.pageInfo.startCursor && (
                    <Link href={pageHref(papers.pageInfo.startCursor, 'before', Math.max(1, page - 1))} rel="prev">
                      ← Newer papers
                    </Link>
                  )}
                  {papers.pageInfo.hasNextPage && papers.pageInfo.endCursor && (
                    <Link href={pageHref(papers.pageInfo.endCursor, 'after', page + 1)} rel="next">
                      Older papers →
                    </Link>
                  )}
                </nav>
              </>
            )}
          </section>
        </div>
        <div className="column">
          {term.related.map((group) => (
            <section key={group.heading} aria-label={group.heading}>
              <h2>{group.heading}</h2>
              {group.items.length === 0 ? (
                <p className="empty">None.</p>
              ) : (
                <ul className="chip-list">
                  {group.items.map((item) => (
                    <li key={item.name}>
                      <TermChip kind={group.kind} name={item.name} count={item.papers} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </div>
    </article>
  );
}
