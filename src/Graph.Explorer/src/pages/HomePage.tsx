import { useQuery } from 'urql';
import { HomeDocument } from '../gql/graphql';
import { usePageTitle } from '../app/usePageTitle';
import { termKinds, type TermKind } from '../app/routes';
import { PaperList } from '../components/PaperList';
import { Loading, QueryError } from '../components/QueryStatus';
import { SearchForm } from '../components/SearchForm';
import { TermChip } from '../components/TermChip';

const headings: Record<TermKind, string> = { method: 'Methods', dataset: 'Datasets', topic: 'Topics', model: 'Models' };

/** The start page: the search box, the most linked terms of each kind and the newest papers. */
export function HomePage() {
  usePageTitle(null);
  const [{ data, fetching, error }] = useQuery({ query: HomeDocument });

  const count = (label: string) => data?.stats.nodes.find((n) => n.name === label)?.count ?? 0;
  const links = data?.stats.relationships
    .filter((r) => ['USES_METHOD', 'EVALUATED_ON', 'HAS_TOPIC', 'USES_MODEL'].includes(r.name))
    .reduce((sum, r) => sum + r.count, 0);
  const top: Record<TermKind, readonly { id: string; name: string; paperCount: number }[]> | null = data
    ? { method: data.methods.nodes, dataset: data.datasets.nodes, topic: data.topics.nodes, model: data.models.nodes }
    : null;

  return (
    <>
      <h1>Explore machine-learning research</h1>
      <p className="lead">
        Papers linked to the methods, datasets, topics and models their text names, with the words that name them as evidence.
      </p>
      <SearchForm />
      {fetching && !data && <Loading what="the graph" />}
      {error && <QueryError error={error} />}
      {data && top && (
        <>
          <p className="stats">
            {count('Paper')} papers · {count('Method')} methods · {count('Dataset')} datasets · {count('Topic')} topics · {count('Model')}{' '}
            models · {links} links from papers to terms
          </p>
          <div className="columns">
            <section aria-labelledby="home-terms" className="column-wide">
              <h2 id="home-terms">Most linked</h2>
              <div className="term-groups">
                {termKinds.map((kind) => (
                  <section key={kind} aria-label={`Most linked ${headings[kind].toLowerCase()}`}>
                    <h3>{headings[kind]}</h3>
                    <ul className="chip-list">
                      {top[kind]
                        .filter((term) => term.paperCount > 0)
                        .map((term) => (
                          <li key={term.id}>
                            <TermChip kind={kind} name={term.name} count={term.paperCount} />
                          </li>
                        ))}
                    </ul>
                  </section>
                ))}
              </div>
            </section>
            <section aria-labelledby="home-newest" className="column">
              <h2 id="home-newest">Newest papers</h2>
              <PaperList papers={data.papers.nodes} label="Newest papers" />
            </section>
          </div>
        </>
      )}
    </>
  );
}
