using FluentValidation;
using Graph.Api.Curation.Inputs;
using Graph.Api.Curation.Validation;
using Graph.Api.GraphQL;
using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;
using Graph.Core.Storage;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;
using Graph.Ingestion.Vocabulary;

namespace Graph.Api.Curation;

/// <summary>
/// Curation as the API offers it: validate the input (FluentValidation), run extraction where text changes, and
/// apply one atomic change to the store with its audit record. Invalid input writes nothing.
/// </summary>
public sealed class GraphCurator(IGraphStore store, ExtractorProvider extractors, IServiceProvider services, TimeProvider clock)
{
    /// <summary>The most papers one <c>ingest</c> call takes; larger listings go through <c>graph ingest</c>.</summary>
    public const int MaxIngestPapers = 1_000;

    public async Task<CurationResult<Paper>> AddPaperAsync(AddPaperInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<Paper>([.. invalid]);
        }

        var arxivId = input.ArxivId ?? (input.Url is null ? null : ValidationRules.ArxivIdOf(new Uri(input.Url)));
        var authors = input.Authors?.Select(a => a.Trim()).ToList() ?? [];
        var paper = new Paper(
            GraphIds.ForPaper(arxivId, input.Title), input.Title.Trim(), input.Abstract?.Trim() ?? string.Empty, input.PublishedOn,
            input.AuthorCount ?? (authors.Count > 0 ? authors.Count : null), input.Upvotes, arxivId, input.Organization?.Trim(), authors);
        if ((await store.GetPapersAsync([paper.Id], cancellationToken)).Count > 0)
        {
            return CurationResult.Failure<Paper>(new ConflictFailure($"A paper with id '{paper.Id}' exists already; change it with updatePaper."));
        }

