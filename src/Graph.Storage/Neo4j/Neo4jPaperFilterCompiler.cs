using System.Globalization;
using Graph.Core.Domain;
using Graph.Core.Querying;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Compiles paper and term filters to Cypher conditions (WHERE fragments). Property names, labels and relationship
/// types come from fixed lists; every value the caller gave becomes a parameter of the <see cref="Neo4jQueryBuilder"/>.
/// </summary>
/// <remarks>
/// Paper conditions refer to <c>p</c>. A missing property is null in Cypher, which no comparison matches, so it
/// satisfies only <c>neq</c> and <c>nin</c>, which test for it explicitly. <c>contains</c> and <c>startsWith</c>
/// compare both sides in lower case with Cypher's <c>CONTAINS</c> and <c>STARTS WITH</c>, which have no
/// wildcards, so <c>%</c> and <c>_</c> match only themselves.
/// </remarks>
internal static class Neo4jPaperFilterCompiler
{
    private static readonly FilterLogic Logic = new(trueLiteral: "true", falseLiteral: "false");

    /// <summary>A condition over <c>p</c> that holds for the papers the filter keeps.</summary>
    public static string Compile(PaperFilter filter, Neo4jQueryBuilder cypher)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var terms = new List<string>();
        Logic.AddCombinators(terms, filter.And, filter.Or, f => Compile(f, cypher));
        AddString(terms, "p.id", filter.Id, cypher);
        AddString(terms, "p.title", filter.Title, cypher);
        AddString(terms, "p.abstract", filter.Abstract, cypher);
        AddString(terms, "p.arxivId", filter.ArxivId, cypher);
        AddString(terms, "p.organization", filter.Organization, cypher);
        AddComparable(terms, "p.publishedOn", filter.PublishedOn, cypher.Date, DateList(cypher));
        AddComparable(terms, "p.upvotes", filter.Upvotes, n => cypher.Parameter((long)n), IntList(cypher));
        AddComparable(terms, "p.authorCount", filter.AuthorCount, n => cypher.Parameter((long)n), IntList(cypher));
        AddList(terms, EntityKind.Method, filter.Methods, cypher);
        AddList(terms, EntityKind.Dataset, filter.Datasets, cypher);
        AddList(terms, EntityKind.Topic, filter.Topics, cypher);
        AddList(terms, EntityKind.Model, filter.Models, cypher);
        return Logic.All(terms);
    }

    /// <summary>A condition over the term node <paramref name="alias"/> of <paramref name="kind"/>.</summary>
    public static string CompileEntity(EntityFilter filter, Neo4jQueryBuilder cypher, string alias, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var terms = new List<string>();
        Logic.AddCombinators(terms, filter.And, filter.Or, f => CompileEntity(f, cypher, alias, kind));
        AddString(terms, alias + ".id", filter.Id, cypher);
        AddString(terms, alias + ".name", filter.Name, cypher);
        AddComparable(terms, PaperCount(alias, kind), filter.PaperCount, n => cypher.Parameter((long)n), IntList(cypher));
        return Logic.All(terms);
    }

    /// <summary>The number of papers linked to the term <paramref name="alias"/>, answered from its degree.</summary>
    public static string PaperCount(string alias, EntityKind kind) =>
        $"COUNT {{ ({alias})<-[:{RelationshipType.ForMention(kind)}]-(:Paper) }}";

    private static Func<IReadOnlyList<DateOnly>, string> DateList(Neo4jQueryBuilder cypher) => dates =>
        $"[day IN {cypher.Parameter(dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray())} | date(day)]";

    private static Func<IReadOnlyList<int>, string> IntList(Neo4jQueryBuilder cypher) => numbers =>
        cypher.Parameter(numbers.Select(n => (long)n).ToArray());

    private static void AddString(List<string> terms, string property, StringFilter? filter, Neo4jQueryBuilder cypher)
    {
        if (filter is null)
        {
            return;
        }

        if (filter.Eq is not null)
        {
            terms.Add($"{property} = {cypher.Parameter(filter.Eq)}");
        }

        if (filter.Neq is not null)
        {
            terms.Add($"{property} IS NULL OR {property} <> {cypher.Parameter(filter.Neq)}");
        }

        if (filter.In is not null)
        {
            terms.Add($"{property} IN {cypher.Parameter(filter.In.OfType<string>().ToArray())}");
        }

        if (filter.Nin is not null)
        {
            terms.Add($"{property} IS NULL OR NOT {property} IN {cypher.Parameter(filter.Nin.OfType<string>().ToArray())}");
        }

        if (filter.Contains is not null)
        {
            terms.Add($"toLower({property}) CONTAINS toLower({cypher.Parameter(filter.Contains)})");
        }

        if (filter.StartsWith is not null)
        {
            terms.Add($"toLower({property}) STARTS WITH toLower({cypher.Parameter(filter.StartsWith)})");
        }
    }

    private static void AddComparable<T>(
        List<string> terms,
        string property,
        ComparableFilter<T>? filter,
        Func<T, string> value,
        Func<IReadOnlyList<T>, string> list)
        where T : struct, IComparable<T>
    {
        if (filter is null)
        {
            return;
        }

        void Compare(T? operand, string op)
        {
            if (operand is { } v)
            {
                terms.Add($"{property} {op} {value(v)}");
            }
        }

        Compare(filter.Eq, "=");
        if (filter.Neq is { } neq)
        {
            terms.Add($"{property} IS NULL OR {property} <> {value(neq)}");
        }

        Compare(filter.Gt, ">");
        Compare(filter.Gte, ">=");
        Compare(filter.Lt, "<");
        Compare(filter.Lte, "<=");
        if (filter.In is not null)
        {
            terms.Add($"{property} IN {list(filter.In)}");
        }

        if (filter.Nin is not null)
        {
            terms.Add($"{property} IS NULL OR NOT {property} IN {list(filter.Nin)}");
        }
    }

    private static void AddList(List<string> terms, EntityKind kind, EntityListFilter? filter, Neo4jQueryBuilder cypher)
    {
        if (filter is null)
        {
            return;
        }

        // Each condition is an existential subquery over the paper's links of one type.
        var links = $"(p)-[:{RelationshipType.ForMention(kind)}]->(linked:{Neo4jGraphModel.Label(kind)})";
        if (filter.Some is not null)
        {
            terms.Add($"EXISTS {{ MATCH {links} WHERE {CompileEntity(filter.Some, cypher, "linked", kind)} }}");
        }

        if (filter.All is not null)
        {
            // coalesce counts a condition that is null as not holding, so it cannot hide a counter-example.
            terms.Add($"NOT EXISTS {{ MATCH {links} WHERE NOT coalesce({CompileEntity(filter.All, cypher, "linked", kind)}, false) }}");
        }

        if (filter.None is not null)
        {
            terms.Add($"NOT EXISTS {{ MATCH {links} WHERE {CompileEntity(filter.None, cypher, "linked", kind)} }}");
        }

        if (filter.Any is { } any)
        {
            terms.Add($"{(any ? "" : "NOT ")}EXISTS {{ {links} }}");
        }
    }
}
