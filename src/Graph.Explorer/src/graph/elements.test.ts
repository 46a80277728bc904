import { describe, expect, it } from 'vitest';
import type { GraphNodeFragment } from '../gql/graphql';
import { hopsFrom, shortLabel, toGraphModel, toGraphNode } from './elements';

const paper: GraphNodeFragment = { __typename: 'Paper', id: 'P1', graphId: 'arxiv:2106.09685', title: 'LoRA: Low-Rank Adaptation' };
const lora: GraphNodeFragment = { __typename: 'Method', id: 'M1', name: 'LoRA' };
const squad: GraphNodeFragment = { __typename: 'Dataset', id: 'D1', name: 'SQuAD' };
const other: GraphNodeFragment = { __typename: 'Paper', id: 'P2', graphId: 'title:abc', title: 'Another paper' };

describe('toGraphNode', () => {
  it('links papers and terms to their pages, and nothing else', () => {
    expect(toGraphNode(paper)).toEqual({ id: 'P1', kind: 'paper', label: 'LoRA: Low-Rank Adaptation', href: '/paper/arxiv%3A2106.09685' });
    expect(toGraphNode(lora)).toEqual({ id: 'M1', kind: 'method', label: 'LoRA', href: '/method/LoRA' });
    expect(toGraphNode({ __typename: 'Model', id: 'X', name: 'Llama 3' }).href).toBe('/model/Llama%203');
    expect(toGraphNode({ __typename: 'Author', id: 'A', name: 'Ada' })).toEqual({ id: 'A', kind: 'author', label: 'Ada', href: null });
  });
});

describe('toGraphModel', () => {
  it('keeps nodes once, in order, and drops relationships to absent nodes, loops and repeats', () => {
    const model = toGraphModel(
      [paper, lora, squad, lora],
      [
        { type: 'USES_METHOD', startId: 'P1', endId: 'M1' },
        { type: 'USES_METHOD', startId: 'P1', endId: 'M1' },
        { type: 'EVALUATED_ON', startId: 'P1', endId: 'D1' },
        { type: 'EVALUATED_ON', startId: 'P9', endId: 'D1' },
        { type: 'VARIANT_OF', startId: 'M1', endId: 'M1' },
      ],
    );

    expect(model.nodes.map((n) => n.id)).toEqual(['P1', 'M1', 'D1']);
    expect(model.edges).toEqual([
      { id: 'USES_METHOD|P1|M1', source: 'P1', target: 'M1', type: 'USES_METHOD' },
      { id: 'EVALUATED_ON|P1|D1', source: 'P1', target: 'D1', type: 'EVALUATED_ON' },
    ]);
  });
});

describe('hopsFrom', () => {
  it('counts hops either way along relationships and leaves unreachable nodes out', () => {
    const model = toGraphModel(
      [paper, lora, other, squad],
      [
        { type: 'USES_METHOD', startId: 'P1', endId: 'M1' },
        { type: 'USES_METHOD', startId: 'P2', endId: 'M1' },
      ],
    );

    expect([...hopsFrom('P1', model)]).toEqual([
      ['P1', 0],
      ['M1', 1],
      ['P2', 2],
    ]);
  });
});

describe('shortLabel', () => {
  it('cuts long labels with an ellipsis and leaves short ones', () => {
    expect(shortLabel('short')).toBe('short');
    expect(shortLabel('Meta-training with Demonstration Retrieval', 20)).toBe('Meta-training with…');
    expect(shortLabel('Meta-training with Demonstration Retrieval', 20)).toHaveLength(19);
  });
});
