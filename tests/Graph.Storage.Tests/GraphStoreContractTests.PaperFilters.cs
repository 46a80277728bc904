using static Graph.Storage.Tests.ContractFixtureGraph;

namespace Graph.Storage.Tests;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task ListPapersAsync_TitleEq_IsExactAndCaseSensitive()
    {
        Assert.Equal([P08], await MatchingAsync(new() { Title = new() { Eq = "Reasoning Benchmarks Revisited" } }));
        Assert.Empty(await MatchingAsync(new() { Title = new() { Eq = "reasoning benchmarks revisited" } }));
    }

    [Fact]
    public async Task ListPapersAsync_TitleNeq_KeepsEveryOtherPaper()
    {
        var ids = await MatchingAsync(new() { Title = new() { Neq = "Reasoning Benchmarks Revisited" } });

        Assert.Equal(AllPaperIds.Where(id => id != P08).Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task ListPapersAsync_IdInAndNin_KeepListedOrUnlistedPapers()
    {
        Assert.Equal([P01, P03], await MatchingAsync(new() { Id = new() { In = [P03, "arxiv:0000.00000", P01] } }));
        Assert.Equal(
            Sorted(P11, P12),
            await MatchingAsync(new() { Id = new() { Nin = [P01, P02, P03, P04, P05, P06, P07, P08, P09, P10] } }));
        Assert.Empty(await MatchingAsync(new() { Id = new() { In = [] } }));
    }

    [Fact]
    public async Task ListPapersAsync_TitleContains_IgnoresCase()
    {
        Assert.Equal([P01, P02, P11], await MatchingAsync(new() { Title = new() { Contains = "lora" } }));
        Assert.Equal([P01, P02, P11], await MatchingAsync(new() { Title = new() { Contains = "LORA" } }));
    }

    [Fact]
    public async Task ListPapersAsync_TitleStartsWith_IgnoresCaseAndAnchorsAtTheStart()
    {
        Assert.Equal([P05, P11], await MatchingAsync(new() { Title = new() { StartsWith = "m" } }));
        Assert.Equal([P10], await MatchingAsync(new() { Title = new() { StartsWith = "PROBING" } }));
        Assert.Empty(await MatchingAsync(new() { Title = new() { StartsWith = "Global MMLU:x" } }));
    }

    [Theory]
    [InlineData("0%")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("under_score")]
    public async Task ListPapersAsync_ContainsWildcardCharacters_MatchesThemLiterally(string text)
    {
        Assert.Equal([P07], await MatchingAsync(new() { Title = new() { Contains = text } }));
    }

    [Theory]
    [InlineData("_")]
    [InlineData("%")]
    [InlineData(@"\")]
    [InlineData(@"\%")]
    public async Task ListPapersAsync_StartsWithWildcardCharacters_MatchesNothing(string text)
    {
        Assert.Empty(await MatchingAsync(new() { Title = new() { StartsWith = text } }));
    }

    [Fact]
    public async Task ListPapersAsync_OrganizationFilters_TreatMissingOrganizationAsSatisfyingOnlyNeqAndNin()
    {
        var acme = Sorted(P03, P04, P08);
        var others = AllPaperIds.Except(acme).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(acme, await MatchingAsync(new() { Organization = new() { Eq = AcmeName } }));
        Assert.Equal(acme, await MatchingAsync(new() { Organization = new() { In = [AcmeName] } }));
        Assert.Equal(acme, await MatchingAsync(new() { Organization = new() { Contains = "acme" } }));
        Assert.Equal(others, await MatchingAsync(new() { Organization = new() { Neq = AcmeName } }));
        Assert.Equal(others, await MatchingAsync(new() { Organization = new() { Nin = [AcmeName] } }));
    }

    [Fact]
    public async Task ListPapersAsync_ArxivIdFilters_TreatMissingIdAsSatisfyingOnlyNeq()
    {
        Assert.Equal([P04], await MatchingAsync(new() { ArxivId = new() { Eq = "2401.00004" } }));
        Assert.Equal([P10, P11], await MatchingAsync(new() { ArxivId = new() { StartsWith = "2401.0001" } }));
        Assert.Equal(11, (await MatchingAsync(new() { ArxivId = new() { Neq = "2401.00004" } })).Count);
        Assert.Contains(P12, await MatchingAsync(new() { ArxivId = new() { Neq = "2401.00004" } }));
    }

    [Fact]
    public async Task ListPapersAsync_AbstractContains_SearchesTheAbstract()
    {
        Assert.Equal([P04], await MatchingAsync(new() { Abstract = new() { Contains = "& improves" } }));
    }

    [Fact]
    public async Task ListPapersAsync_PublishedOnRange_KeepsPapersInTheRangeAndNoUndatedOnes()
    {
        var ids = await MatchingAsync(new()
        {
            PublishedOn = new() { Gte = new DateOnly(2024, 2, 1), Lt = new DateOnly(2024, 4, 1) },
        });

        Assert.Equal([P02, P03, P04, P05], ids);
        Assert.Equal([P11, P12], await MatchingAsync(new() { PublishedOn = new() { Gt = new DateOnly(2024, 4, 1) } }));
        Assert.Equal([P07, P10], await MatchingAsync(new() { PublishedOn = new() { Lte = new DateOnly(2023, 12, 1) } }));
    }

    [Fact]
    public async Task ListPapersAsync_PublishedOnEquality_TreatsMissingDateAsSatisfyingOnlyNeqAndNin()
    {
        var day = new DateOnly(2024, 1, 15);
        var others = AllPaperIds.Except([P01, P08]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([P01, P08], await MatchingAsync(new() { PublishedOn = new() { Eq = day } }));
        Assert.Equal([P01, P07, P08], await MatchingAsync(new() { PublishedOn = new() { In = [day, new DateOnly(2023, 12, 1)] } }));
        Assert.Equal(others, await MatchingAsync(new() { PublishedOn = new() { Neq = day } }));
        Assert.Equal(others, await MatchingAsync(new() { PublishedOn = new() { Nin = [day] } }));
    }

    [Fact]
    public async Task ListPapersAsync_UpvotesComparisons_LeaveOutPapersWithoutUpvotes()
    {
        Assert.Equal([P01, P02, P04, P08], await MatchingAsync(new() { Upvotes = new() { Gt = 50 } }));
        Assert.Equal([P07, P10, P12], await MatchingAsync(new() { Upvotes = new() { Lte = 10 } }));
        Assert.Equal([P07, P12], await MatchingAsync(new() { Upvotes = new() { In = [0, 5] } }));
        Assert.Equal([P01, P08], await MatchingAsync(new() { Upvotes = new() { Eq = 120 } }));
        Assert.Equal([P06], await MatchingAsync(new() { Upvotes = new() { Gte = 15, Lt = 30 } }));
        Assert.Equal(10, (await MatchingAsync(new() { Upvotes = new() { Lt = 1000 } })).Count);
        Assert.DoesNotContain(P05, await MatchingAsync(new() { Upvotes = new() { Lt = 1000 } }));
    }

    [Fact]
    public async Task ListPapersAsync_UpvotesNeqAndNin_KeepPapersWithoutUpvotes()
    {
        var expected = AllPaperIds.Except([P01, P08]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, await MatchingAsync(new() { Upvotes = new() { Neq = 120 } }));
        Assert.Equal(expected, await MatchingAsync(new() { Upvotes = new() { Nin = [120] } }));
        Assert.Contains(P09, expected);
    }

    [Fact]
    public async Task ListPapersAsync_AuthorCountFilters_CompareTheListedCount()
    {
        Assert.Equal([P02, P04, P08], await MatchingAsync(new() { AuthorCount = new() { Gte = 3 } }));
        Assert.Equal([P06, P12], await MatchingAsync(new() { AuthorCount = new() { Lt = 2 } }));
        Assert.Equal(
            Sorted(P02, P03, P04, P06, P07, P08, P09, P12),
            await MatchingAsync(new() { AuthorCount = new() { Neq = 2 } }));
    }

    [Fact]
    public async Task ListPapersAsync_SeveralFieldsSet_AllMustHold()
    {
        var ids = await MatchingAsync(new() { Title = new() { Contains = "lora" }, Upvotes = new() { Gt = 100 } });

        Assert.Equal([P01], ids);
    }

    [Fact]
    public async Task ListPapersAsync_And_KeepsPapersMatchingEveryFilter()
    {
        var ids = await MatchingAsync(new()
        {
            And =
            [
                new() { Upvotes = new() { Gt = 50 } },
                new() { Datasets = new() { Some = new() { Id = new() { Eq = Gsm8k } } } },
            ],
        });

        Assert.Equal([P02, P04, P08], ids);
    }

    [Fact]
    public async Task ListPapersAsync_Or_KeepsPapersMatchingAnyFilter()
    {
        var ids = await MatchingAsync(new()
        {
            Or = [new() { Title = new() { Contains = "lora" } }, new() { Organization = new() { Eq = AcmeName } }],
        });

        Assert.Equal([P01, P02, P03, P04, P08, P11], ids);
    }

    [Fact]
    public async Task ListPapersAsync_OrNestedInAnd_CombinesBoth()
    {
        var ids = await MatchingAsync(new()
        {
            And =
            [
                new() { Or = [new() { Upvotes = new() { Lt = 20 } }, new() { Upvotes = new() { Gte = 100 } }] },
                new() { PublishedOn = new() { Lt = new DateOnly(2024, 2, 1) } },
            ],
        });

        Assert.Equal([P01, P07, P08, P10], ids);
    }

    [Fact]
    public async Task ListPapersAsync_EmptyAndOrEmptyOr_AllowEverythingOrNothing()
    {
        Assert.Equal(12, (await MatchingAsync(new() { And = [] })).Count);
        Assert.Empty(await MatchingAsync(new() { Or = [] }));
    }

    [Fact]
    public async Task ListPapersAsync_MethodsSome_KeepsPapersWithAMatchingMethod()
    {
        Assert.Equal([P01, P06, P09, P11], await MatchingAsync(new() { Methods = new() { Some = new() { Name = new() { Eq = "LoRA" } } } }));
        Assert.Equal([P02, P09], await MatchingAsync(new() { Methods = new() { Some = new() { Name = new() { StartsWith = "q" } } } }));
    }

    [Fact]
    public async Task ListPapersAsync_MethodsAll_KeepsPapersWhoseEveryMethodMatchesIncludingPapersWithNone()
    {
        var ids = await MatchingAsync(new() { Methods = new() { All = new() { Id = new() { In = [Lora, QLora] } } } });

        Assert.Equal(AllPaperIds.Except([P04, P05]).Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task ListPapersAsync_MethodsNone_KeepsPapersWithoutAMatchingMethod()
    {
        var ids = await MatchingAsync(new() { Methods = new() { None = new() { Id = new() { Eq = Lora } } } });

        Assert.Equal(Sorted(P02, P03, P04, P05, P07, P08, P10, P12), ids);
    }

    [Fact]
    public async Task ListPapersAsync_MethodsAny_SplitsPapersWithAndWithoutMethods()
    {
        Assert.Equal([P01, P02, P04, P05, P06, P09, P11], await MatchingAsync(new() { Methods = new() { Any = true } }));
        Assert.Equal(Sorted(P03, P07, P08, P10, P12), await MatchingAsync(new() { Methods = new() { Any = false } }));
    }

    [Fact]
    public async Task ListPapersAsync_DatasetsSomeByPaperCount_ComparesTheNumberOfLinkedPapers()
    {
        var ids = await MatchingAsync(new() { Datasets = new() { Some = new() { PaperCount = new() { Gte = 4 } } } });

        Assert.Equal([P01, P02, P07, P08], ids);
    }

    [Fact]
    public async Task ListPapersAsync_DatasetsAllWithAny_KeepsPapersOnlyOnMatchingDatasets()
    {
        var ids = await MatchingAsync(new()
        {
            Datasets = new() { All = new() { Name = new() { Contains = "mmlu" } }, Any = true },
        });

        Assert.Equal([P03, P07, P11], ids);
    }

    [Fact]
    public async Task ListPapersAsync_TopicsAndModels_FilterOverTheirOwnKind()
    {
        Assert.Equal([P02, P04, P08], await MatchingAsync(new() { Topics = new() { Some = new() { Name = new() { Eq = "reasoning" } } } }));
        Assert.Equal(
            [P05, P07, P10],
            await MatchingAsync(new() { Models = new() { Any = true, None = new() { Name = new() { Eq = "Llama" } } } }));

        // LoRA is a method: no paper links to it as a model.
        Assert.Empty(await MatchingAsync(new() { Models = new() { Some = new() { Id = new() { Eq = Lora } } } }));
    }

    [Fact]
    public async Task ListPapersAsync_ListFilterInsideOr_CombinesWithOtherConditions()
    {
        var ids = await MatchingAsync(new()
        {
            Or =
            [
                new() { Methods = new() { Some = new() { Or = [new() { Id = new() { Eq = Dpo } }, new() { Name = new() { Eq = "MoE" } }] } } },
                new() { Topics = new() { Some = new() { Id = new() { Eq = ContinualLearning } } } },
            ],
        });

        Assert.Equal([P04, P06], ids);
    }

    [Fact]
    public async Task CountPapersAsync_NoFilter_CountsEveryPaper()
    {
        Assert.Equal(12, await Store.CountPapersAsync(where: null, Ct));
    }

    [Fact]
    public async Task ListPapersAsync_FilterValueLooksLikeSql_IsTreatedAsText()
    {
        Assert.Empty(await MatchingAsync(new() { Title = new() { Eq = "' OR 1=1 --" } }));
        Assert.Empty(await MatchingAsync(new() { Title = new() { Contains = "' OR '1'='1" } }));
        Assert.Equal(12, (await MatchingAsync(new() { Title = new() { Neq = "x'); DROP TABLE papers; --" } })).Count);
    }
}
