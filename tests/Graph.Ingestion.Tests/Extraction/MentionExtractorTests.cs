using Graph.Core.Domain;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Vocabulary;

namespace Graph.Ingestion.Tests.Extraction;

public class MentionExtractorTests
{
    private static readonly MentionExtractor Extractor = new(new TermVocabulary(
    [
        .. VocabularyLoader.Load(EntityKind.Method, """
            terms:
              - name: Parameter-Efficient Fine-Tuning
                aliases: [PEFT]
              - name: LoRA
                aliases: [Low-Rank Adaptation]
                parent: Parameter-Efficient Fine-Tuning
              - name: QLoRA
                parent: LoRA
              - name: Mixture of Experts
                aliases: [MoE]
              - name: Model Soups
              - name: Knowledge Distillation
              - name: Experience Replay
                aliases: [replay]
              - name: Soft Actor-Critic
                aliases: [SAC]
              - name: Supervised Fine-Tuning
                aliases: [SFT]
              - name: Adam
                contexts: [optimizer]
            """, "methods.yaml"),
        .. VocabularyLoader.Load(EntityKind.Dataset, """
            terms:
              - name: MMLU
              - name: Global MMLU
                parent: MMLU
              - name: SQuAD
            """, "datasets.yaml"),
        .. VocabularyLoader.Load(EntityKind.Model, """
            terms:
              - name: Llama 3
                aliases: [LLaMA 3]
            """, "models.yaml"),
        .. VocabularyLoader.Load(EntityKind.Topic, """
            terms:
              - name: Continual Learning
                cues: [catastrophic forgetting]
            """, "topics.yaml"),
    ],
    ["Large Language Model", "LLM"]));

    private static ExtractionResult Extract(string @abstract, string title = "A title") =>
        Extractor.Extract("title:1", title, @abstract);

    private static List<string> Linked(ExtractionResult result) => result.Mentions.Select(m => m.EntityId).ToList();

