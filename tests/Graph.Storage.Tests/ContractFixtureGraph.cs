using Graph.Core.Domain;

namespace Graph.Storage.Tests;

/// <summary>
/// A small hand-made graph whose answers can be worked out on paper: twelve papers, fourteen terms (two of them
/// variants: QLoRA of LoRA, Global MMLU of MMLU), one organization and six authors. Papers P06, P09 have no date;
/// P05, P09 no upvotes; P12 has no arXiv id and shares nothing with the rest of the graph but its author.
/// </summary>
/// <remarks>
/// Links by paper (M = method, D = dataset, T = topic, Mo = model):
/// <code>
/// P01 2024-01-15 up 120 ac 2       M lora          D mmlu squad        T qa               Mo llama
/// P02 2024-02-03 up  95 ac 3       M qlora         D mmlu gsm8k        T reasoning        Mo llama
/// P03 2024-02-20 up  40 ac -  Acme                 D global-mmlu       T qa
/// P04 2024-03-05 up  60 ac 4  Acme M dpo           D gsm8k             T reasoning        Mo llama
/// P05 2024-03-18 up   - ac 2       M moe           D squad             T qa               Mo bert
/// P06 -          up  15 ac 1       M lora                              T continual
/// P07 2023-12-01 up   5 ac -                       D mmlu                                 Mo bert
/// P08 2024-01-15 up 120 ac 3  Acme                 D mmlu gsm8k squad  T reasoning qa
/// P09 -          up   - ac -       M lora qlora
/// P10 2023-11-20 up  10 ac 2                                                              Mo bert
/// P11 2024-04-02 up  30 ac 2       M lora          D global-mmlu                          Mo llama
/// P12 2024-05-10 up   0 ac 1       (nothing)
/// </code>
/// Authors: Ada Lovelace (P01 P02 P11), Alan Turing (P01 P06), Grace Hopper (P02 P05), Edsger Dijkstra (P02),
/// Barbara Liskov (P05 P11), Marie Curie (P12). RLHF is a method no paper uses.
/// </remarks>
public static class ContractFixtureGraph
{
    public const string P01 = "arxiv:2401.00001";
    public const string P02 = "arxiv:2401.00002";
    public const string P03 = "arxiv:2401.00003";
    public const string P04 = "arxiv:2401.00004";
    public const string P05 = "arxiv:2401.00005";
    public const string P06 = "arxiv:2401.00006";
    public const string P07 = "arxiv:2401.00007";
    public const string P08 = "arxiv:2401.00008";
    public const string P09 = "arxiv:2401.00009";
    public const string P10 = "arxiv:2401.00010";
    public const string P11 = "arxiv:2401.00011";
    public const string P12Title = "Weather Forecasting with Transformers";

    public const string Lora = "method:lora";
    public const string QLora = "method:qlora";
    public const string Dpo = "method:dpo";
    public const string Moe = "method:mixture-of-experts";
    public const string Rlhf = "method:rlhf";
    public const string Mmlu = "dataset:mmlu";
    public const string GlobalMmlu = "dataset:global-mmlu";
    public const string Squad = "dataset:squad";
    public const string Gsm8k = "dataset:gsm8k";
    public const string QuestionAnswering = "topic:question-answering";
    public const string Reasoning = "topic:reasoning";
    public const string ContinualLearning = "topic:continual-learning";
    public const string Llama = "model:llama";
    public const string Bert = "model:bert";

    public const string AcmeName = "Acme AI";
    public const string Acme = "org:acme-ai";
    public const string AdaLovelace = "author:ada-lovelace";
    public const string AlanTuring = "author:alan-turing";
    public const string GraceHopper = "author:grace-hopper";
    public const string EdsgerDijkstra = "author:edsger-dijkstra";
    public const string BarbaraLiskov = "author:barbara-liskov";
    public const string MarieCurie = "author:marie-curie";

