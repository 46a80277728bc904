using System.Globalization;
using Graph.Core;
using Graph.Core.Querying;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Keyset paging over an ordering in Cypher, as the SQLite store does it (never SKIP): the ORDER BY, the condition
/// that resumes after (or before) a cursor, the key expressions each row's cursor is made of, and the page built
/// from one extra row. The id is always the last key, ascending, so the order is total.
/// </summary>
/// <remarks>
/// Missing values sort last in both directions. Cypher sorts null last ascending but first descending, so each
/// nullable key is preceded by <c>(key IS NULL)</c>; the resume condition spells out null handling rather than
/// rely on comparisons with null, which hold for nothing.
/// </remarks>
internal sealed class Neo4jKeyset
{
    private readonly string _signature;
    private readonly IReadOnlyList<Neo4jSortKey> _keys;
    private readonly string _idExpression;
    private readonly PageRequest _page;
    private readonly IReadOnlyList<object?>? _cursor;

    public Neo4jKeyset(string signature, IReadOnlyList<Neo4jSortKey> keys, string idExpression, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _signature = signature;
        _keys = keys;
        _idExpression = idExpression;
        _page = page.Validate();
        var cursor = _page.IsBackward ? _page.Before : _page.After;
        _cursor = cursor is null ? null : Decode(cursor);
    }

    /// <summary>Rows to fetch: one more than the page holds, to learn whether more follow.</summary>
    public int Limit => _page.Size + 1;

    /// <summary>The key expressions and the id, the elements of each row's <c>keys</c> list.</summary>
    public string Keys => string.Join(", ", _keys.Select(k => k.Expression).Append(_idExpression));

    /// <summary>The ordering in fetch order (reversed when paging backwards).</summary>
    public string OrderBy
    {
        get
        {
            var backward = _page.IsBackward;
            var terms = new List<string>();
            foreach (var key in _keys)
            {
                if (key.Nullable)
                {
                    // false sorts before true: present values first in list order, so last when read backwards.
                    terms.Add($"({key.Expression} IS NULL){(backward ? " DESC" : "")}");
                }

                var descending = (key.Direction == SortDirection.Desc) != backward;
                terms.Add(key.Expression + (descending ? " DESC" : " ASC"));
            }

            terms.Add(_idExpression + (backward ? " DESC" : " ASC"));
            return string.Join(", ", terms);
        }
    }

    /// <summary>The condition that keeps only rows after (or before) the cursor; <c>true</c> without one.</summary>
    public string Condition(Neo4jQueryBuilder cypher) => _cursor is null ? "true" : Condition(cypher, 0);

    /// <summary>Reads a row's <c>keys</c> list into cursor values.</summary>
    public object?[] ReadKeys(object? keys)
    {
        var values = Neo4jValues.List(keys);
        if (values.Count != _keys.Count + 1)
        {
            throw new InvalidDataException("A row's sort keys do not match the ordering.");
        }

        return values.Select(Neo4jValues.CursorValue).ToArray();
    }

    /// <summary>Turns the fetched rows (in fetch order, with their keys) into a page in list order.</summary>
    public Page<T> ToPage<T>(IReadOnlyList<(T Item, object?[] Keys)> rows) => KeysetPages.Build(_page, _signature, rows);

    private string Condition(Neo4jQueryBuilder cypher, int index)
    {
        var backward = _page.IsBackward;
        if (index == _keys.Count)
        {
            return $"{_idExpression} {(backward ? "<" : ">")} {cypher.Parameter(_cursor![index])}";
        }

        var key = _keys[index];
        var value = _cursor![index];
        var rest = Condition(cypher, index + 1);
        string? beyond;
        string equal;
        if (value is null)
        {
            // Missing values sort last: nothing comes after them, every present value comes before them.
            beyond = backward ? $"{key.Expression} IS NOT NULL" : null;
            equal = $"{key.Expression} IS NULL";
        }
        else
        {
            var parameter = key.Type == Neo4jKeyType.Date ? $"date({cypher.Parameter(value)})" : cypher.Parameter(value);
            var ascendingInFetchOrder = (key.Direction == SortDirection.Asc) != backward;
            var comparison = $"{key.Expression} {(ascendingInFetchOrder ? ">" : "<")} {parameter}";
            beyond = backward || !key.Nullable ? comparison : $"({key.Expression} IS NULL OR {comparison})";
            equal = $"{key.Expression} = {parameter}";
        }

        return beyond is null ? $"({equal} AND {rest})" : $"({beyond} OR ({equal} AND {rest}))";
    }

    private IReadOnlyList<object?> Decode(string cursor)
    {
        var values = KeysetCursor.Decode(cursor, _signature, _keys.Count + 1);
        for (var i = 0; i < _keys.Count; i++)
        {
            var fits = values[i] is null || _keys[i].Type switch
            {
                Neo4jKeyType.Integer => values[i] is long,
                Neo4jKeyType.Date => values[i] is string text &&
                    DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => values[i] is string,
            };
            if (!fits || (values[i] is null && !_keys[i].Nullable))
            {
                throw InvalidCursor();
            }
        }

        return values[^1] is string ? values : throw InvalidCursor();
    }

    private static GraphQueryException InvalidCursor() => new(
        ErrorCodes.InvalidCursor,
        "The cursor is not valid for this list and ordering; start again from the first page.");
}
