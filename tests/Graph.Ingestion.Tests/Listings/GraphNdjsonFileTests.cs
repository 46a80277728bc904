using System.Text;
using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Tests.Listings;

/// <summary>
/// The streamed NDJSON reader must accept and refuse exactly what <see cref="ListingReader"/> does with the whole
/// file in memory, with the same message: it is what <c>graph ingest</c> reads large files with.
/// </summary>
public sealed class GraphNdjsonFileTests : IDisposable
{
    private const string Good = "{\"title\":\"LoRA for all\",\"abstract\":\"We fine-tune with LoRA on MMLU.\",\"publishedOn\":\"2024-05-01\"}";
    private const string Other = "{\"title\":\"Soups\",\"abstract\":\"Model soups on GLUE.\",\"authors\":[\"A. B\"],\"upvotes\":3}";
    private const string Third = "{\"title\":\"Third\",\"abstract\":\"MoE.\",\"arxivId\":\"2401.00001\"}";

    private readonly string _directory = Directory.CreateTempSubdirectory("graph-ndjson-").FullName;

    public static TheoryData<string, byte[]> Inputs => new()
    {
        { "lines, blank lines and every line ending", Utf8($"{Good}\r\n\r\n{Other}\r{Third}\n\n") },
        { "a byte order mark", [0xEF, 0xBB, 0xBF, .. Utf8($"{Good}\n{Other}\n")] },
        { "a truncated line", Utf8($"{Good}\n{Other}\n{{\"title\":\"Two\",\"abs\n{Third}\n") },
        { "an unknown property", Utf8($"{Good}\n{{\"title\":\"X\",\"abstrct\":\"y\"}}\n{Other}\n") },
        { "a bad line, then a NUL byte", [.. Utf8($"{Good}\n{{\"title\":3}}\n"), .. Utf8(Other), 0, 0x0A] },
        { "a bad line, then bytes that are not UTF-8", [.. Utf8($"{{\"title\":3}}\n{Good}\n"), 0xC3, 0x28, 0x0A] },
        { "a missing title", Utf8($"{Good}\n{{\"abstract\":\"no title\"}}\n") },
        { "a file that ends inside a UTF-8 character", [.. Utf8($"{Good}\n{Other}"), 0xE2, 0x82] },
        { "bytes that are not UTF-8, then a NUL byte", [.. Utf8($"{Good}\n"), 0xFF, .. Utf8($"{Other}\n"), 0, 0x0A] },
        { "a lone carriage return between lines", Utf8($"{Good}\r{{\"title\":3}}\r{Other}") },
        { "leading white space", Utf8($"  \n\t{Good}  \n   {Other}") },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ReadBatches_AnyInput_AgreesWithTheWholeFileReader(string input, byte[] bytes)
    {
        var path = Path.Combine(_directory, "input.ndjson");
        File.WriteAllBytes(path, bytes);
        var (expected, expectedError) = Whole(bytes, path);

        var (actual, actualError) = Streamed(path);

        Assert.True(GraphNdjsonFile.IsNdjson(path), input);
        Assert.Equal(expectedError, actualError);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ReadBatches_ManyLines_ReadsThemInBatchesInFileOrder()
    {
        var path = Path.Combine(_directory, "many.ndjson");
        File.WriteAllLines(path, Enumerable.Range(1, 25).Select(i => $"{{\"title\":\"Paper {i}\"}}"));

        var batches = GraphNdjsonFile.ReadBatches(path, path, batchSize: 10, TestContext.Current.CancellationToken).ToList();

        Assert.Equal([10, 10, 5], batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"Paper {i}"), batches.SelectMany(b => b).Select(p => p.Title));
        Assert.Equal(Enumerable.Range(1, 25), batches.SelectMany(b => b).Select(p => p.Line));
    }

    [Fact]
    public void IsNdjson_OtherFormats_AreNot()
    {
        var page = Path.Combine(_directory, "page.txt");
        File.WriteAllText(page, "Daily Papers\nA title\nAn abstract.\n");
        var json = Path.Combine(_directory, "api.json");
        File.WriteAllText(json, "  [ {\"paper\": {}} ]");

        Assert.False(GraphNdjsonFile.IsNdjson(page));
        Assert.False(GraphNdjsonFile.IsNdjson(json));
        Assert.False(GraphNdjsonFile.IsNdjson(Path.Combine(_directory, "missing.ndjson")));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (string Papers, string? Error) Whole(byte[] bytes, string source)
    {
        try
        {
            return (Describe(new ListingReader().Parse(bytes, source, new ListingOptions()).Papers), null);
        }
        catch (ListingFormatException e)
        {
            return ("", e.Message);
        }
    }

    private static (string Papers, string? Error) Streamed(string path)
    {
        try
        {
            return (Describe(GraphNdjsonFile.ReadBatches(path, path, batchSize: 2, TestContext.Current.CancellationToken).SelectMany(b => b).ToList()), null);
        }
        catch (ListingFormatException e)
        {
            return ("", e.Message);
        }
    }

    private static string Describe(IEnumerable<ListingPaper> papers) =>
        string.Join("\n", papers.Select(p => $"{p.Line}|{p.Id}|{p.Title}|{p.Abstract}|{p.PublishedOn}|{p.Upvotes}|{string.Join(";", p.Authors)}"));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
