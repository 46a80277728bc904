import { describe, expect, it } from 'vitest';
import { countFacets, emptySelection, matches, selectionFromParams, selectionToParams, toggleTerm, type FacetedHit } from './facets';

function hit(year: string | null, methods: string[], datasets: string[] = [], topics: string[] = []): FacetedHit {
  return { year, terms: { method: methods, dataset: datasets, topic: topics, model: [] } };
}

const hits = [
  hit('2024', ['LoRA', 'DPO'], ['MMLU']),
  hit('2024', ['LoRA'], ['SQuAD', 'MMLU']),
  hit('2023', ['DPO'], ['MMLU'], ['Alignment']),
  hit(null, ['LoRA']),
];

describe('countFacets', () => {
  it('counts every value over all hits without a selection', () => {
    const facets = countFacets(hits, emptySelection);

    expect(facets.terms.method).toEqual([
      { value: 'LoRA', count: 3, selected: false },
      { value: 'DPO', count: 2, selected: false },
    ]);
    expect(facets.terms.dataset.map((v) => [v.value, v.count])).toEqual([
      ['MMLU', 3],
      ['SQuAD', 1],
    ]);
    expect(facets.years).toEqual([
      { value: '2024', count: 2, selected: false },
      { value: '2023', count: 1, selected: false },
    ]);
  });

  it('counts terms over the hits the selection shows', () => {
    const facets = countFacets(hits, toggleTerm(emptySelection, 'method', 'LoRA'));

    expect(facets.terms.method).toEqual([
      { value: 'LoRA', count: 3, selected: true },
      { value: 'DPO', count: 1, selected: false },
    ]);
    expect(facets.terms.dataset.map((v) => [v.value, v.count])).toEqual([
      ['MMLU', 2],
      ['SQuAD', 1],
    ]);
  });

  it('counts years as alternatives: the chosen year does not narrow the year counts', () => {
    const facets = countFacets(hits, { ...emptySelection, year: '2023' });

    expect(facets.years).toEqual([
      { value: '2024', count: 2, selected: false },
      { value: '2023', count: 1, selected: true },
    ]);
    expect(facets.terms.method.map((v) => [v.value, v.count])).toEqual([['DPO', 1]]);
  });

  it('keeps a ticked value listed when no shown hit has it', () => {
    const selection = toggleTerm(toggleTerm(emptySelection, 'dataset', 'SQuAD'), 'topic', 'Alignment');

    const facets = countFacets(hits, selection);

    expect(facets.terms.dataset).toContainEqual({ value: 'SQuAD', count: 0, selected: true });
    expect(facets.terms.topic).toEqual([{ value: 'Alignment', count: 0, selected: true }]);
  });

  it('counts a value once per hit even when a hit lists it twice', () => {
    expect(countFacets([hit('2024', ['LoRA', 'LoRA'])], emptySelection).terms.method).toEqual([
      { value: 'LoRA', count: 1, selected: false },
    ]);
  });
});

describe('matches', () => {
  it('requires every ticked term and the chosen year', () => {
    const selection = { ...toggleTerm(toggleTerm(emptySelection, 'method', 'LoRA'), 'dataset', 'MMLU'), year: '2024' };

    expect(hits.map((h) => matches(h, selection))).toEqual([true, true, false, false]);
  });

  it('never matches a hit without a year when a year is chosen', () => {
    expect(matches(hit(null, ['LoRA']), { ...emptySelection, year: '2024' })).toBe(false);
  });
});

describe('selection parameters', () => {
  it('round-trips through query parameters and keeps other parameters', () => {
    const selection = { ...toggleTerm(toggleTerm(emptySelection, 'method', 'LoRA'), 'method', 'Mixture of Experts'), year: '2025' };
    const params = new URLSearchParams('q=adapters&method=old');

    selectionToParams(selection, params);

    expect(params.toString()).toBe('q=adapters&method=LoRA&method=Mixture+of+Experts&year=2025');
    expect(selectionFromParams(params)).toEqual(selection);
  });

  it('ignores malformed years, empty and repeated values', () => {
    const selection = selectionFromParams(new URLSearchParams('year=20x4&topic=&topic=RL&topic=RL'));

    expect(selection).toEqual({ terms: { method: [], dataset: [], topic: ['RL'], model: [] }, year: null });
  });
});
