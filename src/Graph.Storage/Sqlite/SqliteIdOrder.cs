namespace Graph.Storage.Sqlite;

/// <summary>
/// The order SQLite's BINARY collation gives TEXT: the order of the UTF-8 bytes, which is code point order. Ordinal
/// comparison of UTF-16 strings differs from it only for surrogates against U+E000–U+FFFF, which this corrects.
/// </summary>
internal static class SqliteIdOrder
{
    public static int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        var at = x.AsSpan(0, length).CommonPrefixLength(y.AsSpan(0, length));
        if (at == length)
        {
            return x.Length.CompareTo(y.Length);
        }

        return CodePointRank(x[at]).CompareTo(CodePointRank(y[at]));
    }

    // Surrogates (D800–DFFF) stand for code points above FFFF, so they must rank above E000–FFFF.
    private static int CodePointRank(char c) => c >= '\uE000' ? c - 0x800 : c >= '\uD800' ? c + 0x2000 : c;
}
