import { useEffect, useId, useState, type FormEvent } from 'react';
import { useRouter } from '../app/router';
import { searchHref } from '../app/routes';

/** The full-text search box; searching starts afresh, without the previous search's filters. */
export function SearchForm({ initial = '' }: { initial?: string }) {
  const { navigate } = useRouter();
  const [text, setText] = useState(initial);
  const id = useId();
  useEffect(() => setText(initial), [initial]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed.length > 0) {
      navigate(searchHref(trimmed));
    }
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor={id}>Search titles and abstracts</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          name="q"
          value={text}
          maxLength={500}
          required
          placeholder="e.g. retrieval, continual learning, LoRA"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
