namespace Graph.Storage;

/// <summary>
/// How a filter compiler joins the conditions it made, in a query language whose <c>AND</c>, <c>OR</c> and
/// parentheses are SQL's and Cypher's alike and whose truth literals are given: each condition is parenthesized,
/// no condition at all holds for everything, and <c>or: []</c> holds for nothing.
/// </summary>
internal sealed class FilterLogic(string trueLiteral, string falseLiteral)
{
    /// <summary>A condition that holds when every one of the terms holds.</summary>
    public string All(List<string> terms) =>
        terms.Count == 0 ? trueLiteral : string.Join(" AND ", terms.Select(t => $"({t})"));

    /// <summary>Adds the filter's <c>and</c> and <c>or</c> lists, compiling each member with <paramref name="compile"/>.</summary>
    public void AddCombinators<T>(List<string> terms, IReadOnlyList<T?>? and, IReadOnlyList<T?>? or, Func<T, string> compile)
        where T : class
    {
        if (and is not null)
        {
            terms.Add(All(and.OfType<T>().Select(compile).ToList()));
        }

        if (or is not null)
        {
            // At least one of an empty list holds for nothing.
            var alternatives = or.OfType<T>().Select(compile).ToList();
            terms.Add(alternatives.Count == 0 ? falseLiteral : string.Join(" OR ", alternatives.Select(a => $"({a})")));
        }
    }
}
