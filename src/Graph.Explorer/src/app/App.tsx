import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { GraphPage } from '../pages/GraphPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PaperPage } from '../pages/PaperPage';
import { PathPage } from '../pages/PathPage';
import { SearchPage } from '../pages/SearchPage';
import { TermPage } from '../pages/TermPage';
import { Loading } from '../components/QueryStatus';
import { Link, useRouter } from './router';

export function App() {
  const { route, href, arrival } = useRouter();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    // After following a link the new page's content is where keyboard and screen reader users continue.
    if (arrival === 'push' || arrival === 'pop') {
      main.current?.focus({ preventScroll: true });
    }
  }, [href, arrival]);

  let page: ReactNode;
  switch (route.page) {
    case 'home':
      page = <HomePage />;
      break;
    case 'search':
      page = <SearchPage params={route.params} />;
      break;
    case 'paper':
      page = <PaperPage key={route.graphId} graphId={route.graphId} />;
      break;
    case 'term':
      page = <TermPage key={`${route.kind}/${route.name}`} kind={route.kind} name={route.name} params={route.params} />;
      break;
    case 'graph':
      page = <GraphPage params={route.params} />;
      break;
    case 'path':
      page = <PathPage params={route.params} />;
      break;
    case 'not-found':
      page = <NotFoundPage path={route.path} />;
      break;
  }

  const current =
    route.page === 'graph' ? 'graph' : route.page === 'path' ? 'path' : route.page === 'home' || route.page === 'search' ? 'search' : null;
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          Graph Explorer
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/" aria-current={current === 'search' ? 'page' : undefined}>
                Search
              </Link>
            </li>
            <li>
              <Link href="/graph" aria-current={current === 'graph' ? 'page' : undefined}>
                Graph
              </Link>
            </li>
            <li>
              <Link href="/path" aria-current={current === 'path' ? 'page' : undefined}>
                Path
              </Link>
            </li>
            <li>
              <a href="/graphql">GraphQL IDE</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading what="the view" />}>{page}</Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Papers, methods, datasets, topics and models, read from the GraphQL API at <a href="/graphql">/graphql</a>.
        </p>
      </footer>
    </>
  );
}
