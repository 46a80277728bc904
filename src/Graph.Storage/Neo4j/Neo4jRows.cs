using Graph.Core.Curation;
using Graph.Core.Domain;
using static Graph.Storage.Neo4j.Neo4jValues;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Turns the maps the statements return into domain records: <c>paper</c> (the paper projection of
/// <c>read/papers-by-id</c>), <c>term</c>, <c>mention</c>, candidates and changes.
/// </summary>
internal static class Neo4jRows
{
    public static Paper ReadPaper(object? value)
    {
        var paper = Map(value);
        return new Paper(
            Id: String(paper.Get("id")),
            Title: String(paper.Get("title")),
            Abstract: NullableString(paper.Get("abstract")) ?? "",
            PublishedOn: NullableDate(paper.Get("publishedOn")),
            AuthorCount: NullableInt(paper.Get("authorCount")),
            Upvotes: NullableInt(paper.Get("upvotes")),
            ArxivId: NullableString(paper.Get("arxivId")),
            Organization: NullableString(paper.Get("organization")),
            Authors: StringList(paper.Get("authors")));
    }

    public static Entity ReadEntity(object? value)
    {
        var term = Map(value);
        return new Entity(
            Id: String(term.Get("id")),
            Kind: Neo4jGraphModel.ParseKind(String(term.Get("kind"))),
            Name: String(term.Get("name")),
            Aliases: StringList(term.Get("aliases")),
            ParentId: NullableString(term.Get("parentId")),
            Description: NullableString(term.Get("description")));
    }

    /// <summary>
    /// A link of <paramref name="paperId"/>. Evidence texts come from <c>evidenceTexts</c>; a link written without
    /// them (by a CSV import) has them cut from <paramref name="source"/>, the paper's title and abstract, by
    /// UTF-16 offsets, which is how they were measured (Cypher's <c>substring</c> counts code points instead).
    /// </summary>
    public static Mention ReadMention(string paperId, object? value, object? source)
    {
        var mention = Map(value);
        var fields = StringList(mention.Get("fields"));
        var starts = List(mention.Get("starts")).Select(Int).ToList();
        var ends = List(mention.Get("ends")).Select(Int).ToList();
        var texts = mention.Get("texts") is null ? null : StringList(mention.Get("texts"));
        if (starts.Count != fields.Count || ends.Count != fields.Count || (texts is not null && texts.Count != fields.Count))
        {
            throw new InvalidDataException($"The evidence lists of a link of paper '{paperId}' differ in length.");
        }

        var evidence = new List<Evidence>(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = Neo4jGraphModel.ParseField(fields[i]);
            var text = texts?[i] ?? Cut(source, field, starts[i], ends[i]);
            evidence.Add(new Evidence(field, starts[i], ends[i], text));
        }

        return new Mention(
            paperId,
            String(mention.Get("entityId")),
            Neo4jGraphModel.KindOfType(String(mention.Get("type"))),
            evidence,
            mention.Get("curated") is bool curated && curated);
    }

    public static CandidateTerm ReadCandidate(string paperId, object? value)
    {
        var candidate = Map(value);
        return new CandidateTerm(
            Name: String(candidate.Get("name")),
            Abbreviation: NullableString(candidate.Get("abbreviation")),
            SuggestedKind: NullableString(candidate.Get("suggestedKind")) is { } kind ? Neo4jGraphModel.ParseKind(kind) : null,
            Confidence: Double(candidate.Get("confidence")),
            Pattern: String(candidate.Get("pattern")),
            PaperId: paperId,
            Evidence: new Evidence(
                Neo4jGraphModel.ParseField(String(candidate.Get("field"))),
                Int(candidate.Get("startOffset")),
                Int(candidate.Get("endOffset")),
                String(candidate.Get("text"))));
    }

    public static ChangeRecord ReadChange(object? value)
    {
        var change = Map(value);
        return new ChangeRecord(
            Sequence: Long(change.Get("sequence")),
            At: Neo4jValues.DateTime(change.Get("at")),
            Actor: String(change.Get("actor")),
            Operation: String(change.Get("operation")),
            Targets: StringList(change.Get("targets")),
            Summary: String(change.Get("summary")));
    }

    private static string Cut(object? source, TextField field, int start, int end)
    {
        var paper = source is null ? null : Map(source);
        var text = NullableString(paper?.Get(Neo4jGraphModel.Field(field))) ?? "";
        return start >= 0 && end >= start && end <= text.Length ? text[start..end] : "";
    }
}
