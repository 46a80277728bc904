import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { PickNodesDocument, type PickNodesQuery } from '../gql/graphql';
import { kindLabels, shortLabel, toGraphNode, type GraphNode } from '../graph/elements';

const perKind = 4;
const debounceMs = 200;

interface Option {
  readonly node: GraphNode;
  readonly detail: string;
}

function optionsOf(data: PickNodesQuery, text: string): Option[] {
  const needle = text.toLowerCase();
  const terms = [...data.methods.nodes, ...data.datasets.nodes, ...data.topics.nodes, ...data.models.nodes]
    .map((t) => ({ node: toGraphNode(t), papers: t.paperCount }))
    // Exact names first, then the most linked: what someone typing a name most likely means.
    .sort((a, b) => Number(b.node.label.toLowerCase() === needle) - Number(a.node.label.toLowerCase() === needle) || b.papers - a.papers)
    .map(({ node, papers }) => ({ node, detail: `${kindLabels[node.kind]} · ${papers} paper${papers === 1 ? '' : 's'}` }));
  const papers = data.search.map((hit) => ({ node: toGraphNode(hit.paper), detail: 'Paper' }));
  return [...terms, ...papers];
}

/**
 * A combobox (WAI-ARIA 1.2 pattern) that finds a paper by full-text search or a term by name: type at least two
 * characters, move with the arrow keys, choose with Enter or a click, close with Escape.
 */
export function NodePicker({ label, value, onChange }: { label: string; value: GraphNode | null; onChange: (node: GraphNode) => void }) {
  const id = useId();
  const [text, setText] = useState(value?.label ?? '');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => setText(value?.label ?? ''), [value]);
  useEffect(() => {
    const trimmed = text.trim();
    const timer = window.setTimeout(() => setQuery(trimmed.length >= 2 && trimmed !== value?.label ? trimmed : ''), debounceMs);
    return () => window.clearTimeout(timer);
  }, [text, value]);

  const [{ data, fetching }] = useQuery({
    query: PickNodesDocument,
    variables: { text: query, first: perKind },
    pause: query.length === 0,
  });
  const options = useMemo(() => (data && query ? optionsOf(data, query) : []), [data, query]);
  const expanded = open && query.length > 0 && options.length > 0;

  const choose = (option: Option) => {
    setOpen(false);
    setActive(-1);
    setText(option.node.label);
    onChange(option.node);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current + step + options.length) % options.length);
      }
    } else if (event.key === 'Enter' && expanded && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <p id={`${id}-hint`} className="hint">
        {value ? (
          <>
            Chosen: {kindLabels[value.kind]} “{shortLabel(value.label, 60)}”.{' '}
          </>
        ) : null}
        Type a paper’s words or a term’s name.
      </p>
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`} className="picker-options" hidden={!expanded}>
        {options.map((option, i) => (
          <li
            key={option.node.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`kind-${option.node.kind}`}
            // mousedown, not click: it comes before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            <span className="option-label">{shortLabel(option.node.label, 80)}</span>
            <span className="option-detail">{option.detail}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {fetching ? 'Looking…' : expanded ? `${options.length} suggestions` : ''}
      </p>
    </div>
  );
}
