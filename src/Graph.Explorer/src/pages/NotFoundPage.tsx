import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';

export function NotFoundPage({ path }: { path: string }) {
  usePageTitle('Not found');
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link href="/">Search the papers</Link> instead.
      </p>
    </>
  );
}
