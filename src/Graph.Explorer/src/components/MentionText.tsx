import { Link } from '../app/router';
import { termHref } from '../app/routes';
import { kindLabels } from '../graph/elements';
import { highlight, type MentionSpan } from '../mentions/highlight';

/**
 * A title or abstract with every mention highlighted in its kind's colour and linked to the term's page. Where
 * mentions overlap, the innermost is the link and the others are named in its tooltip and underline it.
 */
export function MentionText({ text, spans }: { text: string; spans: readonly MentionSpan[] }) {
  const { segments } = highlight(text, spans);
  return (
    <>
      {segments.map((segment) => {
        const [primary, ...others] = segment.mentions;
        if (!primary) {
          return <span key={segment.start}>{segment.text}</span>;
        }

        const describe = (m: MentionSpan) => `${kindLabels[m.kind]}: ${m.name}`;
        const classes = ['mention', `kind-${primary.kind}`];
        if (others[0]) classes.push('overlap', `also-${others[0].kind}`);
        return (
          <Link
            key={segment.start}
            href={termHref(primary.kind, primary.name)}
            className={classes.join(' ')}
            data-kind={primary.kind}
            data-term={primary.name}
            data-also={others.length > 0 ? others.map(describe).join('; ') : undefined}
            title={[primary, ...others].map(describe).join('\n')}
          >
            {segment.text}
          </Link>
        );
      })}
    </>
  );
}
