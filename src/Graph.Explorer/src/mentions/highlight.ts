/** The kinds of term a paper's text can mention. */
export type MentionKind = 'method' | 'dataset' | 'topic' | 'model';

/** One evidence span of one linked term, in one field of a paper. Offsets are UTF-16 code units, end exclusive. */
export interface MentionSpan {
  readonly kind: MentionKind;
  /** The term's canonical name (its page is named by it). */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The exact text the server says the span covers. */
  readonly text: string;
}

/** A run of the text and the mentions covering all of it, the one to link first. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Empty for plain text; otherwise every span covering the run, in precedence order. */
  readonly mentions: readonly MentionSpan[];
}

export interface Highlighted {
  readonly segments: readonly Segment[];
  /** Spans that do not fit the text (out of range, empty, or naming different text): stale or foreign evidence. */
  readonly rejected: readonly MentionSpan[];
}

// When spans of equal length cover the same run, the more specific kinds win: a dataset or model named inside a
// topic phrase is what a reader wants to follow.
const kindPrecedence: Record<MentionKind, number> = { dataset: 0, model: 1, method: 2, topic: 3 };

/**
 * Cuts a text into runs at every span boundary, so that overlapping and nested mentions all stay visible. A run
 * lists every span that covers it, innermost first (shortest span), then by kind, start and name; renderers link
 * the first and mention the rest. The result depends only on the set of spans, never on their order.
 */
export function highlight(text: string, spans: readonly MentionSpan[]): Highlighted {
  const accepted: MentionSpan[] = [];
  const rejected: MentionSpan[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    if (!fits(text, span)) {
      rejected.push(span);
      continue;
    }

    const key = `${span.kind}\u0000${span.name}\u0000${span.start}\u0000${span.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      accepted.push(span);
    }
  }

  accepted.sort(comparePrecedence);
  const boundaries = new Set<number>([0, text.length]);
  for (const span of accepted) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }

  const cuts = [...boundaries].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const mentions = accepted.filter((span) => span.start <= start && span.end >= end);
    segments.push({ start, end, text: text.slice(start, end), mentions });
  }

  return { segments, rejected };
}

function fits(text: string, span: MentionSpan): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= text.length &&
    span.start < span.end &&
    text.slice(span.start, span.end) === span.text
  );
}

function comparePrecedence(a: MentionSpan, b: MentionSpan): number {
  return (
    a.end - a.start - (b.end - b.start) ||
    kindPrecedence[a.kind] - kindPrecedence[b.kind] ||
    a.start - b.start ||
    compareOrdinal(a.name, b.name)
  );
}

function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
