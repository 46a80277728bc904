using System.Security.Cryptography;
using System.Text;

namespace Graph.Core.Domain;

/// <summary>Stable ids for nodes: the same input always yields the same id, on every backend.</summary>
public static class GraphIds
{
    /// <summary>A paper's id: from its arXiv id when known, else from its normalized title.</summary>
    public static string ForPaper(string? arxivId, string title)
    {
        if (!string.IsNullOrWhiteSpace(arxivId))
        {
            return "arxiv:" + arxivId.Trim().ToLowerInvariant();
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeTitle(title)));
        return "title:" + Convert.ToHexStringLower(digest)[..16];
    }

    /// <summary>A term's id: <c>kind:slug</c> of its canonical name.</summary>
    public static string ForEntity(EntityKind kind, string canonicalName) =>
        kind.ToString().ToLowerInvariant() + ":" + Slug(canonicalName);

    /// <summary>An organization's id.</summary>
    public static string ForOrganization(string name) => "org:" + Slug(name);

    /// <summary>An author's id.</summary>
    public static string ForAuthor(string name) => "author:" + Slug(name);

    /// <summary>The label a node id belongs to, read from its prefix.</summary>
    public static NodeLabel? LabelOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : id[..colon] switch
        {
            "arxiv" or "title" => NodeLabel.Paper,
            "method" => NodeLabel.Method,
            "dataset" => NodeLabel.Dataset,
            "topic" => NodeLabel.Topic,
            "model" => NodeLabel.Model,
            "org" => NodeLabel.Organization,
            "author" => NodeLabel.Author,
            _ => null,
        };
    }

    /// <summary>Lower case, letters and digits only, single spaces: titles that differ only in punctuation match.</summary>
    public static string NormalizeTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingSpace = false;
        foreach (var c in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower-case letters and digits joined by single hyphens; '+' kept as "plus" so C and C++ differ.</summary>
    public static string Slug(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var normalized = NormalizeTitle(name.Replace("+", " plus ", StringComparison.Ordinal));
        return normalized.Replace(' ', '-');
    }
}
