namespace Graph.Core.Domain;

/// <summary>The kinds of vocabulary terms that papers link to.</summary>
public enum EntityKind
{
    /// <summary>A technique or algorithm (LoRA, Mixture of Experts, DPO).</summary>
    Method,

    /// <summary>A dataset or benchmark a paper trains or evaluates on (MMLU, SQuAD).</summary>
    Dataset,

    /// <summary>A research area assigned from cue phrases (continual learning).</summary>
    Topic,

    /// <summary>A named pretrained model or model family (Llama, BERT, CLIP).</summary>
    Model,
}
