namespace Graph.Storage.Sqlite;

/// <summary>
/// The papers linked to any of a set of terms, as one list of distinct paper ids in index order (ascending or
/// descending), read lazily from the mentions(entity_id, paper_id) index in growing batches and able to skip
/// ahead to an id. One paper (the one the traversal starts from) is left out. <see cref="SqliteTopSharing"/> walks
/// several of these at once.
/// </summary>
internal sealed class SqlitePostingList
{
    private readonly Reader[] _readers;
    private readonly string _excluded;
    private readonly int _direction;

    public SqlitePostingList(
        SqlitePostingSource source, string key, IReadOnlyCollection<string> entityIds, double weight, string excludedPaperId)
    {
        Key = key;
        Weight = weight;
        _excluded = excludedPaperId;
        _direction = source.Descending ? -1 : 1;
        _readers = entityIds.Distinct(StringComparer.Ordinal).Select(id => new Reader(source, id)).ToArray();
    }

    /// <summary>What the list stands for (a benchmark, a shared term).</summary>
    public string Key { get; }

    /// <summary>What being on this list adds to a paper's score.</summary>
    public double Weight { get; }

    /// <summary>The current paper id, or null once the list is exhausted. Valid after <see cref="StartAsync"/>.</summary>
    public string? Head { get; private set; }

    /// <summary>Compares ids in this list's order: negative when <paramref name="x"/> comes first.</summary>
    public int Compare(string? x, string? y) =>
        x is null ? (y is null ? 0 : 1) : y is null ? -1 : _direction * SqliteIdOrder.Compare(x, y);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var reader in _readers)
        {
            await reader.StartAsync(cancellationToken);
        }

        await SettleAsync(cancellationToken);
    }

    /// <summary>Moves to the first id at or after <paramref name="target"/> in list order.</summary>
    public async Task SeekAsync(string target, CancellationToken cancellationToken)
    {
        if (Head is null || Compare(Head, target) >= 0)
        {
            return;
        }

        foreach (var reader in _readers)
        {
            await reader.SeekAsync(target, _direction, cancellationToken);
        }

        await SettleAsync(cancellationToken);
    }

    /// <summary>Moves past the current id.</summary>
    public async Task NextAsync(CancellationToken cancellationToken)
    {
        if (Head is null)
        {
            return;
        }

        var current = Head;
        foreach (var reader in _readers)
        {
            if (reader.Head == current)
            {
                await reader.NextAsync(cancellationToken);
            }
        }

        await SettleAsync(cancellationToken);
    }

    /// <summary>The head is the first of the readers' heads; the excluded paper is stepped over.</summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            string? head = null;
            foreach (var reader in _readers)
            {
                if (reader.Head is not null && (head is null || Compare(reader.Head, head) < 0))
                {
                    head = reader.Head;
                }
            }

            Head = head;
            if (head is null || head != _excluded)
            {
                return;
            }

            foreach (var reader in _readers)
            {
                if (reader.Head == head)
                {
                    await reader.NextAsync(cancellationToken);
                }
            }
        }
    }

    /// <summary>One term's papers, buffered: a batch doubles while it is read through, and resets after a jump.</summary>
    private sealed class Reader(SqlitePostingSource source, string entityId)
    {
        private const int FirstBatch = 32;
        private const int MaxBatch = 4_096;

        private List<string> _ids = [];
        private int _position;
        private bool _complete;
        private int _batch = FirstBatch;

        public string? Head => _position < _ids.Count ? _ids[_position] : null;

        public async Task StartAsync(CancellationToken cancellationToken) =>
            await LoadAsync(SqlitePostingSource.Bound.None, null, cancellationToken);

        public async Task SeekAsync(string target, int direction, CancellationToken cancellationToken)
        {
            if (Head is null || direction * SqliteIdOrder.Compare(Head, target) >= 0)
            {
                return;
            }

            // Within the batch already read: find the first id at or after the target.
            if (direction * SqliteIdOrder.Compare(_ids[^1], target) >= 0)
            {
                var low = _position + 1;
                var high = _ids.Count - 1;
                while (low < high)
                {
                    var middle = (low + high) / 2;
                    if (direction * SqliteIdOrder.Compare(_ids[middle], target) >= 0)
                    {
                        high = middle;
                    }
                    else
                    {
                        low = middle + 1;
                    }
                }

                _position = low;
                return;
            }

            if (_complete)
            {
                _position = _ids.Count;
                return;
            }

            _batch = FirstBatch;
            await LoadAsync(SqlitePostingSource.Bound.AtOrAfter, target, cancellationToken);
        }

        public async Task NextAsync(CancellationToken cancellationToken)
        {
            _position++;
            if (_position < _ids.Count || _complete || _ids.Count == 0)
            {
                return;
            }

            _batch = Math.Min(_batch * 2, MaxBatch);
            await LoadAsync(SqlitePostingSource.Bound.After, _ids[^1], cancellationToken);
        }

        private async Task LoadAsync(SqlitePostingSource.Bound bound, string? from, CancellationToken cancellationToken)
        {
            _ids = await source.ReadAsync(entityId, bound, from, _batch, cancellationToken);
            _position = 0;
            _complete = _ids.Count < _batch;
        }
    }
}
