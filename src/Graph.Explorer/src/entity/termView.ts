import type {
  DatasetPageQuery,
  MethodPageQuery,
  ModelPageQuery,
  MonthlyCountsFragment,
  TermPaperPageFragment,
  TopicPageQuery,
} from '../gql/graphql';
import type { TermKind } from '../app/routes';

/** One list of co-occurring terms on an entity page. */
export interface RelatedTerms {
  readonly heading: string;
  readonly kind: TermKind;
  readonly items: readonly { readonly name: string; readonly papers: number }[];
}

/** What an entity page shows, the same for every kind of term. */
export interface TermView {
  readonly id: string;
  readonly kind: TermKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly paperCount: number;
  readonly parent: string | null;
  readonly variants: readonly string[];
  readonly trend: readonly MonthlyCountsFragment[];
  readonly related: readonly RelatedTerms[];
  readonly papers: TermPaperPageFragment;
}

type Method = NonNullable<MethodPageQuery['method']>;
type Dataset = NonNullable<DatasetPageQuery['dataset']>;
type Topic = NonNullable<TopicPageQuery['topic']>;
type Model = NonNullable<ModelPageQuery['model']>;

function common(kind: TermKind, term: Method | Dataset | Topic | Model) {
  return {
    id: term.id,
    kind,
    name: term.name,
    aliases: term.aliases,
    description: term.description,
    paperCount: term.paperCount,
    parent: term.parent?.name ?? null,
    variants: term.variants.map((v) => v.name),
    trend: term.trend,
    papers: term.papers,
  };
}

const methods = (items: readonly { method: { name: string }; papers: number }[]) =>
  items.map((i) => ({ name: i.method.name, papers: i.papers }));
const datasets = (items: readonly { dataset: { name: string }; papers: number }[]) =>
  items.map((i) => ({ name: i.dataset.name, papers: i.papers }));

export function methodView(m: Method): TermView {
  return {
    ...common('method', m),
    related: [
      { heading: 'Methods used with it', kind: 'method', items: methods(m.coUsedMethods) },
      { heading: 'Datasets it is evaluated on', kind: 'dataset', items: datasets(m.datasets) },
    ],
  };
}

export function datasetView(d: Dataset): TermView {
  return {
    ...common('dataset', d),
    related: [
      { heading: 'Methods evaluated on it', kind: 'method', items: methods(d.methods) },
      { heading: 'Datasets evaluated with it', kind: 'dataset', items: datasets(d.coEvaluatedDatasets) },
    ],
  };
}

export function topicView(t: Topic): TermView {
  return {
    ...common('topic', t),
    related: [
      { heading: 'Methods of its papers', kind: 'method', items: methods(t.methods) },
      { heading: 'Datasets of its papers', kind: 'dataset', items: datasets(t.datasets) },
    ],
  };
}

export function modelView(m: Model): TermView {
  return {
    ...common('model', m),
    related: [
      { heading: 'Methods used with it', kind: 'method', items: methods(m.methods) },
      { heading: 'Datasets it is evaluated on', kind: 'dataset', items: datasets(m.datasets) },
    ],
  };
}
