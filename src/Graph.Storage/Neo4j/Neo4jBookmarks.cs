namespace Graph.Storage.Neo4j;

/// <summary>
/// The bookmarks of the store's latest writes, sent with every later request so that a read sees what the store
/// wrote before it (read-your-writes across a cluster). As Neo4j's drivers do, a write's bookmarks replace the
/// ones it was sent with, so concurrent writes leave all their bookmarks behind.
/// </summary>
internal sealed class Neo4jBookmarks
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _bookmarks = new(StringComparer.Ordinal);

    /// <summary>The bookmarks to send with the next request.</summary>
    public IReadOnlyCollection<string> Current
    {
        get
        {
            lock (_lock)
            {
                return _bookmarks.ToArray();
            }
        }
    }

    /// <summary>Records the bookmarks a write returned in place of those it was sent with.</summary>
    public void Update(IReadOnlyCollection<string> sent, IReadOnlyCollection<string> received)
    {
        if (received.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            _bookmarks.ExceptWith(sent);
            _bookmarks.UnionWith(received);
        }
    }
}
