/** A piece of a search snippet: plain text, and whether the server marked it as a match. */
export interface SnippetPart {
  readonly text: string;
  readonly marked: boolean;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const token = /<mark>|<\/mark>|&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z]+));/g;

/**
 * Reads a snippet of `SearchHit.snippet`: HTML-escaped text with matches in `<mark>`…`</mark>`. Only those two tags
 * mean anything; entities are decoded once into text, and anything else that looks like markup stays text. The
 * parts are rendered as text nodes, so nothing from the server is ever parsed as HTML.
 */
export function parseSnippet(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  let last = 0;
  const flush = () => {
    if (text.length > 0) {
      const previous = parts.at(-1);
      if (previous && previous.marked === marked) {
        parts[parts.length - 1] = { text: previous.text + text, marked };
      } else {
        parts.push({ text, marked });
      }

      text = '';
    }
  };

  for (const match of html.matchAll(token)) {
    text += html.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '<mark>' || match[0] === '</mark>') {
      // An unbalanced tag changes nothing: a second <mark> inside a match, or a </mark> outside one.
      const opens = match[0] === '<mark>';
      if (opens !== marked) {
        flush();
        marked = opens;
      }
    } else {
      text += decodeEntity(match);
    }
  }

  text += html.slice(last);
  flush();
  return parts;
}

function decodeEntity(match: RegExpExecArray | RegExpMatchArray): string {
  const [whole, decimal, hex, name] = match;
  if (name !== undefined) {
    return namedEntities[name] ?? whole;
  }

  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  // Surrogates and values past Unicode are not characters; keep the entity as it was written.
  return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && code > 0 ? String.fromCodePoint(code) : whole;
}