        var graph = await ExtractAsync(paper, cancellationToken);
        return await ApplyAsync(new AddPaper(graph), actor, $"added paper '{Shorten(paper.Title)}'", () => PaperAsync(paper.Id, cancellationToken), cancellationToken);
    }

    public async Task<CurationResult<Paper>> UpdatePaperAsync(UpdatePaperInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<Paper>([.. invalid]);
        }

        var current = (await store.GetPapersAsync([GlobalId.Decode(input.PaperId).Id], cancellationToken))[0];
        var updated = current with
        {
            Title = input.Title?.Trim() ?? current.Title,
            Abstract = input.Abstract?.Trim() ?? current.Abstract,
            PublishedOn = input.PublishedOn ?? current.PublishedOn,
            AuthorCount = input.AuthorCount ?? current.AuthorCount,
            Upvotes = input.Upvotes ?? current.Upvotes,
            Organization = input.Organization?.Trim() ?? current.Organization,
        };
        var graph = await ExtractAsync(updated, cancellationToken);
        return await ApplyAsync(
            new UpdatePaper(graph, current.Title, current.Abstract), actor, $"updated paper '{Shorten(updated.Title)}'",
            () => PaperAsync(current.Id, cancellationToken), cancellationToken);
    }

    public async Task<CurationResult<string>> RemovePaperAsync(RemovePaperInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<string>([.. invalid]);
        }

        var id = GlobalId.Decode(input.PaperId).Id;
        return await ApplyAsync(new RemovePaper(id), actor, $"removed paper {id}", () => Task.FromResult<string?>(input.PaperId), cancellationToken);
    }

    public async Task<CurationResult<Paper>> LinkPaperAsync(LinkPaperInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<Paper>([.. invalid]);
        }

        var paper = (await store.GetPapersAsync([GlobalId.Decode(input.PaperId).Id], cancellationToken))[0];
        var term = (await store.GetEntitiesAsync([GlobalId.Decode(input.TermId).Id], cancellationToken))[0];
        var evidence = new List<Evidence>();
        foreach (var (span, index) in (input.Evidence ?? []).Select((s, i) => (s, i)))
        {
            var text = span.Field == TextField.Title ? paper.Title : paper.Abstract;
            if (span.End > text.Length)
            {
                return CurationResult.Failure<Paper>(new InvalidFieldFailure(
                    $"evidence[{index}].end", ValidationCodes.OutOfRange, $"The {span.Field.ToString().ToLowerInvariant()} has only {text.Length} characters."));
            }

            evidence.Add(new Evidence(span.Field, span.Start, span.End, text[span.Start..span.End]));
        }

        var mention = new Mention(paper.Id, term.Id, term.Kind, evidence, Curated: true);
        return await ApplyAsync(
            new LinkPaper(mention), actor, $"linked {term.Kind.ToString().ToLowerInvariant()} '{term.Name}' to '{Shorten(paper.Title)}'",
            () => PaperAsync(paper.Id, cancellationToken), cancellationToken);
    }

    public async Task<CurationResult<Paper>> UnlinkPaperAsync(UnlinkPaperInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<Paper>([.. invalid]);
        }

        var paperId = GlobalId.Decode(input.PaperId).Id;
        var termId = GlobalId.Decode(input.TermId).Id;
        return await ApplyAsync(
            new UnlinkPaper(paperId, termId), actor, $"unlinked {termId} from {paperId}", () => PaperAsync(paperId, cancellationToken), cancellationToken);
    }

    public async Task<CurationResult<TermAdded>> AddTermAsync(AddTermInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<TermAdded>([.. invalid]);
        }

        var name = input.Name.Trim();
        var parent = string.IsNullOrWhiteSpace(input.Parent) ? null : await store.FindEntityAsync(input.Kind, input.Parent, cancellationToken);
        var term = new Entity(
            GraphIds.ForEntity(input.Kind, name), input.Kind, name, input.Aliases?.Select(a => a.Trim()).ToList() ?? [], parent?.Id, input.Description?.Trim());
        if ((await store.GetEntitiesAsync([term.Id], cancellationToken)).Count > 0)
        {
            return CurationResult.Failure<TermAdded>(new ConflictFailure($"The id '{term.Id}' is taken by a term with a similar name."));
        }

        var links = input.Relink ? await RelinkAsync(term, cancellationToken) : [];
        var result = await ApplyAsync(
            new UpsertTerm(term, links), actor, $"added {input.Kind.ToString().ToLowerInvariant()} '{name}' ({links.Count} papers relinked)",
            async () => (await store.GetEntitiesAsync([term.Id], cancellationToken)) is [var added] ? new TermAdded(added, links.Count) : null,
            cancellationToken);
        extractors.Invalidate();
        return result;
    }

    public async Task<CurationResult<Entity>> MergeAsync(MergeEntitiesInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<Entity>([.. invalid]);
        }

        var survivor = GlobalId.Decode(input.SurvivorId).Id;
        var merged = GlobalId.Decode(input.MergedId).Id;
        var result = await ApplyAsync(
            new MergeTerms(survivor, merged), actor, $"merged {merged} into {survivor}",
            async () => (await store.GetEntitiesAsync([survivor], cancellationToken)) is [var entity] ? entity : null, cancellationToken);
        extractors.Invalidate();
        return result;
    }

    public async Task<CurationResult<IngestOutcome>> IngestAsync(IngestInput input, string actor, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(input, cancellationToken) is { } invalid)
        {
            return CurationResult.Failure<IngestOutcome>([.. invalid]);
        }

        Listing listing;
        try
        {
            listing = new ListingReader(clock).Parse(input.Text, "text", new ListingOptions(input.Year));
        }
        catch (ListingFormatException e)
        {
            return CurationResult.Failure<IngestOutcome>(new InvalidFieldFailure("text", "INVALID_LISTING", e.Message));
        }

        if (listing.Papers.Count > MaxIngestPapers)
        {
            return CurationResult.Failure<IngestOutcome>(new InvalidFieldFailure(
                "text", ValidationCodes.OutOfRange, $"The listing has {listing.Papers.Count} papers; one call takes at most {MaxIngestPapers}."));
        }

        // Each paper is its own audited change; the listing was fully validated above, so only a store failure stops it midway.
        var links = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => 0);
        foreach (var entry in listing.Papers)
        {
            var graph = await ExtractAsync(entry.ToPaper(), cancellationToken);
            await store.ApplyAsync(new AddPaper(graph), Context(actor, $"ingested paper '{Shorten(entry.Title)}'"), cancellationToken);
            foreach (var mention in graph.Mentions)
            {
                links[mention.Kind]++;
            }
        }

        return CurationResult.Success(new IngestOutcome(listing.Format, listing.Papers.Count, links, listing.Notes));
    }

    private async Task<List<Mention>> RelinkAsync(Entity term, CancellationToken cancellationToken)
    {
        var extractor = new MentionExtractor(new TermVocabulary([new VocabularyTerm(term, [], null, [])]));
        var links = new List<Mention>();
        await foreach (var graph in store.ReadAllPapersAsync(cancellationToken))
        {
            links.AddRange(extractor.Extract(graph.Paper.Id, graph.Paper.Title, graph.Paper.Abstract).Mentions);
        }

        return links;
    }

    private async Task<PaperGraph> ExtractAsync(Paper paper, CancellationToken cancellationToken)
    {
        var extraction = (await extractors.GetAsync(cancellationToken)).Extract(paper.Id, paper.Title, paper.Abstract);
        return new PaperGraph(paper, extraction.Mentions, extraction.Candidates);
    }

    private async Task<CurationResult<T>> ApplyAsync<T>(
        GraphChange change, string actor, string summary, Func<Task<T?>> result, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await store.ApplyAsync(change, Context(actor, summary), cancellationToken);
        }
        catch (CurationConflictException e) when (e.Code == ErrorCodes.NotFound)
        {
            return CurationResult.Failure<T>(new NotFoundFailure(change.Targets[0], e.Message));
        }
        catch (CurationConflictException e)
        {
            return CurationResult.Failure<T>(new ConflictFailure(e.Message));
        }
        catch (GraphQueryException e)
        {
            return CurationResult.Failure<T>(new InvalidFieldFailure("input", e.Code, e.Message));
        }

        return await result() is { } value
            ? CurationResult.Success(value)
            : CurationResult.Failure<T>(new ConflictFailure("The change was applied, but what it changed was changed again before it could be read."));
    }

    private ChangeContext Context(string actor, string summary) => new(actor, clock.GetUtcNow(), summary);

    private async Task<Paper?> PaperAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetPapersAsync([id], cancellationToken)) is [var paper] ? paper : null;

    private async Task<List<CurationError>?> ValidateAsync<T>(T input, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<IValidator<T>>().ValidateAsync(input, cancellationToken);
        return result.IsValid ? null : result.Errors.Select(ToError).ToList();
    }

    private static CurationError ToError(FluentValidation.Results.ValidationFailure failure) =>
        failure.ErrorCode == ValidationCodes.NotFound
            ? new NotFoundFailure(failure.AttemptedValue?.ToString() ?? string.Empty, failure.ErrorMessage)
            : new InvalidFieldFailure(FieldName(failure.PropertyName), failure.ErrorCode, failure.ErrorMessage);

    /// <summary>The GraphQL input field path of a property path: <c>Evidence[0].End</c> becomes <c>evidence[0].end</c>.</summary>
    private static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
