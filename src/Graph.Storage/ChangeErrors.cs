using Graph.Core;
using Graph.Core.Curation;

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

    public static GraphQueryException Invalid(string message) => new(ErrorCodes.InvalidArgument, message);
}
