using Graph.Core;
using Graph.Core.Querying;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Keyset paging over an ordering: the ORDER BY, the WHERE condition that resumes after (or before) a cursor,
/// and the page built from one extra row. The id is always the last key, ascending, so the order is total.
/// </summary>
/// <remarks>
/// Missing values sort last in both directions. The condition expands the ordering lexicographically, with
/// NULL handled explicitly rather than through comparisons that would silently drop rows.
/// </remarks>
internal sealed class SqliteKeyset
{
    private readonly string _signature;
    private readonly IReadOnlyList<SqliteSortKey> _keys;
    private readonly string _idExpression;
    private readonly PageRequest _page;
    private readonly IReadOnlyList<object?>? _cursor;

    public SqliteKeyset(string signature, IReadOnlyList<SqliteSortKey> keys, string idExpression, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _signature = signature;
        _keys = keys;
        _idExpression = idExpression;
        _page = page.Validate();
        var cursor = _page.IsBackward ? _page.Before : _page.After;
        _cursor = cursor is null ? null : Decode(cursor);
    }

    /// <summary>True when the page is fetched backwards (<c>last</c>/<c>before</c>), in reverse list order.</summary>
    public bool IsBackward => _page.IsBackward;

    /// <summary>The decoded key values and id of the cursor to resume from, if any.</summary>
    public IReadOnlyList<object?>? Cursor => _cursor;

    /// <summary>Rows to fetch: one more than the page holds, to learn whether more follow.</summary>
    public int Limit => _page.Size + 1;

    /// <summary>The key expressions and the id, selected after the item's own columns to build cursors.</summary>
    public string KeyColumns => string.Join(", ", _keys.Select(k => k.Expression).Append(_idExpression));

    /// <summary>The number of columns <see cref="KeyColumns"/> selects.</summary>
    public int KeyColumnCount => _keys.Count + 1;

    /// <summary>The ORDER BY clause for the direction being fetched (reversed when paging backwards).</summary>
    public string OrderBy
    {
        get
        {
            var backward = _page.IsBackward;
            var terms = _keys.Select(key =>
            {
                var descending = (key.Direction == SortDirection.Desc) != backward;
                var direction = descending ? "DESC" : "ASC";

                // Missing values come last in list order, so first when the list is read backwards.
                var nulls = key.Nullable ? (backward ? " NULLS FIRST" : " NULLS LAST") : "";
                return key.Expression + " " + direction + nulls;
            }).Append(_idExpression + (backward ? " DESC" : " ASC"));
            return " ORDER BY " + string.Join(", ", terms);
        }
    }

    /// <summary>Appends <c>AND (condition)</c> that keeps only rows after (or before) the cursor, if there is one.</summary>
    public void AppendCondition(SqliteQueryBuilder sql)
    {
        if (_cursor is null)
        {
            return;
        }

        sql.Append(" AND ").Append(Condition(sql, 0));
    }

    /// <summary>Reads the key columns of the current row, starting at <paramref name="first"/>.</summary>
    public object?[] ReadKeys(SqliteDataReader reader, int first)
    {
        var values = new object?[KeyColumnCount];
        for (var i = 0; i < _keys.Count; i++)
        {
            var ordinal = first + i;
            values[i] = reader.IsDBNull(ordinal) ? null
                : _keys[i].IsText ? reader.GetString(ordinal) : reader.GetInt64(ordinal);
        }

        values[^1] = reader.GetString(first + _keys.Count);
        return values;
    }

    /// <summary>Turns the fetched rows (in fetch order, with their keys) into a page in list order.</summary>
    public Page<T> ToPage<T>(IReadOnlyList<(T Item, object?[] Keys)> rows) => KeysetPages.Build(_page, _signature, rows);

    private string Condition(SqliteQueryBuilder sql, int index)
    {
        var backward = _page.IsBackward;
        if (index == _keys.Count)
        {
            return $"{_idExpression} {(backward ? "<" : ">")} {sql.Parameter(_cursor![index])}";
        }

        var key = _keys[index];
        var value = _cursor![index];
        var rest = Condition(sql, index + 1);
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
            var parameter = sql.Parameter(value);
            var ascendingInFetchOrder = (key.Direction == SortDirection.Asc) != backward;
            var comparison = $"{key.Expression} {(ascendingInFetchOrder ? ">" : "<")} {parameter}";
            beyond = backward || !key.Nullable ? comparison : $"({key.Expression} IS NULL OR {comparison})";
            equal = $"{key.Expression} = {parameter}";
        }

        return beyond is null ? $"({equal} AND {rest})" : $"({beyond} OR ({equal} AND {rest}))";
    }

    private IReadOnlyList<object?> Decode(string cursor)
    {
        var values = KeysetCursor.Decode(cursor, _signature, KeyColumnCount);
        for (var i = 0; i < _keys.Count; i++)
        {
            var fits = values[i] is null || (_keys[i].IsText ? values[i] is string : values[i] is long);
            if (!fits)
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
