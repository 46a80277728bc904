import { useQuery } from 'urql';
import { PaperDocument, type EvidenceSpanFragment, type PaperQuery } from '../gql/graphql';
import { Link } from '../app/router';
import { graphHref, termKinds, type TermKind } from '../app/routes';
import { usePageTitle } from '../app/usePageTitle';
import { KindBadge } from '../components/KindBadge';
import { KindLegend } from '../components/KindLegend';
import { MentionText } from '../components/MentionText';
import { PaperList, formatDate } from '../components/PaperList';
import { Loading, QueryError } from '../components/QueryStatus';
import { TermChip } from '../components/TermChip';
import type { MentionSpan } from '../mentions/highlight';

type Paper = PaperQuery['papers']['nodes'][number];

interface TermLink {
  readonly kind: TermKind;
  readonly name: string;
  readonly evidence: readonly EvidenceSpanFragment[];
}

const linkHeadings: Record<TermKind, string> = { method: 'Methods', dataset: 'Datasets', topic: 'Topics', model: 'Models' };

function linksOf(paper: Paper): TermLink[] {
  return [
    ...paper.methods.map((m) => ({ kind: 'method' as const, name: m.method.name, evidence: m.evidence })),
    ...paper.datasets.map((d) => ({ kind: 'dataset' as const, name: d.dataset.name, evidence: d.evidence })),
    ...paper.topics.map((t) => ({ kind: 'topic' as const, name: t.topic.name, evidence: t.evidence })),
    ...paper.models.map((m) => ({ kind: 'model' as const, name: m.model.name, evidence: m.evidence })),
  ];
}

function spansIn(links: readonly TermLink[], field: EvidenceSpanFragment['field']): MentionSpan[] {
  return links.flatMap((link) =>
    link.evidence
      .filter((e) => e.field === field)
      .map((e) => ({ kind: link.kind, name: link.name, start: e.start, end: e.end, text: e.text })),
  );
}

/** A paper in one request: its text with every mention highlighted, its links, and the papers near it. */
export function PaperPage({ graphId }: { graphId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: PaperDocument, variables: { graphId, neighbours: 10 } });
  const paper = data?.papers.nodes[0];
  usePageTitle(paper?.title ?? (data ? 'Paper not found' : 'Paper'));

  if (fetching && !data) return <Loading what="the paper" />;
  if (error) return <QueryError error={error} />;
  if (!paper) {
    return (
      <>
        <h1>Paper not found</h1>
        <p>
          No paper has the id <code>{graphId}</code>. <Link href="/">Search the papers</Link>.
        </p>
      </>
    );
  }

  const links = linksOf(paper);
  const counts = Object.fromEntries(termKinds.map((kind) => [kind, links.filter((l) => l.kind === kind).length]));
  return (
    <article className="paper" aria-labelledby="paper-title">
      <header className="page-header">
        <KindBadge kind="paper" />
        <h1 id="paper-title" className="with-mentions">
          <MentionText text={paper.title} spans={spansIn(links, 'TITLE')} />
        </h1>
        <PaperFacts paper={paper} />
        <p className="actions">
          <Link href={graphHref(paper.id)}>Show in graph</Link>
          {paper.url && (
            <a href={paper.url} rel="noopener noreferrer external">
              arXiv page
            </a>
          )}
        </p>
      </header>
      <div className="columns">
        <div className="column-wide">
          <section aria-labelledby="abstract-heading">
            <h2 id="abstract-heading">Abstract</h2>
            <KindLegend kinds={termKinds} counts={counts} label="Highlighted mentions" />
            {paper.abstract ? (
              <p className="abstract with-mentions">
                <MentionText text={paper.abstract} spans={spansIn(links, 'ABSTRACT')} />
              </p>
            ) : (
              <p className="empty">The listing had no abstract.</p>
            )}
          </section>
          <section aria-labelledby="links-heading">
            <h2 id="links-heading">Linked terms</h2>
            {links.length === 0 ? (
              <p className="empty">The paper names no term of the vocabulary.</p>
            ) : (
              <dl className="link-groups">
                {termKinds
                  .filter((kind) => counts[kind]! > 0)
                  .map((kind) => (
                    <div key={kind}>
                      <dt>{linkHeadings[kind]}</dt>
                      <dd>
                        <ul className="chip-list">
                          {links
                            .filter((l) => l.kind === kind)
                            .map((l) => (
                              <li key={l.name}>
                                <TermChip kind={kind} name={l.name} />
                                <span className="meta">
                                  {l.evidence.length === 0
                                    ? ' curated'
                                    : ` ${l.evidence.length} mention${l.evidence.length === 1 ? '' : 's'}`}
                                </span>
                              </li>
                            ))}
                        </ul>
                      </dd>
                    </div>
                  ))}
              </dl>
            )}
          </section>
        </div>
        <div className="column">
          <section aria-labelledby="shared-heading">
            <h2 id="shared-heading">Papers sharing a benchmark</h2>
            {paper.papersSharingBenchmark.edges.length === 0 ? (
              <p className="empty">No other paper is evaluated on this paper’s datasets.</p>
            ) : (
              <PaperList
                label="Papers sharing a benchmark"
                papers={paper.papersSharingBenchmark.edges.map((e) => ({ ...e.node, shared: e.sharedDatasets }))}
                extra={(p) => (
                  <div className="reasons">
                    <span className="meta">Shares </span>
                    <ul className="chip-list compact inline" aria-label="Shared datasets">
                      {p.shared.map((d) => (
                        <li key={d.id}>
                          <TermChip kind="dataset" name={d.name} />
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              />
            )}
          </section>
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">Related papers</h2>
            {paper.relatedPapers.length === 0 ? (
              <p className="empty">No paper shares a method, dataset, topic or model with this one.</p>
            ) : (
              <PaperList
                label="Related papers"
                papers={paper.relatedPapers.map((r) => ({ ...r.paper, score: r.score, reasons: r.reasons }))}
                extra={(p) => (
                  <div className="reasons">
                    <span className="meta">Score {formatScore(p.score)}: </span>
                    <ul className="chip-list compact inline" aria-label="Shared terms">
                      {p.reasons.map((reason) => (
                        <li key={reason.id}>
                          <TermChip kind={reason.__typename.toLowerCase() as TermKind} name={reason.name} />
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              />
            )}
          </section>
        </div>
      </div>
    </article>
  );
}

function PaperFacts({ paper }: { paper: Paper }) {
  const facts: [string, string][] = [];
  if (paper.publishedOn) facts.push(['Published', formatDate(paper.publishedOn)]);
  if (paper.authors.length > 0) facts.push(['Authors', paper.authors.map((a) => a.name).join(', ')]);
  else if (paper.authorCount !== null) facts.push(['Authors', `${paper.authorCount}`]);
  if (paper.organization) facts.push(['Organization', paper.organization.name]);
  if (paper.upvotes !== null) facts.push(['Upvotes', `${paper.upvotes}`]);
  if (paper.arxivId) facts.push(['arXiv', paper.arxivId]);
  facts.push(['Id', paper.graphId]);
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0$/, '');
}
