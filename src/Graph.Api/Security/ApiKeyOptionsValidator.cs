using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Graph.Api.Security;

/// <summary>Refuses to start with a malformed key entry, naming it, rather than silently denying its holder.</summary>
public sealed partial class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();

    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add($"Graph:Auth:Keys:{i}:Name is required.");
            }

            if (!Sha256Hex().IsMatch(key.Sha256 ?? string.Empty))
            {
                failures.Add($"Graph:Auth:Keys:{i}:Sha256 must be the 64-hex-digit SHA-256 of the key (see `graph key new`).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
