import type { GraphNodeFragment } from '../gql/graphql';
import { paperHref, termHref, type TermKind } from '../app/routes';

export type NodeKind = 'paper' | TermKind | 'author' | 'organization';

/** A node as the network views draw and list it. */
export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** The full name or title. */
  readonly label: string;
  /** The node's page, when it has one. */
  readonly href: string | null;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

export interface Relationship {
  readonly type: string;
  readonly startId: string;
  readonly endId: string;
}

export interface GraphModel {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const kindLabels: Record<NodeKind, string> = {
  paper: 'Paper',
  method: 'Method',
  dataset: 'Dataset',
  topic: 'Topic',
  model: 'Model',
  author: 'Author',
  organization: 'Organization',
};

export function toGraphNode(node: GraphNodeFragment): GraphNode {
  switch (node.__typename) {
    case 'Paper':
      return { id: node.id, kind: 'paper', label: node.title, href: paperHref(node.graphId) };
    case 'Method':
    case 'Dataset':
    case 'Topic':
    case 'Model': {
      const kind = node.__typename.toLowerCase() as TermKind;
      return { id: node.id, kind, label: node.name, href: termHref(kind, node.name) };
    }
    case 'Author':
      return { id: node.id, kind: 'author', label: node.name, href: null };
    case 'Organization':
      return { id: node.id, kind: 'organization', label: node.name, href: null };
  }
}

/**
 * The nodes and relationships of a subgraph, ready to draw: nodes once each in the server's order, relationships
 * once each and only between nodes that are present (a page of a neighbourhood can cut a relationship's far end).
 */
export function toGraphModel(nodes: readonly GraphNodeFragment[], relationships: readonly Relationship[]): GraphModel {
  const byId = new Map<string, GraphNode>();
  for (const node of nodes) {
    if (!byId.has(node.id)) {
      byId.set(node.id, toGraphNode(node));
    }
  }

  const edges = new Map<string, GraphEdge>();
  for (const { type, startId, endId } of relationships) {
    const id = `${type}|${startId}|${endId}`;
    if (byId.has(startId) && byId.has(endId) && startId !== endId && !edges.has(id)) {
      edges.set(id, { id, source: startId, target: endId, type });
    }
  }

  return { nodes: [...byId.values()], edges: [...edges.values()] };
}

/** Hops from the centre to every node it reaches, following relationships either way. */
export function hopsFrom(centre: string, model: GraphModel): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of model.edges) {
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }

  const hops = new Map<string, number>([[centre, 0]]);
  const queue = [centre];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    for (const next of neighbours.get(current) ?? []) {
      if (!hops.has(next)) {
        hops.set(next, hops.get(current)! + 1);
        queue.push(next);
      }
    }
  }

  return hops;
}

/** A short label for drawing; the full one goes in lists and tooltips. */
export function shortLabel(label: string, max = 32): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
