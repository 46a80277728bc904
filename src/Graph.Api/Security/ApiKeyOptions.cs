using System.ComponentModel.DataAnnotations;

namespace Graph.Api.Security;

/// <summary>
/// The credentials allowed to write (<c>Graph:Auth</c>): each key is stored only as its SHA-256 hash, so the
/// configuration never holds a usable secret. <c>graph key new</c> makes a key and prints its hash.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Graph:Auth";

    /// <summary>The keys; empty means no one can write.</summary>
    public List<ApiKeyEntry> Keys { get; set; } = [];
}

/// <summary>One credential: who it is, and the SHA-256 of the key (64 hex digits).</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Who writes with this key; recorded in the audit trail.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Sha256 must be 64 hexadecimal digits.")]
    public string Sha256 { get; set; } = string.Empty;
}
