import type { CombinedError } from 'urql';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status">
      Loading {what}…
    </p>
  );
}

/** A failed request, with the server's error codes: they say what to change (`INVALID_ARGUMENT`, `COMPLEXITY`). */
export function QueryError({ error }: { error: CombinedError }) {
  const messages = error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.['code'] === 'string' ? e.extensions['code'] : null;
    return code ? `${e.message} (${code})` : e.message;
  });
  return (
    <div className="error" role="alert">
      <p>
        <strong>The request failed.</strong>
      </p>
      {error.networkError && <p>{error.networkError.message || 'The server could not be reached.'}</p>}
      {messages.length > 0 && (
        <ul>
          {messages.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