    [Fact]
    public void Extract_AliasAndName_LinkOnceWithEveryEvidenceSpan()
    {
        const string text = "We use Low-Rank Adaptation (LoRA). LoRA is cheap.";

        var mention = Assert.Single(Extract(text).Mentions);

        Assert.Equal("method:lora", mention.EntityId);
        Assert.Equal(EntityKind.Method, mention.Kind);
        Assert.Equal(["Low-Rank Adaptation", "LoRA", "LoRA"], mention.Evidence.Select(e => e.Text));
        Assert.All(mention.Evidence, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        Assert.All(mention.Evidence, e => Assert.Equal(TextField.Abstract, e.Field));
    }

    [Fact]
    public void Extract_MentionInTitle_RecordsTitleField()
    {
        var mention = Assert.Single(Extract("Nothing here.", title: "Scaling Model Soups").Mentions);

        Assert.Equal(new Evidence(TextField.Title, 8, 19, "Model Soups"), mention.Evidence.Single());
    }

    [Theory]
    [InlineData("a Mixture-of-Experts layer")]
    [InlineData("a mixture of experts layer")]
    [InlineData("a Mixture–of–Experts layer")]
    [InlineData("sparse MoE layers")]
    public void Extract_SeparatorCaseAndPluralVariants_Match(string text) =>
        Assert.Equal(["method:mixture-of-experts"], Linked(Extract(text)));

    [Theory]
    [InlineData("we train with lora")]
    [InlineData("the moe of the story")]
    [InlineData("a fragment of text")]
    [InlineData("MMLUX is not MMLU-like")]
    public void Extract_AcronymInWrongCaseOrInsideWord_DoesNotMatch(string text) =>
        Assert.DoesNotContain("method:lora", Linked(Extract(text)));

    [Fact]
    public void Extract_AcronymInsideLongerWord_DoesNotMatch() =>
        Assert.Empty(Extract("a MMLUX score and xSQuAD").Mentions);

    [Fact]
    public void Extract_LongestMatch_PrefersVariant()
    {
        var result = Extract("Results on Global MMLU and QLoRA.");

        Assert.Equal(["dataset:global-mmlu", "method:qlora"], Linked(result));
    }

    [Theory]
    [InlineData("we fine-tune Llama 3 models")]
    [InlineData("we fine-tune Llama3 models")]
    [InlineData("we fine-tune Llama-3 models")]
    [InlineData("we fine-tune LLaMA3 models")]
    public void Extract_LetterDigitSeparator_IsOptional(string text) =>
        Assert.Equal(["model:llama-3"], Linked(Extract(text)));

    [Theory]
    [InlineData("Towards Replay-Free Continual Learning")]
    [InlineData("our framework works without relying on external knowledge distillation")]
    [InlineData("a variant w/o LoRA performs worse")]
    [InlineData("compared with non-MoE baselines")]
    [InlineData("this eliminates the need for supervised fine-tuning")]
    public void Extract_NegatedMention_IsNotLinkedButRecorded(string text)
    {
        var result = Extract(text);

        Assert.DoesNotContain(result.Mentions, m => m.Kind == EntityKind.Method);
        Assert.NotEmpty(result.Negated);
    }

    [Fact]
    public void Extract_NegationInEarlierClause_DoesNotCarryOver()
    {
        var result = Extract("It runs without retraining, but we apply knowledge distillation to compress it.");

        Assert.Contains("method:knowledge-distillation", Linked(result));
    }

    [Fact]
    public void Extract_ContextTerm_NeedsItsContextWord()
    {
        Assert.Empty(Extract("Adam and Eve walked.").Mentions);
        Assert.Equal(["method:adam"], Linked(Extract("trained with the Adam optimizer")));
    }

    [Fact]
    public void Extract_TopicCue_AssignsTopic()
    {
        var mention = Assert.Single(Extract("This mitigates catastrophic forgetting.").Mentions);

        Assert.Equal("topic:continual-learning", mention.EntityId);
        Assert.Equal("catastrophic forgetting", mention.Evidence.Single().Text);
    }

    [Fact]
    public void Extract_AcronymDefinedLocallyForSomethingElse_IsNotLinked()
    {
        var result = Extract("We propose Sparse Attention Compression (SAC). SAC halves memory.");

        Assert.DoesNotContain("method:soft-actor-critic", Linked(result));
        var candidate = Assert.Single(result.Candidates);
        Assert.Equal("Sparse Attention Compression", candidate.Name);
        Assert.Equal("SAC", candidate.Abbreviation);
        Assert.Equal("abbreviation", candidate.Pattern);
        Assert.True(candidate.Confidence >= 0.9);
    }

    [Fact]
    public void Extract_AcronymDefinedAsTheVocabularyTerm_IsLinkedAndNotACandidate()
    {
        var result = Extract("We compare with Soft Actor-Critic (SAC). SAC is strong.");

        Assert.Equal(["method:soft-actor-critic"], Linked(result));
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Extract_UnknownAbbreviationDefinition_ProposesCandidateWithKind()
    {
        var result = Extract("Reinforcement Learning with Verifiable Rewards (RLVR) has proven effective.");

        var candidate = Assert.Single(result.Candidates);
        Assert.Equal("Reinforcement Learning with Verifiable Rewards", candidate.Name);
        Assert.Equal("RLVR", candidate.Abbreviation);
        Assert.Equal(EntityKind.Method, candidate.SuggestedKind);
        Assert.Equal("Reinforcement Learning with Verifiable Rewards (RLVR)", candidate.Evidence.Text);
    }

    [Fact]
    public void Extract_IgnoredGenericAbbreviation_IsNoCandidate() =>
        Assert.Empty(Extract("Large Language Models (LLMs) are everywhere.").Candidates);

    [Fact]
    public void Extract_BenchmarkPhrase_ProposesDatasetCandidate()
    {
        var result = Extract("with only a 0.6% drop in the SIMPLER benchmark.");

        var candidate = Assert.Single(result.Candidates);
        Assert.Equal("SIMPLER", candidate.Name);
        Assert.Equal(EntityKind.Dataset, candidate.SuggestedKind);
        Assert.Equal("benchmark-phrase", candidate.Pattern);
    }

    [Fact]
    public void Extract_BenchmarkPhraseOfKnownTerm_IsNoCandidate() =>
        Assert.Empty(Extract("on the MMLU benchmark and the SQuAD dataset").Candidates);

    [Fact]
    public void Extract_ParentheticalList_DefinesNothing()
    {
        var result = Extract("methods that train multiple models (SQuAD, MMLU) quickly");

        Assert.Empty(result.Candidates);
        Assert.Equal(["dataset:mmlu", "dataset:squad"], Linked(result));
    }
}
