using Graph.Api.GraphQL.Types;
using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Mutations;

/// <summary>The payload of mutations that change one paper.</summary>
public abstract class PaperPayloadType : PayloadType<Paper>
{
    protected PaperPayloadType(string name)
        : base(name, "The paper after the change, or why it was not changed.") =>
        Field<PaperType>("paper").Description("The paper as it is now; null when the mutation failed.").Resolve(c => c.Source.Value);
}

/// <summary>The payload of <c>addPaper</c>.</summary>
public sealed class AddPaperPayloadType() : PaperPayloadType("AddPaperPayload");

/// <summary>The payload of <c>updatePaper</c>.</summary>
public sealed class UpdatePaperPayloadType() : PaperPayloadType("UpdatePaperPayload");

/// <summary>The payload of <c>linkPaper</c>.</summary>
public sealed class LinkPaperPayloadType() : PaperPayloadType("LinkPaperPayload");

/// <summary>The payload of <c>unlinkPaper</c>.</summary>
public sealed class UnlinkPaperPayloadType() : PaperPayloadType("UnlinkPaperPayload");
