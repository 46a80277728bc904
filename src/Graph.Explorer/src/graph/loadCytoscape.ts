import type cytoscape from 'cytoscape';

let loading: Promise<typeof cytoscape> | null = null;

/**
 * cytoscape.js, loaded on first use: the pages without a network never download it, and the network pages start
 * the download as they mount, alongside their GraphQL request, rather than after it.
 */
export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= import('cytoscape').then((module) => module.default);
  return loading;
}
