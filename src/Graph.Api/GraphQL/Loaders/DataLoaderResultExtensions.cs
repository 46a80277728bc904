using GraphQL.DataLoader;

namespace Graph.Api.GraphQL.Loaders;

/// <summary>Chains work after a pending result without resolving it early.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>A pending result that applies <paramref name="map"/> once <paramref name="result"/> is loaded.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    /// <summary>
    /// A pending result that continues with another pending result (load the mentions, then their terms). The
    /// engine queues the second result with its siblings', so the second step batches across parents too.
    /// </summary>
    public static IDataLoaderResult ThenLoad<TIn>(this IDataLoaderResult<TIn> result, Func<TIn, IDataLoaderResult> next) =>
        new Chained<TIn>(result, next);

    /// <summary>Waits for every result of a list of pending results, in order.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> WhenAll<T>(this IReadOnlyList<IDataLoaderResult<T>> results) => new Combined<T>(results);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Chained<TIn>(IDataLoaderResult<TIn> inner, Func<TIn, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await inner.GetResultAsync(cancellationToken));
    }

    private sealed class Combined<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < results.Count; i++)
            {
                values[i] = await results[i].GetResultAsync(cancellationToken);
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
