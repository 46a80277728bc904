import { describe, expect, it } from 'vitest';
import { highlight, type MentionKind, type MentionSpan } from './highlight';

function span(text: string, kind: MentionKind, name: string, start: number, end: number): MentionSpan {
  return { kind, name, start, end, text: text.slice(start, end) };
}

/** The segments as `text[kind:name,...]` for compact assertions. */
function render(text: string, spans: readonly MentionSpan[]): string[] {
  return highlight(text, spans).segments.map((s) =>
    s.mentions.length === 0 ? s.text : `${s.text}[${s.mentions.map((m) => `${m.kind}:${m.name}`).join(',')}]`,
  );
}

describe('highlight', () => {
  it('returns the whole text as one plain segment without spans', () => {
    expect(render('Plain text.', [])).toEqual(['Plain text.']);
  });

  it('returns no segments for empty text', () => {
    expect(highlight('', []).segments).toEqual([]);
  });

  it('cuts the text around separate mentions', () => {
    const text = 'Evaluated on SQuAD and MMLU with LoRA.';
    const spans = [span(text, 'dataset', 'SQuAD', 13, 18), span(text, 'dataset', 'MMLU', 23, 27), span(text, 'method', 'LoRA', 33, 37)];

    expect(render(text, spans)).toEqual([
      'Evaluated on ',
      'SQuAD[dataset:SQuAD]',
      ' and ',
      'MMLU[dataset:MMLU]',
      ' with ',
      'LoRA[method:LoRA]',
      '.',
    ]);
  });

  it('keeps offsets and text of every segment consistent with the input', () => {
    const text = 'Evaluated on SQuAD and MMLU.';
    const { segments } = highlight(text, [span(text, 'dataset', 'SQuAD', 13, 18), span(text, 'dataset', 'MMLU', 23, 27)]);

    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('handles a span at the very start and one at the very end', () => {
    const text = 'LoRA beats SQuAD';
    expect(render(text, [span(text, 'method', 'LoRA', 0, 4), span(text, 'dataset', 'SQuAD', 11, 16)])).toEqual([
      'LoRA[method:LoRA]',
      ' beats ',
      'SQuAD[dataset:SQuAD]',
    ]);
  });

  it('handles a span covering the whole text', () => {
    const text = 'Few-shot Learning';
    expect(render(text, [span(text, 'topic', 'Few-Shot Learning', 0, text.length)])).toEqual([
      'Few-shot Learning[topic:Few-Shot Learning]',
    ]);
  });

  it('links the inner mention of a nested pair and keeps the outer one around it', () => {
    const text = 'a Mixture of Experts layer';
    const spans = [span(text, 'method', 'Mixture of Experts', 2, 20), span(text, 'topic', 'Experts', 13, 20)];

    expect(render(text, spans)).toEqual([
      'a ',
      'Mixture of [method:Mixture of Experts]',
      'Experts[topic:Experts,method:Mixture of Experts]',
      ' layer',
    ]);
  });

  it('splits crossing spans into three runs with both mentions in the middle', () => {
    const text = 'vision language model';
    const spans = [span(text, 'topic', 'Vision-Language', 0, 15), span(text, 'method', 'Language Model', 7, 21)];

    expect(render(text, spans)).toEqual([
      'vision [topic:Vision-Language]',
      'language[method:Language Model,topic:Vision-Language]',
      ' model[method:Language Model]',
    ]);
  });

  it('orders identical spans by kind, datasets and models before methods before topics', () => {
    const text = 'GPT-4 results';
    const spans = [
      span(text, 'topic', 'GPT-4', 0, 5),
      span(text, 'method', 'GPT-4', 0, 5),
      span(text, 'model', 'GPT-4', 0, 5),
      span(text, 'dataset', 'GPT-4', 0, 5),
    ];

    expect(render(text, spans)).toEqual(['GPT-4[dataset:GPT-4,model:GPT-4,method:GPT-4,topic:GPT-4]', ' results']);
  });

  it('orders identical spans of one kind by name, ordinally', () => {
    const text = 'BERT';
    expect(render(text, [span(text, 'model', 'b', 0, 4), span(text, 'model', 'B', 0, 4), span(text, 'model', 'a', 0, 4)])).toEqual([
      'BERT[model:B,model:a,model:b]',
    ]);
  });

  it('gives the same segments whatever the order of the spans', () => {
    const text = 'a Mixture of Experts on SQuAD and vision language models';
    const spans = [
      span(text, 'method', 'Mixture of Experts', 2, 20),
      span(text, 'topic', 'Experts', 13, 20),
      span(text, 'dataset', 'SQuAD', 24, 29),
      span(text, 'topic', 'Vision-Language', 34, 49),
      span(text, 'method', 'Language Model', 41, 56),
    ];
    const expected = highlight(text, spans);

    for (const order of [[...spans].reverse(), [spans[2]!, spans[4]!, spans[0]!, spans[3]!, spans[1]!]]) {
      expect(highlight(text, order)).toEqual(expected);
    }
  });

  it('drops exact duplicates of a span', () => {
    const text = 'SQuAD';
    const { segments } = highlight(text, [span(text, 'dataset', 'SQuAD', 0, 5), span(text, 'dataset', 'SQuAD', 0, 5)]);

    expect(segments).toHaveLength(1);
    expect(segments[0]!.mentions).toHaveLength(1);
  });

  it('keeps touching spans apart', () => {
    const text = 'QNLIQQP';
    expect(render(text, [span(text, 'dataset', 'QNLI', 0, 4), span(text, 'dataset', 'QQP', 4, 7)])).toEqual([
      'QNLI[dataset:QNLI]',
      'QQP[dataset:QQP]',
    ]);
  });

  it('rejects spans outside the text, empty or reversed, and spans whose text differs', () => {
    const text = 'on SQuAD';
    const outside = { kind: 'dataset', name: 'X', start: 5, end: 20, text: 'AD' } as const;
    const negative = { kind: 'dataset', name: 'X', start: -1, end: 2, text: 'on' } as const;
    const empty = { kind: 'dataset', name: 'X', start: 3, end: 3, text: '' } as const;
    const reversed = { kind: 'dataset', name: 'X', start: 8, end: 3, text: '' } as const;
    const fractional = { kind: 'dataset', name: 'X', start: 3.5, end: 8, text: 'QuAD' } as const;
    const stale = { kind: 'dataset', name: 'MMLU', start: 3, end: 7, text: 'MMLU' } as const;
    const good = span(text, 'dataset', 'SQuAD', 3, 8);

    const result = highlight(text, [outside, negative, empty, reversed, fractional, stale, good]);

    expect(result.rejected).toEqual([outside, negative, empty, reversed, fractional, stale]);
    expect(result.segments.map((s) => [s.text, s.mentions.length])).toEqual([
      ['on ', 0],
      ['SQuAD', 1],
    ]);
  });

  it('accepts a span that ends exactly at the end of the text', () => {
    const text = 'trained on TREC';
    const result = highlight(text, [span(text, 'dataset', 'TREC', 11, 15)]);

    expect(result.rejected).toEqual([]);
    expect(result.segments.at(-1)).toMatchObject({ start: 11, end: 15, text: 'TREC' });
  });

  it('counts offsets in UTF-16 code units, as the server does, across astral characters', () => {
    const text = '🤗 models on SQuAD';
    // The emoji is two code units, so SQuAD starts at 13 although it is the 12th code point.
    const squad = { kind: 'dataset', name: 'SQuAD', start: 13, end: 18, text: 'SQuAD' } as const;

    expect(render(text, [squad])).toEqual(['🤗 models on ', 'SQuAD[dataset:SQuAD]']);
  });
});
