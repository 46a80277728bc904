using Graph.Core.Storage;
using Graph.Ingestion.Extraction;
using Graph.Ingestion.Listings;
using Graph.Ingestion.Pipeline;
using Graph.Ingestion.Vocabulary;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>
/// Prepares the store before the server accepts requests: applies migrations and, when the store holds no
/// papers, loads the bundled corpus so that a fresh clone serves data at once.
/// </summary>
public sealed partial class StoreStartup(IGraphStore store, IOptions<SeedingOptions> options, ILogger<StoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (!options.Value.SeedBundledCorpus || await store.CountPapersAsync(where: null, cancellationToken) > 0)
        {
            return;
        }

        var reader = new ListingReader();
        var ingester = new CorpusIngester(reader, new MentionExtractor(VocabularyLoader.LoadBundled()), store);
        var report = await ingester.IngestAsync([BundledCorpus.Read(reader)], cancellationToken: cancellationToken);
        LogSeeded(logger, report.Papers, report.Elapsed.TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: loaded {Papers} papers of the bundled corpus in {ElapsedMs:0} ms")]
    private static partial void LogSeeded(ILogger logger, int papers, double elapsedMs);
}
