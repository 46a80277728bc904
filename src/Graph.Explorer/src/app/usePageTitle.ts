import { useEffect } from 'react';

/** Sets the document title, which is also what screen readers announce after a page change. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Graph Explorer` : 'Graph Explorer';
  }, [title]);
}
