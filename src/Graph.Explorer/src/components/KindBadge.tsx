import { kindLabels, type NodeKind } from '../graph/elements';

export function KindBadge({ kind }: { kind: NodeKind }) {
  return <span className={`badge kind-${kind}`}>{kindLabels[kind]}</span>;
}
