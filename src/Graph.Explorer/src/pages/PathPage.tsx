import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { NodeLabelsDocument, PathDocument } from '../gql/graphql';
import { Link, useRouter } from '../app/router';
import { graphHref, intParam } from '../app/routes';
import { usePageTitle } from '../app/usePageTitle';
import { KindBadge } from '../components/KindBadge';
import { NodePicker } from '../components/NodePicker';
import { Loading, QueryError } from '../components/QueryStatus';
import { toGraphModel, toGraphNode, type GraphModel, type GraphNode } from '../graph/elements';
import { GraphCanvas } from '../graph/GraphCanvas';
import { loadCytoscape } from '../graph/loadCytoscape';

const hopChoices = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * A shortest path between two nodes, following relationships either way. With both ends in the URL, the page is
 * one request (the path and the ends' names); with one, one request for its name.
 */
export function PathPage({ params }: { params: URLSearchParams }) {
  const { navigate } = useRouter();
  const from = params.get('from');
  const to = params.get('to');
  const hops = intParam(params, 'hops', 1, 8, 4);
  // The drawing library downloads while the GraphQL request runs, not after it.
  useEffect(() => void loadCytoscape(), []);

  const [path] = useQuery({ query: PathDocument, variables: { from: from ?? '', to: to ?? '', maxHops: hops }, pause: !from || !to });
  const single = from && !to ? from : to && !from ? to : null;
  const [labels] = useQuery({ query: NodeLabelsDocument, variables: { ids: single ? [single] : [] }, pause: !single });

  const ends = useMemo(() => {
    const known = [...(path.data?.ends ?? []), ...(labels.data?.nodes ?? [])].flatMap((n) => (n ? [toGraphNode(n)] : []));
    return { from: known.find((n) => n.id === from) ?? null, to: known.find((n) => n.id === to) ?? null };
  }, [path.data, labels.data, from, to]);

  const [draftFrom, setDraftFrom] = useState<GraphNode | null>(null);
  const [draftTo, setDraftTo] = useState<GraphNode | null>(null);
  const [draftHops, setDraftHops] = useState(hops);
  useEffect(() => setDraftFrom(ends.from), [ends.from]);
  useEffect(() => setDraftTo(ends.to), [ends.to]);
  useEffect(() => setDraftHops(hops), [hops]);

  const result = path.data?.path ?? null;
  const model = useMemo(() => (result ? toGraphModel(result.nodes, result.relationships) : null), [result]);
  usePageTitle(ends.from && ends.to ? `Path: ${ends.from.label} to ${ends.to.label}` : 'Path');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draftFrom && draftTo) {
      navigate(`/path?${new URLSearchParams({ from: draftFrom.id, to: draftTo.id, hops: String(draftHops) }).toString()}`);
    }
  };
  const open = useCallback((node: GraphNode) => navigate(node.href ?? graphHref(node.id)), [navigate]);
  const error = path.error ?? labels.error;

  return (
    <>
      <h1>Path between two nodes</h1>
      <form className="path-form" onSubmit={submit} aria-label="Find a path">
        <NodePicker label="From" value={draftFrom} onChange={setDraftFrom} />
        <NodePicker label="To" value={draftTo} onChange={setDraftTo} />
        <label>
          At most
          <select value={draftHops} onChange={(e) => setDraftHops(Number(e.target.value))}>
            {hopChoices.map((h) => (
              <option key={h} value={h}>
                {h} hop{h === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </label>
        <div className="form-buttons">
          <button type="submit" disabled={!draftFrom || !draftTo}>
            Find path
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!draftFrom && !draftTo}
            onClick={() => {
              setDraftFrom(draftTo);
              setDraftTo(draftFrom);
            }}
          >
            Swap ends
          </button>
        </div>
      </form>
      {(path.fetching || labels.fetching) && !path.data && !labels.data && <Loading what="the path" />}
      {error && <QueryError error={error} />}
      {path.data && (!ends.from || !ends.to) && (
        <p role="status">
          No paper or term has the id <code>{!ends.from ? from : to}</code>. Choose the ends above.
        </p>
      )}
      {path.data && ends.from && ends.to && (
        <section aria-labelledby="path-result">
          {model ? (
            <>
              <h2 id="path-result" aria-live="polite">
                {result!.length === 0
                  ? 'Both ends are the same node'
                  : `A path of ${result!.length} step${result!.length === 1 ? '' : 's'}`}
              </h2>
              <PathSteps model={model} relationships={result!.relationships} />
              <GraphCanvas
                model={model}
                layout="line"
                centreId={null}
                highlightId={null}
                label={`The path from ${ends.from.label} to ${ends.to.label}, listed above.`}
                onActivate={open}
              />
            </>
          ) : (
            <h2 id="path-result" aria-live="polite">
              No path between “{ends.from.label}” and “{ends.to.label}” within {hops} hop{hops === 1 ? '' : 's'}
            </h2>
          )}
        </section>
      )}
    </>
  );
}

/** The path as text: each node, and between two nodes the relationship and which way it points. */
function PathSteps({
  model,
  relationships,
}: {
  model: GraphModel;
  relationships: readonly { type: string; startId: string; endId: string }[];
}) {
  return (
    <ol className="path-steps">
      {model.nodes.map((node, i) => {
        const next = model.nodes[i + 1];
        const rel = relationships[i];
        return (
          <li key={node.id}>
            <KindBadge kind={node.kind} /> {node.href ? <Link href={node.href}>{node.label}</Link> : node.label}
            {next && rel && <span className="relationship">{rel.startId === node.id ? `—${rel.type}→` : `←${rel.type}—`}</span>}
          </li>
        );
      })}
    </ol>
  );
}
