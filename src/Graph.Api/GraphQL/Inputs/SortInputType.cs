using Graph.Core.Querying;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Inputs;

/// <summary>
/// HotChocolate-style sort input: <c>order: [{ upvotes: DESC }, { publishedOn: ASC }]</c>. Each object's set fields
/// apply in the order written; the list applies in order.
/// </summary>
public abstract class SortInputType<TField> : InputObjectGraphType<IReadOnlyList<Sort<TField>>>
    where TField : struct, Enum
{
    protected SortInputType(string name, string noun)
    {
        Name = name;
        Description = $"A sort key for {noun}; give one field per object and list objects in priority order.";
        foreach (var field in Enum.GetValues<TField>())
        {
            Field<SortEnumType>(char.ToLowerInvariant(field.ToString()[0]) + field.ToString()[1..]).Description($"Sort by {field}.");
        }
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        value.Where(pair => pair.Value is SortDirection)
            .Select(pair => new Sort<TField>(Enum.Parse<TField>(pair.Key, ignoreCase: true), (SortDirection)pair.Value!))
            .ToList();
}

/// <summary>Sort keys for papers.</summary>
public sealed class PaperSortInputType() : SortInputType<PaperSortField>("PaperSortInput", "papers");

/// <summary>Sort keys for terms.</summary>
public sealed class TermSortInputType() : SortInputType<EntitySortField>("TermSortInput", "terms");
