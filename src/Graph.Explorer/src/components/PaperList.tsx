import type { ReactNode } from 'react';
import type { PaperSummaryFragment } from '../gql/graphql';
import { Link } from '../app/router';
import { paperHref } from '../app/routes';

export function PaperMeta({ paper }: { paper: Pick<PaperSummaryFragment, 'publishedOn' | 'upvotes'> }) {
  const parts: string[] = [];
  if (paper.publishedOn) parts.push(formatDate(paper.publishedOn));
  if (paper.upvotes !== null) parts.push(`${paper.upvotes} upvote${paper.upvotes === 1 ? '' : 's'}`);
  return parts.length > 0 ? <span className="meta">{parts.join(' · ')}</span> : null;
}

/** Papers as a list of titles linking to their pages, each with its date and whatever the caller adds. */
export function PaperList<T extends PaperSummaryFragment>({
  papers,
  label,
  extra,
  start,
}: {
  papers: readonly T[];
  label: string;
  extra?: (paper: T) => ReactNode;
  start?: number;
}) {
  return (
    <ol className="paper-list" aria-label={label} start={start}>
      {papers.map((paper) => (
        <li key={paper.id}>
          <Link href={paperHref(paper.graphId)} className="paper-title">
            {paper.title}
          </Link>{' '}
          <PaperMeta paper={paper} />
          {extra?.(paper)}
        </li>
      ))}
    </ol>
  );
}

/** `2024-06-04` as `4 Jun 2024`, without time zones getting involved. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}
