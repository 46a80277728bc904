using Graph.Core;
using Graph.Core.Curation;
using Graph.Core.Domain;

namespace Graph.Storage;

/// <summary>
/// The errors a change can end in, worded once so every backend refuses the same change the same way: a missing
/// node is <c>NOT_FOUND</c>, a stale expectation <c>CONFLICT</c>, malformed input <c>INVALID_ARGUMENT</c>.
/// </summary>
internal static class ChangeErrors
{
    public static CurationConflictException PaperNotFound(string paperId) =>
        new(ErrorCodes.NotFound, $"Paper '{paperId}' does not exist.");

    public static CurationConflictException TermNotFound(string entityId) =>
        new(ErrorCodes.NotFound, $"Term '{entityId}' does not exist.");

    public static CurationConflictException LinkNotFound(string paperId, string entityId) =>
        new(ErrorCodes.NotFound, $"Paper '{paperId}' has no link to term '{entityId}'.");

    public static CurationConflictException TextChanged(string paperId) =>
        new(ErrorCodes.Conflict, $"The title or abstract of paper '{paperId}' changed since it was read; read it again.");

    public static GraphQueryException WrongKind(string entityId, EntityKind stored, EntityKind linkedAs) =>
        Invalid($"Term '{entityId}' is a {Noun(stored)}; it cannot be linked as a {Noun(linkedAs)}.");

    public static GraphQueryException KindsDiffer(Entity survivor, Entity merged) =>
        Invalid($"Term '{merged.Id}' is a {Noun(merged.Kind)} and '{survivor.Id}' a {Noun(survivor.Kind)}; " +
                "only terms of one kind can be merged.");

    public static GraphQueryException EvidenceNotInText(string paperId, Evidence span) =>
        Invalid($"The evidence '{span.Text}' at {span.Start}..{span.End} of the {span.Field.ToString().ToLowerInvariant()} " +
                $"of paper '{paperId}' is not what the paper says there.");

    public static GraphQueryException Invalid(string message) => new(ErrorCodes.InvalidArgument, message);

    /// <summary>The lower-case name of a kind as messages use it (<c>method</c>).</summary>
    public static string Noun(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
