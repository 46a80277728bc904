import type { Core, ElementDefinition, LayoutOptions, NodeSingular, StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { hopsFrom, shortLabel, type GraphModel, type GraphNode, type NodeKind } from './elements';
import { loadCytoscape } from './loadCytoscape';

declare global {
  interface Window {
    /** The drawn network, for tests and the curious: `graphExplorer.cy.nodes().length`. */
    graphExplorer?: { readonly cy: Core };
  }
}

export interface GraphCanvasProps {
  readonly model: GraphModel;
  /** `network`: a force layout grown from rings around the centre. `line`: the nodes in order, left to right (a path). */
  readonly layout: 'network' | 'line';
  readonly centreId: string | null;
  /** The node to point out, e.g. the one focused in the list beside the drawing. */
  readonly highlightId: string | null;
  readonly label: string;
  readonly onActivate: (node: GraphNode) => void;
}

const kinds: NodeKind[] = ['paper', 'method', 'dataset', 'topic', 'model', 'author', 'organization'];

function colours(): Record<NodeKind, string> {
  // The same colours as the page's CSS, read from it so there is one place to change them.
  const style = getComputedStyle(document.documentElement);
  return Object.fromEntries(kinds.map((kind) => [kind, style.getPropertyValue(`--kind-${kind}`).trim() || '#64748b'])) as Record<
    NodeKind,
    string
  >;
}

function stylesheet(line: boolean): StylesheetJson {
  const colour = colours();
  return [
    {
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-size': 13,
        'font-family': 'system-ui, sans-serif',
        color: '#1e293b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: 20,
        height: 20,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...kinds.map((kind) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': colour[kind] } })),
    // Paper titles are long: in a neighbourhood they show on hover (and in the list beside), terms always.
    { selector: 'node[kind = "paper"]', style: { shape: 'round-rectangle', width: 18, height: 18, label: line ? 'data(short)' : '' } },
    { selector: 'node.hover, node.highlight, node.centre', style: { label: 'data(short)', 'z-index': 20 } },
    {
      selector: 'node.centre',
      style: { width: 36, height: 36, 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 'bold', 'font-size': 14 },
    },
    { selector: 'node.highlight', style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 10 } },
    {
      selector: 'edge',
      style: {
        width: line ? 2 : 1,
        'line-color': line ? '#64748b' : '#cbd5e1',
        'curve-style': 'straight',
        'target-arrow-shape': line ? 'triangle' : 'none',
        'target-arrow-color': '#64748b',
        ...(line ? { label: 'data(type)', 'font-size': 9, color: '#334155', 'text-rotation': 'autorotate', 'text-margin-y': -8 } : {}),
      },
    },
    { selector: 'edge.highlight', style: { 'line-color': '#f59e0b', width: 2 } },
  ];
}

function layoutOptions(model: GraphModel, layout: GraphCanvasProps['layout']): LayoutOptions {
  if (layout === 'line') {
    const order = new Map(model.nodes.map((n, i) => [n.id, i]));
    return {
      name: 'preset',
      positions: (node: NodeSingular) => {
        const i = order.get(node.id()) ?? 0;
        return { x: i * 220, y: 0 };
      },
      fit: false,
    } as LayoutOptions;
  }

  return {
    name: 'cose',
    // Deterministic: the force layout starts from rings around the centre (see placeInRings), not at random.
    randomize: false,
    animate: false,
    // Fitted once, after fillWidth.
    fit: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: () => 60,
    nodeRepulsion: () => 14000,
    gravity: 1.2,
    // Cooling faster than the default (0.99) settles a neighbourhood in a fifth of the iterations (135, not 690).
    coolingFactor: 0.95,
    numIter: 1000,
  } as LayoutOptions;
}

/**
 * Force layouts come out about as tall as wide, while the box is wider than tall: stretching the drawing sideways
 * (at most twice) lets fitting it zoom in further, so labels stay readable.
 */
function fillWidth(cy: Core): void {
  const box = cy.nodes().boundingBox();
  if (box.w === 0 || box.h === 0) return;
  const stretch = Math.min(2, cy.width() / cy.height() / (box.w / box.h));
  if (stretch <= 1.05) return;
  const middle = box.x1 + box.w / 2;
  cy.nodes().positions((node) => ({ x: middle + (node.position('x') - middle) * stretch, y: node.position('y') }));
}

/** Start positions: the centre in the middle, a ring per hop around it, each ring in the server's order. */
function placeInRings(model: GraphModel, centreId: string | null): Map<string, { x: number; y: number }> {
  const hops = centreId ? hopsFrom(centreId, model) : new Map<string, number>();
  const farthest = Math.max(0, ...hops.values()) + 1;
  const rings = new Map<number, string[]>();
  for (const node of model.nodes) {
    const hop = hops.get(node.id) ?? farthest;
    (rings.get(hop) ?? rings.set(hop, []).get(hop)!).push(node.id);
  }

  const positions = new Map<string, { x: number; y: number }>();
  for (const [hop, ids] of rings) {
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length + hop * 0.5;
      positions.set(id, { x: hop * 70 * Math.cos(angle), y: hop * 70 * Math.sin(angle) });
    });
  }

  return positions;
}

