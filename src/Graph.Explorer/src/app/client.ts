import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The GraphQL client: same origin, POST (documents stay out of URLs and logs), and urql's document cache so that
 * going back to a page shows it at once.
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: { headers: { accept: 'application/graphql-response+json, application/json' } },
  });
}
