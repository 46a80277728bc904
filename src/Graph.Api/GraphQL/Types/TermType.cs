using Graph.Api.GraphQL.Connections;
using Graph.Core.Domain;
using Graph.Core.Querying;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>
/// The fields every term type shares (<c>Method</c>, <c>Dataset</c>, <c>Topic</c>, <c>Model</c>): names, the
/// variant hierarchy, its papers and its trend. Each kind adds its own co-occurrence fields.
/// </summary>
public abstract class TermType<TSelf> : ObjectGraphType<Entity>
    where TSelf : IGraphType
{
    protected TermType(EntityKind kind, string description)
    {
        Name = kind.ToString();
        Description = description;
        Interface<NodeInterface>();
        Interface<TermInterface>();
        IsTypeOf = value => value is Entity entity && entity.Kind == kind;

        var noun = kind.ToString().ToLowerInvariant();
        var label = Enum.Parse<NodeLabel>(kind.ToString());
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id.").Resolve(c => GlobalId.Encode(label, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("graphId").Description($"The id in the graph store and in Cypher (`{noun}:…`).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The canonical name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names and abbreviations.").Resolve(c => c.Source.Aliases);
        Field<StringGraphType>("description").Description("A one-line description.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<IntGraphType>>("paperCount").Description($"How many papers link to this {noun}.").Resolve(c => c.Loaders().PaperCount(c.Source.Id));
        Field<TSelf>("parent")
            .Description($"The broader {noun} this one is a variant of.")
            .Resolve(c => c.Source.ParentId is null ? null : c.Loaders().Entity(c.Source.ParentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TSelf>>>>("variants")
            .Description($"The {noun}s that are variants of this one.")
            .Resolve(c => c.Loaders().VariantsOf(c.Source.Id));
        Field<NonNullGraphType<PaperConnectionType>>("papers")
            .Description($"The papers linked to this {noun}, filtered and sorted like `Query.papers`.")
            .PaperListArguments()
            .ResolveAsync(async c => await PaperLists.ResolveAsync(c, LinkedTo(kind, c.Source.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthlyCountType>>>>("trend")
            .Description($"Papers linked to this {noun} per month, oldest first (months without papers left out).")
            .ResolveAsync(async c => await c.Store().TrendAsync(c.Source.Id, c.CancellationToken));
    }

    /// <summary>Adds a co-occurrence field: terms of <paramref name="other"/> kind linked to the same papers.</summary>
    protected void CoOccurrenceField<TCountType>(string name, EntityKind other, string description)
        where TCountType : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TCountType>>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", "How many (at most 100).", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var first = new PageRequest(First: c.GetArgument<int>("first")).Validate().Size;
                var counts = await c.Store().CoOccurringAsync(c.Source.Id, other, first, c.CancellationToken);
                var loaders = c.Loaders();
                return counts.Select(count => new CoOccurrenceView(loaders.Entity(count.EntityId), count.Papers)).ToList();
            });

    private static PaperFilter LinkedTo(EntityKind kind, string id)
    {
        var some = new EntityListFilter { Some = new EntityFilter { Id = new StringFilter { Eq = id } } };
        return kind switch
        {
            EntityKind.Method => new PaperFilter { Methods = some },
            EntityKind.Dataset => new PaperFilter { Datasets = some },
            EntityKind.Topic => new PaperFilter { Topics = some },
            _ => new PaperFilter { Models = some },
        };
    }
}
