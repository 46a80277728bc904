import type { MentionKind } from '../mentions/highlight';

/** A term kind, which is also the first segment of its pages' paths. */
export type TermKind = MentionKind;
export const termKinds: readonly TermKind[] = ['method', 'dataset', 'topic', 'model'];

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'search'; readonly params: URLSearchParams }
  | { readonly page: 'paper'; readonly graphId: string }
  | { readonly page: 'term'; readonly kind: TermKind; readonly name: string; readonly params: URLSearchParams }
  | { readonly page: 'graph'; readonly params: URLSearchParams }
  | { readonly page: 'path'; readonly params: URLSearchParams }
  | { readonly page: 'not-found'; readonly path: string };

/** Reads a location's path and query into a route. Path segments are percent-decoded; a bad escape is not found. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const segments = pathname.split('/').filter((segment) => segment.length > 0);
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return { page: 'not-found', path: pathname };
  }

  const [first, second, ...rest] = decoded;
  if (rest.length > 0) {
    return { page: 'not-found', path: pathname };
  }

  if (first === undefined) {
    return { page: 'home' };
  }

  if (second === undefined) {
    switch (first) {
      case 'search':
        return { page: 'search', params };
      case 'graph':
        return { page: 'graph', params };
      case 'path':
        return { page: 'path', params };
      default:
        return { page: 'not-found', path: pathname };
    }
  }

  if (first === 'paper') {
    return { page: 'paper', graphId: second };
  }

  if ((termKinds as readonly string[]).includes(first)) {
    return { page: 'term', kind: first as TermKind, name: second, params };
  }

  return { page: 'not-found', path: pathname };
}

export function searchHref(text: string, params?: URLSearchParams): string {
  const query = new URLSearchParams(params);
  query.set('q', text);
  return `/search?${query.toString()}`;
}

export function paperHref(graphId: string): string {
  return `/paper/${encodeURIComponent(graphId)}`;
}

export function termHref(kind: TermKind, name: string): string {
  return `/${kind}/${encodeURIComponent(name)}`;
}

export function graphHref(nodeId: string): string {
  return `/graph?${new URLSearchParams({ node: nodeId }).toString()}`;
}

export function pathHref(from: string | null, to: string | null): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return query ? `/path?${query}` : '/path';
}

/** Reads a whole number parameter within bounds, or the fallback. */
export function intParam(params: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || !/^\d{1,4}$/.test(raw)) {
    return fallback;
  }

  const value = Number(raw);
  return value >= min && value <= max ? value : fallback;
}
