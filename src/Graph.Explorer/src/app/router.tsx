import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { parseRoute, type Route } from './routes';

interface Router {
  readonly route: Route;
  /** The current path and query, e.g. `/search?q=lora`. */
  readonly href: string;
  /** How the current page was reached: focus moves to it after a push or pop, never after a replace. */
  readonly arrival: 'load' | 'push' | 'pop' | 'replace';
  navigate(href: string, options?: { replace?: boolean }): void;
}

const RouterContext = createContext<Router | null>(null);

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

/** History routing: the server answers every page path with index.html, and this reads the path. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<{ href: string; arrival: Router['arrival'] }>(() => ({ href: currentHref(), arrival: 'load' }));

  useEffect(() => {
    const onPopState = () => setLocation({ href: currentHref(), arrival: 'pop' });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    if (to === currentHref()) {
      return;
    }

    if (options?.replace) {
      window.history.replaceState(null, '', to);
    } else {
      window.history.pushState(null, '', to);
      window.scrollTo(0, 0);
    }

    setLocation({ href: currentHref(), arrival: options?.replace ? 'replace' : 'push' });
  }, []);

  const router = useMemo<Router>(() => {
    const url = new URL(location.href, window.location.origin);
    return { route: parseRoute(url.pathname, url.search), href: location.href, arrival: location.arrival, navigate };
  }, [location, navigate]);

  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) {
    throw new Error('useRouter needs a RouterProvider above it.');
  }

  return router;
}

/** A link to a page of the Explorer, followed without reloading; modified clicks behave as on any link. */
export function Link({ href, onClick, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }

    event.preventDefault();
    navigate(href);
  };

  return <a href={href} onClick={handleClick} {...props} />;
}
