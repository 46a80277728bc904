using GraphQL.DataLoader;

namespace Graph.Api.GraphQL.Loaders;

/// <summary>
/// A per-request batch loader on GraphQL.NET's <see cref="IDataLoaderResult{T}"/> contract: resolvers ask for
/// keys and get a pending result; the execution engine resolves pending results after the current level of the
/// query, and the first one fetches every key asked for so far in one call. Loaded keys are cached for the
/// rest of the request. With batching off, each key is fetched alone when its result is asked for (still cached),
/// as plain resolvers would: the switch exists to measure what batching buys.
/// </summary>
// The semaphore never allocates a wait handle (only WaitAsync is used), so it holds nothing to dispose.
#pragma warning disable CA1001
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing,
    bool batching = true)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _pending = [];
    private readonly Lock _pendingGate = new();
    private readonly SemaphoreSlim _fetchGate = new(1, 1);

    /// <summary>A result for <paramref name="key"/>, fetched with every other key asked for before it resolves.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!batching)
        {
            return new Pending(this, key);
        }

        lock (_pendingGate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!batching)
        {
            return await GetAloneAsync(key, cancellationToken);
        }

        await _fetchGate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded.TryGetValue(key, out var value))
            {
                return value;
            }

            List<TKey> batch;
            lock (_pendingGate)
            {
                _pending.Add(key);
                batch = [.. _pending];
                _pending.Clear();
            }

            var fetched = await fetch(batch, cancellationToken);
            foreach (var item in batch)
            {
                _loaded[item] = fetched.TryGetValue(item, out var found) ? found : missing;
            }

            return _loaded[key];
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    /// <summary>One key, one store call, concurrent with the other keys' calls.</summary>
    private async Task<TValue> GetAloneAsync(TKey key, CancellationToken cancellationToken)
    {
        lock (_pendingGate)
        {
            if (_loaded.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var fetched = await fetch([key], cancellationToken);
        var value = fetched.TryGetValue(key, out var found) ? found : missing;
        lock (_pendingGate)
        {
            _loaded[key] = value;
        }

        return value;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
#pragma warning restore CA1001