function elementsOf(model: GraphModel, layout: GraphCanvasProps['layout'], centreId: string | null): ElementDefinition[] {
  const start = layout === 'network' ? placeInRings(model, centreId) : null;
  return [
    ...model.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, kind: n.kind, label: n.label, short: n.kind === 'paper' ? shortLabel(n.label, 40) : n.label },
      classes: n.id === centreId ? 'centre' : '',
      ...(start?.get(n.id) ? { position: start.get(n.id)! } : {}),
    })),
    ...model.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
  ];
}

/** The network drawn with cytoscape.js: pan and zoom with the mouse, click (tap) a node to open it. */
export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onActivate = useRef(props.onActivate);
  onActivate.current = props.onActivate;

  const { model, layout, centreId } = props;
  useEffect(() => {
    let cy: Core | null = null;
    let disposed = false;
    const element = container.current;
    void loadCytoscape().then((cytoscape) => {
      if (disposed || !element) return;
      const drawn = cytoscape({
        container: element,
        elements: elementsOf(model, layout, centreId),
        style: stylesheet(layout === 'line'),
        // The start positions; the real layout runs once cytoscape is ready (its default would be a grid).
        layout: { name: 'preset', fit: false },
        minZoom: 0.15,
        maxZoom: 4,
        boxSelectionEnabled: false,
        autoungrabify: layout === 'line',
      });
      cy = drawn;
      cyRef.current = drawn;
      const byId = new Map(model.nodes.map((n) => [n.id, n]));
      drawn.on('tap', 'node', (event) => {
        const node = byId.get(event.target.id());
        if (node) onActivate.current(node);
      });
      drawn.on('mouseover', 'node', (event) => {
        element.style.cursor = 'pointer';
        event.target.addClass('hover');
        event.target.connectedEdges().addClass('highlight');
      });
      drawn.on('mouseout', 'node', (event) => {
        element.style.cursor = '';
        event.target.removeClass('hover');
        event.target.connectedEdges().removeClass('highlight');
      });
      drawn.ready(() => {
        const run = drawn.layout(layoutOptions(model, layout));
        run.one('layoutstop', () => {
          fillWidth(drawn);
          drawn.fit(undefined, 30);
          // A path of three nodes would otherwise fill the box at giant size.
          if (drawn.zoom() > 1.25) {
            drawn.zoom(1.25);
            drawn.center();
          }

          window.graphExplorer = { cy: drawn };
          element.setAttribute('data-ready', 'true');
        });
        run.run();
      });
    });

    return () => {
      disposed = true;
      element?.removeAttribute('data-ready');
      if (cy) {
        if (window.graphExplorer?.cy === cy) delete window.graphExplorer;
        cy.destroy();
      }

      cyRef.current = null;
    };
    // The drawing depends on the data only; the callback is read through a ref.
  }, [model, layout, centreId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().removeClass('highlight');
    if (props.highlightId) {
      const node = cy.getElementById(props.highlightId);
      node.addClass('highlight');
      node.connectedEdges().addClass('highlight');
    }
  }, [props.highlightId, model]);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (cy) cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="graph-canvas-wrap">
      <div className="graph-toolbar" role="toolbar" aria-label="Drawing">
        <button type="button" onClick={() => zoom(1.25)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoom(0.8)}>
          Zoom out
        </button>
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 30)}>
          Fit
        </button>
      </div>
      <div ref={container} className={`graph-canvas ${layout}`} role="img" aria-label={props.label} data-testid="graph-canvas" />
    </div>
  );
}
