import { parseSnippet } from '../search/snippet';

/** A search snippet: the server's <mark> tags become <mark> elements, everything else is text. */
export function Snippet({ html }: { html: string }) {
  return (
    <p className="snippet">
      {parseSnippet(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
