using Graph.Ingestion.Listings;

namespace Graph.Ingestion.Pipeline;

/// <summary>
/// The first pass of an ingestion: every paper of every file, by id, with where it was first listed and a digest of
/// its content. It applies <see cref="ListingReader"/>'s rule inside a streamed file (a paper listed twice
/// identically is kept once, with a note; differently, an error) and <see cref="CorpusIngester"/>'s rule across
/// files (listed again identically, skipped; differently, an error), reporting errors in the order reading whole
/// files would, and remembers which entries the second pass skips.
/// </summary>
internal sealed class IngestLedger
{
    private readonly Dictionary<string, Entry> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _firstInFile = new(StringComparer.Ordinal);
    private readonly HashSet<(int File, int Ordinal)> _skipped = [];
    private readonly List<string> _sources = [];
    private readonly List<int> _keptPerFile = [];
    private ListingFormatException? _conflictInFile;
    private ListingFormatException? _conflictAcrossFiles;
    private int _duplicatesInFile;
    private int _ordinal;

    /// <summary>Distinct papers so far.</summary>
    public int Papers => _first.Count;

    /// <summary>Starts a file; its entries follow in file order.</summary>
    public void BeginFile(string source)
    {
        _sources.Add(source);
        _keptPerFile.Add(0);
        _firstInFile.Clear();
        _conflictInFile = null;
        _duplicatesInFile = 0;
        _ordinal = 0;
    }

    /// <summary>
    /// Records the next entry of the current file. <paramref name="fileRules"/>: the file was streamed, so the rule
    /// for a paper listed twice in one file applies here (a file read whole had it applied by its reader).
    /// </summary>
    public void Add(ListingPaper paper, bool fileRules)
    {
        var file = _sources.Count - 1;
        var entry = new Entry(file, _ordinal++, paper.Line, PaperDigest.Of(paper));
        var id = paper.Id;
        if (!_first.TryGetValue(id, out var first))
        {
            _first.Add(id, entry);
            _keptPerFile[file]++;
            return;
        }

        if (fileRules)
        {
            if (first.File == file || _firstInFile.ContainsKey(id))
            {
                var inFile = first.File == file ? first : _firstInFile[id];
                if (inFile.Digest == entry.Digest)
                {
                    _duplicatesInFile++;
                    _skipped.Add((file, entry.Ordinal));
                }
                else
                {
                    _conflictInFile ??= new ListingFormatException(
                        _sources[file], paper.Line,
                        $"this entry is the same paper as line {inFile.Line} (same id '{id}') but differs from it; keep one of them.");
                }

                return;
            }

            _firstInFile[id] = entry;
        }

        _skipped.Add((file, entry.Ordinal));
        if (first.Digest != entry.Digest)
        {
            _conflictAcrossFiles ??= new ListingFormatException(
                _sources[file], paper.Line,
                $"this paper ('{id}') is also listed, differently, in {_sources[first.File]} line {first.Line}.");
        }
    }

    /// <summary>Ends the current file: fails on a paper it lists twice differently; returns its note, if any.</summary>
    /// <exception cref="ListingFormatException">The file lists a paper twice, differently.</exception>
    public string? EndFile()
    {
        if (_conflictInFile is not null)
        {
            throw _conflictInFile;
        }

        return _duplicatesInFile == 0
            ? null
            : $"{_duplicatesInFile} entries listed a paper a second time, identically; each was kept once.";
    }

    /// <summary>Fails on the first paper that two files list differently.</summary>
    /// <exception cref="ListingFormatException">Two files list a paper differently.</exception>
    public void ThrowIfConflicting()
    {
        if (_conflictAcrossFiles is not null)
        {
            throw _conflictAcrossFiles;
        }
    }

    /// <summary>
    /// True when the second pass writes the entry at <paramref name="ordinal"/> (0-based, in file order) of a
    /// file: its paper's first listing, unchanged since the first pass.
    /// </summary>
    /// <exception cref="ListingFormatException">The file changed between the passes.</exception>
    public bool Keeps(int file, int ordinal, ListingPaper paper)
    {
        if (_skipped.Contains((file, ordinal)))
        {
            return false;
        }

        if (!_first.TryGetValue(paper.Id, out var first) || first.File != file || first.Ordinal != ordinal ||
            first.Digest != PaperDigest.Of(paper))
        {
            throw new ListingFormatException(
                _sources[file], paper.Line, "the file changed while it was being ingested; ingest it again.");
        }

        return true;
    }

    /// <summary>Fails when the second pass kept fewer of a file's entries than the first (the file shrank meanwhile).</summary>
    /// <exception cref="ListingFormatException">The file changed between the passes.</exception>
    public void ThrowIfShort(int file, int kept)
    {
        if (kept != _keptPerFile[file])
        {
            throw new ListingFormatException(_sources[file], 0, "the file changed while it was being ingested; ingest it again.");
        }
    }

    private readonly record struct Entry(int File, int Ordinal, int Line, UInt128 Digest);
}
