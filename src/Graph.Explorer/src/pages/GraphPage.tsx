import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { NeighbourhoodDocument } from '../gql/graphql';
import { Link, useRouter } from '../app/router';
import { graphHref, intParam, pathHref } from '../app/routes';
import { usePageTitle } from '../app/usePageTitle';
import { KindBadge } from '../components/KindBadge';
import { KindLegend } from '../components/KindLegend';
import { NodePicker } from '../components/NodePicker';
import { Loading, QueryError } from '../components/QueryStatus';
import { toGraphModel, type GraphNode } from '../graph/elements';
import { GraphCanvas } from '../graph/GraphCanvas';
import { loadCytoscape } from '../graph/loadCytoscape';
import { NodeList } from '../graph/NodeList';

const depths = [1, 2, 3];
const limits = [20, 60, 120, 200];

/**
 * A node's neighbourhood as a network, in one request: the nodes within `depth` hops, nearest first, and the
 * relationships among them. Papers meet through the methods, datasets, topics and models they share.
 */
export function GraphPage({ params }: { params: URLSearchParams }) {
  const { navigate } = useRouter();
  const nodeId = params.get('node');
  const depth = intParam(params, 'depth', 1, 3, 2);
  const limit = intParam(params, 'limit', 1, 200, 60);
  const [highlight, setHighlight] = useState<string | null>(null);
  // The drawing library downloads while the GraphQL request runs, not after it.
  useEffect(() => void loadCytoscape(), []);

  const [{ data, fetching, error }] = useQuery({
    query: NeighbourhoodDocument,
    variables: { id: nodeId ?? '', depth, first: limit },
    pause: !nodeId,
  });
  const model = useMemo(() => (data ? toGraphModel(data.neighbourhood.nodes, data.neighbourhood.relationships) : null), [data]);
  const centre = model?.nodes.find((n) => n.id === nodeId) ?? null;
  usePageTitle(centre ? `Graph: ${centre.label}` : 'Graph');

  const settings = (next: { depth?: number; limit?: number }) => {
    const query = new URLSearchParams(params);
    query.set('depth', String(next.depth ?? depth));
    query.set('limit', String(next.limit ?? limit));
    navigate(`/graph?${query.toString()}`, { replace: true });
  };
  const open = useCallback((node: GraphNode) => navigate(node.href ?? graphHref(node.id)), [navigate]);
  const explore = useCallback((node: GraphNode) => navigate(graphHref(node.id)), [navigate]);

  return (
    <>
      <h1>{centre ? <>Neighbourhood of {centre.label}</> : 'Graph'}</h1>
      <div className="graph-controls">
        <NodePicker label={centre ? 'Explore another paper or term' : 'Start from a paper or term'} value={centre} onChange={explore} />
        {nodeId && (
          <>
            <label>
              Hops
              <select value={depth} onChange={(e) => settings({ depth: Number(e.target.value) })}>
                {depths.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </label>
            <label>
              At most
              <select value={limit} onChange={(e) => settings({ limit: Number(e.target.value) })}>
                {[...new Set([...limits, limit])]
                  .sort((a, b) => a - b)
                  .map((l) => (
                    <option key={l} value={l}>
                      {l} nodes
                    </option>
                  ))}
              </select>
            </label>
          </>
        )}
      </div>
      {!nodeId && (
        <p>
          Choose a paper, method, dataset, topic or model to see what it is linked to, or find the{' '}
          <Link href="/path">path between two of them</Link>.
        </p>
      )}
      {fetching && !data && <Loading what="the neighbourhood" />}
      {error && <QueryError error={error} />}
      {model && !centre && (
        <p role="status">
          No paper or term has the id <code>{nodeId}</code>. Choose one above.
        </p>
      )}
      {model && centre && (
        <>
          <p className="meta" aria-live="polite">
            <KindBadge kind={centre.kind} /> {model.nodes.length} nodes and {model.edges.length} relationships within {depth} hop
            {depth === 1 ? '' : 's'}
            {model.nodes.length >= limit ? ` (the nearest ${limit}; allow more to see further)` : ''}. Click a node to open it.{' '}
            <Link href={pathHref(centre.id, null)}>Find a path from here</Link>
          </p>
          <KindLegend kinds={['paper', 'method', 'dataset', 'topic', 'model']} />
          <div className="graph-layout">
            <GraphCanvas
              model={model}
              layout="network"
              centreId={centre.id}
              highlightId={highlight}
              label={`Network of ${model.nodes.length} nodes around ${centre.label}; the same nodes are listed beside it.`}
              onActivate={open}
            />
            <NodeList model={model} centreId={centre.id} onHighlight={setHighlight} />
          </div>
        </>
      )}
    </>
  );
}
