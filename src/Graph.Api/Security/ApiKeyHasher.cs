using System.Security.Cryptography;
using System.Text;

namespace Graph.Api.Security;

/// <summary>Makes keys and compares them with stored hashes in constant time.</summary>
public static class ApiKeyHasher
{
    /// <summary>The prefix of every key, so leaked keys are easy to recognize and scan for.</summary>
    public const string Prefix = "graph_";

    /// <summary>A new random key (256 bits).</summary>
    public static string NewKey() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The lower-case hex SHA-256 of a key, as configuration stores it.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>True when <paramref name="key"/> hashes to <paramref name="storedHash"/>; timing does not depend on where they differ.</summary>
    public static bool Matches(string key, string storedHash)
    {
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        Span<byte> expected = stackalloc byte[32];
        return Convert.FromHexString(storedHash, expected, out _, out var written) == System.Buffers.OperationStatus.Done &&
            written == 32 && CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
