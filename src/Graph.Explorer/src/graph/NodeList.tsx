import { Link } from '../app/router';
import { graphHref } from '../app/routes';
import { kindLabels, type GraphModel, type GraphNode, type NodeKind } from './elements';

const order: NodeKind[] = ['paper', 'method', 'dataset', 'topic', 'model', 'organization', 'author'];

/**
 * The drawn nodes as lists, by kind: the keyboard's way into the network. Each opens its page or becomes the
 * centre; focusing or hovering one points it out in the drawing.
 */
export function NodeList({
  model,
  centreId,
  onHighlight,
}: {
  model: GraphModel;
  centreId: string | null;
  onHighlight: (id: string | null) => void;
}) {
  const groups = order.map((kind) => ({ kind, nodes: model.nodes.filter((n) => n.kind === kind) })).filter((g) => g.nodes.length > 0);
  return (
    <div className="node-list" onMouseLeave={() => onHighlight(null)} onBlur={() => onHighlight(null)}>
      {groups.map(({ kind, nodes }) => (
        <section key={kind} aria-label={`${kindLabels[kind]} nodes`}>
          <h3>
            <span className={`swatch kind-${kind}`} aria-hidden="true" /> {kindLabels[kind]}s ({nodes.length})
          </h3>
          <ul>
            {nodes.map((node) => (
              <NodeItem key={node.id} node={node} isCentre={node.id === centreId} onHighlight={onHighlight} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function NodeItem({ node, isCentre, onHighlight }: { node: GraphNode; isCentre: boolean; onHighlight: (id: string | null) => void }) {
  const point = () => onHighlight(node.id);
  return (
    <li onMouseEnter={point} onFocus={point} data-node-id={node.id}>
      {node.href ? <Link href={node.href}>{node.label}</Link> : <span>{node.label}</span>}
      {isCentre ? (
        <span className="meta"> (centre)</span>
      ) : (
        <Link href={graphHref(node.id)} className="centre-link" aria-label={`Centre the graph on ${node.label}`}>
          centre
        </Link>
      )}
    </li>
  );
}
