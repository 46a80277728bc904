using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Ingestion.Tests.Quality;

/// <summary>A hand-labelled gold set (Fixtures/*/…-gold.json): per paper title, its methods and datasets.</summary>
internal sealed record GoldSet(IReadOnlyList<GoldPaper> Papers)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static GoldSet Load(string path)
    {
        var document = JsonSerializer.Deserialize<GoldSet>(File.ReadAllText(path), Options);
        return document ?? throw new InvalidDataException(path + " holds no gold set.");
    }
}

internal sealed record GoldPaper(
    string Title,
    IReadOnlyList<GoldLabel> Methods,
    IReadOnlyList<GoldLabel> Datasets);

internal sealed record GoldLabel(
    string Name,
    IReadOnlyList<string> Surface,
    [property: JsonPropertyName("introducedByPaper")] bool IntroducedByPaper = false);
