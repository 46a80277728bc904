using System.Buffers.Text;
using System.Text;
using Graph.Core;
using Graph.Core.Domain;

namespace Graph.Api.GraphQL;

/// <summary>
/// Relay global ids: the type name and the graph id, <c>Paper:arxiv:2106.09685</c>, base64url-encoded so that
/// clients treat them as opaque.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of a node.</summary>
    public static string Encode(NodeLabel label, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(label + ":" + id));

    /// <summary>Reads a global id; the type name must agree with the graph id's own prefix.</summary>
    /// <exception cref="GraphQueryException">The id is not one this server issued.</exception>
    public static (NodeLabel Label, string Id) Decode(string globalId)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        }
        catch (FormatException)
        {
            throw Invalid(globalId);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Enum.TryParse<NodeLabel>(text[..colon], out var label) ||
            GraphIds.LabelOf(text[(colon + 1)..]) != label)
        {
            throw Invalid(globalId);
        }

        return (label, text[(colon + 1)..]);
    }

    /// <summary>Reads a global id without throwing; false for ids this server did not issue.</summary>
    public static bool TryDecode(string? globalId, out NodeLabel label, out string id)
    {
        label = default;
        id = string.Empty;
        if (string.IsNullOrWhiteSpace(globalId))
        {
            return false;
        }

        try
        {
            (label, id) = Decode(globalId);
            return true;
        }
        catch (GraphQueryException)
        {
            return false;
        }
    }

    private static GraphQueryException Invalid(string globalId) =>
        new(ErrorCodes.InvalidArgument, $"'{Shorten(globalId)}' is not a node id of this server.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
