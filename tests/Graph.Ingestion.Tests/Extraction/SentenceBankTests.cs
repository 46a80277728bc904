using Graph.Ingestion.Extraction;
using Graph.Ingestion.Synthesis;
using Graph.Ingestion.Vocabulary;

namespace Graph.Ingestion.Tests.Extraction;

public class SentenceBankTests
{
    [Fact]
    public void Filler_NamesNoTermOfTheBundledVocabulary()
    {
        var extractor = new MentionExtractor(VocabularyLoader.LoadBundled());
        var prose = string.Join(" ", SentenceBank.Filler.Concat(SentenceBank.TitleOpeners)
            .Concat(SentenceBank.MethodTemplates).Concat(SentenceBank.DatasetTemplates)
            .Concat(SentenceBank.ModelTemplates).Concat(SentenceBank.TopicTemplates)).Replace("{0}", "x", StringComparison.Ordinal);

        var result = extractor.Extract("title:0", "Title", prose);

        Assert.Empty(result.Mentions);
    }
}
