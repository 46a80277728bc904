using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Domain;
using Graph.Core.Storage;

namespace Graph.Storage.Export;

/// <summary>
/// Writes the whole graph as one JSON document (docs/export-format.md): <c>papers</c> with their metadata and
/// their <c>methods</c>, <c>datasets</c>, <c>topics</c> and <c>models</c> as <c>{ name, id, evidence }</c> (the
/// canonical name; with <c>curated: true</c> for links a curator made), then the <c>methods</c>, <c>datasets</c>, <c>topics</c> and <c>models</c> themselves and
/// the <c>candidates</c>. Papers are streamed, so memory does not grow with the graph.
/// </summary>
public static class JsonGraphExporter
{
    /// <summary>The version of the document's shape, written as <c>version</c>.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the document; returns the number of papers written.</summary>
    public static async Task<int> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entities = await store.GetAllEntitiesAsync(cancellationToken);
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("format", "graph-export");
        json.WriteNumber("version", FormatVersion);
        json.WriteStartArray("papers");
        var papers = 0;
        var candidates = new List<CandidateTerm>();
        await foreach (var graph in store.ReadAllPapersAsync(cancellationToken))
        {
            WritePaper(json, graph, names);
            candidates.AddRange(graph.Candidates);
            if (++papers % 1_000 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            json.WriteStartArray(PluralName(kind));
            foreach (var entity in entities.Where(e => e.Kind == kind))
            {
                WriteEntity(json, entity, names);
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("candidates");
        foreach (var candidate in candidates)
        {
            WriteCandidate(json, candidate);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return papers;
    }

    /// <summary>The array name of a kind: <c>methods</c>, <c>datasets</c>, <c>topics</c>, <c>models</c>.</summary>
    public static string PluralName(EntityKind kind) => kind.ToString().ToLowerInvariant() + "s";

    private static void WritePaper(Utf8JsonWriter json, PaperGraph graph, Dictionary<string, string> names)
    {
        var paper = graph.Paper;
        json.WriteStartObject();
        json.WriteString("id", paper.Id);
        json.WriteString("title", paper.Title);
        json.WriteString("abstract", paper.Abstract);
        WriteOptional(json, "publishedOn", paper.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteOptional(json, "authorCount", paper.AuthorCount);
        WriteOptional(json, "upvotes", paper.Upvotes);
        WriteOptional(json, "arxivId", paper.ArxivId);
        WriteOptional(json, "organization", paper.Organization);
        json.WriteStartArray("authors");
        foreach (var author in paper.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            json.WriteStartArray(PluralName(kind));
            foreach (var mention in graph.Mentions.Where(m => m.Kind == kind))
            {
                json.WriteStartObject();
                json.WriteString("name", names.GetValueOrDefault(mention.EntityId, mention.EntityId));
                json.WriteString("id", mention.EntityId);

                // Only when true, so exports of graphs nobody curated stay as they were.
                if (mention.Curated)
                {
                    json.WriteBoolean("curated", true);
                }

                json.WriteStartArray("evidence");
                foreach (var evidence in mention.Evidence)
                {
                    WriteEvidence(json, evidence);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity, Dictionary<string, string> names)
    {
        json.WriteStartObject();
        json.WriteString("name", entity.Name);
        json.WriteString("id", entity.Id);
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        if (entity.ParentId is null)
        {
            json.WriteNull("parent");
        }
        else
        {
            json.WriteString("parent", names.GetValueOrDefault(entity.ParentId, entity.ParentId));
        }

        WriteOptional(json, "description", entity.Description);
        json.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter json, CandidateTerm candidate)
    {
        json.WriteStartObject();
        json.WriteString("name", candidate.Name);
        WriteOptional(json, "abbreviation", candidate.Abbreviation);
        WriteOptional(json, "suggestedKind", candidate.SuggestedKind?.ToString().ToLowerInvariant());
        json.WriteNumber("confidence", candidate.Confidence);
        json.WriteString("pattern", candidate.Pattern);
        json.WriteString("paperId", candidate.PaperId);
        json.WritePropertyName("evidence");
        WriteEvidence(json, candidate.Evidence);
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        json.WriteString("field", evidence.Field.ToString().ToLowerInvariant());
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
        json.WriteString("text", evidence.Text);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is not null)
        {
            json.WriteNumber(name, value.Value);
        }
    }
}
