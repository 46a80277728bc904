using System.Security.Claims;
using Graph.Api.Curation;
using Graph.Api.Curation.Inputs;
using Graph.Core.Domain;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>
/// The mutation root: curating the graph. Every mutation needs a credential, validates its input, writes nothing
/// when invalid, and records who changed what in the audit trail.
/// </summary>
public sealed class GraphMutation : ObjectGraphType
{
    public GraphMutation()
    {
        Name = "Mutation";
        Description = "Curate the graph. Needs `Authorization: Bearer <key>`.";

        Field<NonNullGraphType<AddPaperPayloadType>>("addPaper")
            .Description("Adds a paper and links it to the vocabulary by extraction.")
            .Argument<NonNullGraphType<AddPaperInputType>>("input")
            .ResolveAsync(async c => await Curator(c).AddPaperAsync(c.GetArgument<AddPaperInput>("input"), Actor(c), c.CancellationToken));
        Field<NonNullGraphType<UpdatePaperPayloadType>>("updatePaper")
            .Description("Changes a paper's fields; a new title or abstract is re-extracted, curated links stay.")
            .Argument<NonNullGraphType<UpdatePaperInputType>>("input")
            .ResolveAsync(async c => await Curator(c).UpdatePaperAsync(c.GetArgument<UpdatePaperInput>("input"), Actor(c), c.CancellationToken));
        Field<NonNullGraphType<RemovePaperPayloadType>>("removePaper")
            .Description("Removes a paper and all its relationships.")
            .Argument<NonNullGraphType<RemovePaperInputType>>("input")
            .ResolveAsync(async c => await Curator(c).RemovePaperAsync(c.GetArgument<RemovePaperInput>("input"), Actor(c), c.CancellationToken));
        Field<NonNullGraphType<LinkPaperPayloadType>>("linkPaper")
            .Description("Links a paper to a method, dataset, topic or model (a curated link).")
            .Argument<NonNullGraphType<LinkPaperInputType>>("input")
            .ResolveAsync(async c => await Curator(c).LinkPaperAsync(c.GetArgument<LinkPaperInput>("input"), Actor(c), c.CancellationToken));
        Field<NonNullGraphType<UnlinkPaperPayloadType>>("unlinkPaper")
            .Description("Removes the link between a paper and a term; extraction does not link the two again until a curator does.")
            .Argument<NonNullGraphType<UnlinkPaperInputType>>("input")
            .ResolveAsync(async c => await Curator(c).UnlinkPaperAsync(c.GetArgument<UnlinkPaperInput>("input"), Actor(c), c.CancellationToken));
        AddTerm("addMethod", EntityKind.Method);
        AddTerm("addDataset", EntityKind.Dataset);
        AddTerm("addTopic", EntityKind.Topic);
        AddTerm("addModel", EntityKind.Model);
        Field<NonNullGraphType<MergeEntitiesPayloadType>>("mergeEntities")
            .Description("Merges two terms that are the same thing.")
            .Argument<NonNullGraphType<MergeEntitiesInputType>>("input")
            .ResolveAsync(async c => await Curator(c).MergeAsync(c.GetArgument<MergeEntitiesInput>("input"), Actor(c), c.CancellationToken));
        Field<NonNullGraphType<IngestPayloadType>>("ingest")
            .Description("Reads a whole listing and adds (or replaces) its papers, each as an audited change.")
            .Argument<NonNullGraphType<IngestInputType>>("input")
            .ResolveAsync(async c => await Curator(c).IngestAsync(c.GetArgument<IngestInput>("input"), Actor(c), c.CancellationToken));
    }

    private void AddTerm(string name, EntityKind kind) =>
        Field<NonNullGraphType<AddTermPayloadType>>(name)
            .Description($"Adds a {kind.ToString().ToLowerInvariant()} to the vocabulary; with `relink`, links the papers that name it.")
            .Argument<NonNullGraphType<AddTermInputType>>("input")
            .ResolveAsync(async c => await Curator(c).AddTermAsync(c.GetArgument<AddTermInput>("input") with { Kind = kind }, Actor(c), c.CancellationToken));

    private static GraphCurator Curator(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphCurator>();

    // The validation rule guarantees an authenticated user by the time a mutation resolves.
    private static string Actor(IResolveFieldContext context) =>
        context.User?.FindFirst(ClaimTypes.Name)?.Value ?? throw new InvalidOperationException("A mutation ran without an authenticated user.");
}
