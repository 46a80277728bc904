using Graph.Core.Domain;
using Graph.Core.Querying;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Compiles paper and term filters to SQL conditions. Column names and kinds come from fixed lists; every value
/// the caller gave becomes a parameter of the <see cref="SqliteQueryBuilder"/>.
/// </summary>
/// <remarks>
/// Paper conditions refer to <c>papers p</c>. A missing (NULL) value satisfies only <c>neq</c> and <c>nin</c>;
/// <c>contains</c> and <c>startsWith</c> use LIKE, which in SQLite ignores ASCII case only, with the caller's
/// <c>%</c>, <c>_</c> and <c>\</c> escaped.
/// </remarks>
internal static class SqlitePaperFilterCompiler
{
    private static readonly FilterLogic Logic = new(trueLiteral: "1", falseLiteral: "0");

    /// <summary>A condition over <c>papers p</c> that holds for the papers the filter keeps.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="sql">Where the parameters go.</param>
    /// <param name="forCount">
    /// The condition is for counting every paper it keeps, not for reading a page in an index's order: a <c>some</c>
    /// over terms then reads the terms' posting lists once, instead of checking each paper's links.
    /// </param>
    public static string Compile(PaperFilter filter, SqliteQueryBuilder sql, bool forCount = false)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var terms = new List<string>();
        Logic.AddCombinators(terms, filter.And, filter.Or, f => Compile(f, sql, forCount));
        AddString(terms, "p.id", filter.Id, sql);
        AddString(terms, "p.title", filter.Title, sql);
        AddString(terms, "p.abstract", filter.Abstract, sql);
        AddString(terms, "p.arxiv_id", filter.ArxivId, sql);
        AddString(terms, "p.organization", filter.Organization, sql);
        AddComparable(terms, "p.published_on", filter.PublishedOn, d => SqliteCommands.FormatDate(d), sql);
        AddComparable(terms, "p.upvotes", filter.Upvotes, n => (long)n, sql);
        AddComparable(terms, "p.author_count", filter.AuthorCount, n => (long)n, sql);
        AddList(terms, EntityKind.Method, filter.Methods, sql, forCount);
        AddList(terms, EntityKind.Dataset, filter.Datasets, sql, forCount);
        AddList(terms, EntityKind.Topic, filter.Topics, sql, forCount);
        AddList(terms, EntityKind.Model, filter.Models, sql, forCount);
        return Logic.All(terms);
    }

    /// <summary>A condition over the term table under <paramref name="alias"/> that holds for the terms kept.</summary>
    public static string CompileEntity(EntityFilter filter, SqliteQueryBuilder sql, string alias)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var terms = new List<string>();
        Logic.AddCombinators(terms, filter.And, filter.Or, f => CompileEntity(f, sql, alias));
        AddString(terms, alias + ".id", filter.Id, sql);
        AddString(terms, alias + ".name", filter.Name, sql);
        AddComparable(terms, alias + ".paper_count", filter.PaperCount, n => (long)n, sql);
        return Logic.All(terms);
    }

    /// <summary>Escapes LIKE's wildcards and its escape character, so the text matches only itself.</summary>
    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    private static void AddString(List<string> terms, string column, StringFilter? filter, SqliteQueryBuilder sql)
    {
        if (filter is null)
        {
            return;
        }

        if (filter.Eq is not null)
        {
            terms.Add($"{column} = {sql.Parameter(filter.Eq)}");
        }

        if (filter.Neq is not null)
        {
            terms.Add($"{column} IS NOT {sql.Parameter(filter.Neq)}");
        }

        if (filter.In is not null)
        {
            terms.Add($"{column} IN {sql.ListParameter(filter.In.OfType<string>())}");
        }

        if (filter.Nin is not null)
        {
            terms.Add($"{column} IS NULL OR {column} NOT IN {sql.ListParameter(filter.Nin.OfType<string>())}");
        }

        if (filter.Contains is not null)
        {
            terms.Add($@"{column} LIKE {sql.Parameter("%" + EscapeLike(filter.Contains) + "%")} ESCAPE '\'");
        }

        if (filter.StartsWith is not null)
        {
            terms.Add($@"{column} LIKE {sql.Parameter(EscapeLike(filter.StartsWith) + "%")} ESCAPE '\'");
        }
    }

    private static void AddComparable<T>(
        List<string> terms, string column, ComparableFilter<T>? filter, Func<T, object> toSql, SqliteQueryBuilder sql)
        where T : struct, IComparable<T>
    {
        if (filter is null)
        {
            return;
        }

        void Compare(T? value, string op)
        {
            if (value is { } v)
            {
                terms.Add($"{column} {op} {sql.Parameter(toSql(v))}");
            }
        }

        Compare(filter.Eq, "=");
        Compare(filter.Neq, "IS NOT");
        Compare(filter.Gt, ">");
        Compare(filter.Gte, ">=");
        Compare(filter.Lt, "<");
        Compare(filter.Lte, "<=");
        if (filter.In is not null)
        {
            terms.Add($"{column} IN {sql.ListParameter(filter.In.Select(toSql))}");
        }

        if (filter.Nin is not null)
        {
            terms.Add($"{column} IS NULL OR {column} NOT IN {sql.ListParameter(filter.Nin.Select(toSql))}");
        }
    }

    private static void AddList(
        List<string> terms, EntityKind kind, EntityListFilter? filter, SqliteQueryBuilder sql, bool forCount)
    {
        if (filter is null)
        {
            return;
        }

        // Each condition is an EXISTS over the paper's links, answered from the mentions primary key.
        var links = $"FROM mentions lm WHERE lm.paper_id = p.id AND lm.kind = '{SqliteNames.Kind(kind)}'";
        var linkedTerms =
            "FROM mentions lm JOIN entities le ON le.id = lm.entity_id " +
            $"WHERE lm.paper_id = p.id AND lm.kind = '{SqliteNames.Kind(kind)}'";
        if (filter.Some is not null && forCount)
        {
            // Terms first (CROSS JOIN keeps that order), then their posting lists in ix_mentions_entity: at a million
            // papers this is six times faster than an EXISTS per paper for a popular term. A page in date order keeps
            // the EXISTS, which stops after the page instead of reading whole lists first.
            terms.Add(
                "p.id IN (SELECT lm.paper_id FROM entities le CROSS JOIN mentions lm ON lm.entity_id = le.id " +
                $"WHERE le.kind = '{SqliteNames.Kind(kind)}' AND ({CompileEntity(filter.Some, sql, "le")}))");
        }
        else if (filter.Some is not null)
        {
            terms.Add($"EXISTS (SELECT 1 {linkedTerms} AND ({CompileEntity(filter.Some, sql, "le")}))");
        }

        if (filter.All is not null)
        {
            // IS NOT 1 counts a condition that is NULL as not holding, so it cannot hide a counter-example.
            terms.Add($"NOT EXISTS (SELECT 1 {linkedTerms} AND ({CompileEntity(filter.All, sql, "le")}) IS NOT 1)");
        }

        if (filter.None is not null)
        {
            terms.Add($"NOT EXISTS (SELECT 1 {linkedTerms} AND ({CompileEntity(filter.None, sql, "le")}))");
        }

        if (filter.Any is { } any)
        {
            terms.Add($"{(any ? "" : "NOT ")}EXISTS (SELECT 1 {links})");
        }
    }
}
