import { Link } from '../app/router';
import { termHref, type TermKind } from '../app/routes';
import { kindLabels } from '../graph/elements';

/** A link to a term's page, coloured by its kind. */
export function TermChip({ kind, name, count }: { kind: TermKind; name: string; count?: number }) {
  return (
    <Link href={termHref(kind, name)} className={`chip kind-${kind}`} title={`${kindLabels[kind]}: ${name}`}>
      {name}
      {count !== undefined && <span className="chip-count">{count}</span>}
    </Link>
  );
}
