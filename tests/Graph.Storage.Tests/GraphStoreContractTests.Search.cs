using Graph.Core;
using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    private async Task<List<string>> SearchIdsAsync(string text, int first = 20)
    {
        var hits = await Store.SearchAsync(text, first, Ct);
        Assert.All(hits, hit => Assert.True(hit.Rank > 0, $"Rank {hit.Rank} is not positive."));
        Assert.Equal(hits.Select(h => h.Rank).OrderDescending(), hits.Select(h => h.Rank));
        return hits.Select(h => h.Paper.Id).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task SearchAsync_Word_FindsPapersWithTheWordInTitleOrAbstract()
    {
        Assert.Equal([P01, P11], await SearchIdsAsync("lora"));
        Assert.Equal([P01, P02, P03, P07, P08, P11], await SearchIdsAsync("MMLU"));
        Assert.Equal([P01, P02, P06, P09, P11], await SearchIdsAsync("adapters"));
    }

    [Fact]
    public async Task SearchAsync_SeveralWords_RequiresAllOfThem()
    {
        Assert.Equal([P01, P02], await SearchIdsAsync("llama mmlu"));
    }

    [Fact]
    public async Task SearchAsync_TitleMatch_RanksAboveAbstractOnlyMatches()
    {
        var hits = await Store.SearchAsync("mmlu", 20, Ct);

        Assert.Equal([P03, P11], hits.Take(2).Select(h => h.Paper.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Json(Paper(P07).Paper), Json(hits.Single(h => h.Paper.Id == P07).Paper));
    }

    [Fact]
    public async Task SearchAsync_First_LimitsTheHits()
    {
        Assert.Single(await Store.SearchAsync("mmlu", 1, Ct));
        Assert.Empty(await Store.SearchAsync("mmlu", 0, Ct));
    }

    [Fact]
    public async Task SearchAsync_Snippet_EscapesHtmlAndMarksMatches()
    {
        var hit = (await Store.SearchAsync("gsm8k", 20, Ct)).Single(h => h.Paper.Id == P04);

        Assert.Contains("&lt;<mark>GSM8K</mark>&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<GSM8K>", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(" & ", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_TitleSnippet_MarksEveryMatchedWord()
    {
        var hit = (await Store.SearchAsync("lora", 20, Ct)).Single(h => h.Paper.Id == P01);

        Assert.Equal("Efficient Fine-Tuning with <mark>LoRA</mark>", hit.Snippet);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"lora")]
    [InlineData("(")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData(":")]
    [InlineData("title:lora")]
    [InlineData("NEAR(lora mmlu)")]
    [InlineData("lora OR")]
    [InlineData("NOT")]
    [InlineData("^lora")]
    [InlineData("'; DROP TABLE papers; --")]
    [InlineData("{title abstract}: lora")]
    public async Task SearchAsync_QuerySyntaxInTheText_NeverFails(string text)
    {
        var hits = await Store.SearchAsync(text, 20, Ct);

        Assert.NotNull(hits);
    }

    [Theory]
    [InlineData("\"lora\"")]
    [InlineData("lora*")]
    [InlineData("-lora")]
    [InlineData("+lora+")]
    public async Task SearchAsync_OperatorsAroundAWord_SearchForTheWord(string text)
    {
        Assert.Equal([P01, P11], await SearchIdsAsync(text));
    }

    [Fact]
    public async Task SearchAsync_OperatorWords_AreSearchedAsWords()
    {
        Assert.Equal([P01, P02, P08], await SearchIdsAsync("AND"));
        Assert.Equal([P01], await SearchIdsAsync("\"lora\" AND -*:"));
    }

    [Fact]
    public async Task SearchAsync_OnlyPunctuation_FindsNothing()
    {
        Assert.Empty(await Store.SearchAsync("\" * - :", 20, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task SearchAsync_EmptyText_RaisesInvalidArgument(string text)
    {
        await AssertQueryErrorAsync(ErrorCodes.InvalidArgument, () => Store.SearchAsync(text, 10, Ct));
    }

    [Fact]
    public async Task SearchAsync_TooManyHits_RaisesPageSizeExceeded()
    {
        await AssertQueryErrorAsync(ErrorCodes.PageSizeExceeded, () => Store.SearchAsync("lora", 101, Ct));
    }
}