    /// <summary>P12 has no arXiv id, so its id comes from its title.</summary>
    public static readonly string P12 = GraphIds.ForPaper(null, P12Title);

    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new(Lora, EntityKind.Method, "LoRA", ["Low-Rank Adaptation"], null, "Low-rank adapters for fine-tuning."),
        new(QLora, EntityKind.Method, "QLoRA", ["Quantized LoRA"], Lora, null),
        new(Dpo, EntityKind.Method, "DPO", ["Direct Preference Optimization"], null, null),
        new(Moe, EntityKind.Method, "Mixture of Experts", ["MoE"], null, null),
        new(Rlhf, EntityKind.Method, "RLHF", [], null, null),
        new(Mmlu, EntityKind.Dataset, "MMLU", ["Massive Multitask Language Understanding"], null, null),
        new(GlobalMmlu, EntityKind.Dataset, "Global MMLU", [], Mmlu, "MMLU in forty languages."),
        new(Squad, EntityKind.Dataset, "SQuAD", [], null, null),
        new(Gsm8k, EntityKind.Dataset, "GSM8K", [], null, null),
        new(QuestionAnswering, EntityKind.Topic, "question answering", [], null, null),
        new(Reasoning, EntityKind.Topic, "reasoning", [], null, null),
        new(ContinualLearning, EntityKind.Topic, "continual learning", [], null, null),
        new(Llama, EntityKind.Model, "Llama", ["LLaMA"], null, null),
        new(Bert, EntityKind.Model, "BERT", [], null, null),
    ];

    public static IReadOnlyList<PaperGraph> Papers { get; } =
    [
        Build(
            new(P01, "Efficient Fine-Tuning with LoRA",
                "We adapt Llama with low-rank adapters and evaluate on MMLU and SQuAD.",
                new DateOnly(2024, 1, 15), 2, 120, "2401.00001", null, ["Ada Lovelace", "Alan Turing"]),
            [Lora, Mmlu, Squad, QuestionAnswering, Llama]),
        Build(
            new(P02, "QLoRA: Quantized Low-Rank Adapters",
                "Quantized adapters fine-tune Llama on a single GPU; results on MMLU and GSM8K.",
                new DateOnly(2024, 2, 3), 3, 95, "2401.00002", null, ["Grace Hopper", "Ada Lovelace", "Edsger Dijkstra"]),
            [QLora, Mmlu, Gsm8k, Reasoning, Llama],
            [("single GPU", null, null, 0.3, "noun-phrase")]),
        Build(
            new(P03, "Global MMLU: Evaluating Multilingual Knowledge",
                "A multilingual variant of MMLU covering forty languages.",
                new DateOnly(2024, 2, 20), null, 40, "2401.00003", AcmeName, []),
            [GlobalMmlu, QuestionAnswering]),
        Build(
            new(P04, "Direct Preference Optimization at Scale",
                "DPO aligns Llama without a reward model & improves accuracy on <GSM8K>.",
                new DateOnly(2024, 3, 5), 4, 60, "2401.00004", AcmeName, []),
            [Dpo, Gsm8k, Reasoning, Llama]),
        Build(
            new(P05, "Mixture of Experts for Reading Comprehension",
                "Sparse experts on top of BERT answer SQuAD questions.",
                new DateOnly(2024, 3, 18), 2, null, "2401.00005", null, ["Grace Hopper", "Barbara Liskov"]),
            [Moe, Squad, QuestionAnswering, Bert]),
        Build(
            new(P06, "Continual Learning without Forgetting",
                "Adapters let a model keep learning new tasks without forgetting old ones.",
                null, 1, 15, "2401.00006", null, ["Alan Turing"]),
            [Lora, ContinualLearning]),
        Build(
            new(P07, "100% Accuracy with under_score Tricks",
                "A cautionary tale about contamination on MMLU.",
                new DateOnly(2023, 12, 1), null, 5, "2401.00007", null, []),
            [Mmlu, Bert]),
        Build(
            new(P08, "Reasoning Benchmarks Revisited",
                "We re-run MMLU, GSM8K and SQuAD with careful prompts.",
                new DateOnly(2024, 1, 15), 3, 120, "2401.00008", AcmeName, []),
            [Mmlu, Gsm8k, Squad, Reasoning, QuestionAnswering],
            [("careful prompts", null, EntityKind.Method, 0.42, "benchmark-phrase")]),
        Build(
            new(P09, "A Survey of Adapters", "", null, null, null, "2401.00009", null, []),
            [Lora, QLora]),
        Build(
            new(P10, "probing BERT Representations",
                "Probing classifiers reveal what BERT encodes.",
                new DateOnly(2023, 11, 20), 2, 10, "2401.00010", null, []),
            [Bert]),
        Build(
            new(P11, "Multilingual LoRA on Global MMLU",
                "Low-rank adapters transfer across languages on Global MMLU.",
                new DateOnly(2024, 4, 2), 2, 30, "2401.00011", null, ["Ada Lovelace", "Barbara Liskov"]),
            [Lora, GlobalMmlu, Llama]),
        Build(
            new(P12, P12Title, "An unrelated paper about weather.",
                new DateOnly(2024, 5, 10), 1, 0, null, null, ["Marie Curie"]),
            []),
    ];

    public static GraphBatch Batch { get; } = new(Entities, Papers);

    public static IReadOnlyList<string> AllPaperIds { get; } =
        [P01, P02, P03, P04, P05, P06, P07, P08, P09, P10, P11, P12];

    public static Entity Entity(string id) => Entities.Single(e => e.Id == id);

    public static PaperGraph Paper(string id) => Papers.Single(p => p.Paper.Id == id);

    /// <summary>
    /// A paper that is not in the fixture, linked without evidence to the given terms, which need not exist: the
    /// kind of each link is read from its id's prefix.
    /// </summary>
    public static PaperGraph NewPaper(string id, string title, params string[] entityIds) => new(
        new(id, title, "", new DateOnly(2025, 1, 1), 1, 1, null, null, []),
        entityIds.Select(e => new Mention(id, e, Enum.Parse<EntityKind>(e[..e.IndexOf(':', StringComparison.Ordinal)], ignoreCase: true), [])).ToList(),
        []);

    private static PaperGraph Build(
        Paper paper,
        string[] entityIds,
        (string Name, string? Abbreviation, EntityKind? Kind, double Confidence, string Pattern)[]? candidates = null)
    {
        var mentions = entityIds
            .Select(id => Entities.Single(e => e.Id == id))
            .Select(e => new Mention(paper.Id, e.Id, e.Kind, FindSpans(paper, e.Aliases.Prepend(e.Name))))
            .ToList();
        var proposed = (candidates ?? [])
            .Select(c => new CandidateTerm(
                c.Name, c.Abbreviation, c.Kind, c.Confidence, c.Pattern, paper.Id, FindSpans(paper, [c.Name])[0]))
            .ToList();
        return new PaperGraph(paper, mentions, proposed);
    }

    /// <summary>Every place the names occur in the title, then the abstract, ignoring case.</summary>
    private static List<Evidence> FindSpans(Paper paper, IEnumerable<string> names)
    {
        var spans = new List<Evidence>();
        foreach (var (field, text) in new[] { (TextField.Title, paper.Title), (TextField.Abstract, paper.Abstract) })
        {
            foreach (var name in names)
            {
                for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
                     at >= 0;
                     at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
                {
                    spans.Add(new Evidence(field, at, at + name.Length, text.Substring(at, name.Length)));
                }
            }
        }

        return spans.DistinctBy(s => (s.Field, s.Start, s.End)).OrderBy(s => s.Field).ThenBy(s => s.Start).ToList();
    }
}
