namespace Graph.Ingestion.Synthesis;

/// <summary>
/// The prose of synthetic abstracts: templates that name a term, and filler sentences that name none (a test
/// checks that extraction finds nothing in the filler), so every link in a synthetic paper is intended.
/// </summary>
internal static class SentenceBank
{
    public static readonly string[] MethodTemplates =
    [
        "We build on {0} and show that it scales to larger settings.",
        "Our approach combines {0} with a simple scheduling heuristic.",
        "Compared with {0}, the proposed procedure converges faster.",
        "We revisit {0} and identify the factors that matter most.",
        "A lightweight variant of {0} recovers most of the gains at a fraction of the cost.",
    ];

    public static readonly string[] DatasetTemplates =
    [
        "Experiments on {0} confirm the improvements.",
        "We report results on {0}, where the method sets a new state of the art.",
        "On {0}, accuracy improves by several points.",
        "Evaluation on {0} shows consistent gains across model sizes.",
    ];

    public static readonly string[] ModelTemplates =
    [
        "We apply the recipe to {0}.",
        "Starting from {0}, we study how the behaviour changes.",
    ];

    public static readonly string[] TopicTemplates =
    [
        "This work addresses {0}.",
        "We study {0} in a realistic setting.",
    ];

    public static readonly string[] Filler =
    [
        "Recent progress has raised new questions about efficiency and reliability.",
        "However, existing approaches often require careful tuning and substantial compute.",
        "We analyse the trade-offs between quality, cost and simplicity in detail.",
        "Our analysis reveals that a small number of design choices explains most of the variance.",
        "The results hold across a wide range of settings and hyperparameters.",
        "We further provide an ablation of each component.",
        "These findings suggest practical guidelines for practitioners.",
        "Code and data will be released to support future research.",
        "We also discuss limitations and directions for future work.",
        "The method is simple to implement and adds little overhead.",
        "Extensive experiments support these claims.",
        "Finally, we examine failure cases and their causes.",
    ];

    public static readonly string[] TitleOpeners =
    [
        "Rethinking", "Scaling", "Understanding", "Improving", "Revisiting", "Towards", "Efficient", "Robust",
    ];
}
