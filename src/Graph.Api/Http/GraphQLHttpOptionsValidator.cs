using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>Rejects <see cref="GraphQLHttpOptions"/> that would make the endpoint unusable or unbounded.</summary>
internal sealed class GraphQLHttpOptionsValidator : IValidateOptions<GraphQLHttpOptions>
{
    // A body above this is not a GraphQL request any client of ours sends; it would only widen the attack surface.
    private const long MaxAllowedRequestBytes = 64L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var section = GraphQLHttpOptions.SectionName;

        if (options.MaxRequestBytes is < 1024 or > MaxAllowedRequestBytes)
        {
            failures.Add($"{section}:MaxRequestBytes must be between 1024 and {MaxAllowedRequestBytes}; it is {options.MaxRequestBytes}.");
        }

        if (options.MaxQueryLength < 1)
        {
            failures.Add($"{section}:MaxQueryLength must be positive; it is {options.MaxQueryLength}.");
        }

        if (options.MaxJsonDepth is < 2 or > 256)
        {
            failures.Add($"{section}:MaxJsonDepth must be between 2 and 256; it is {options.MaxJsonDepth}.");
        }

        if (options.BodyReadTimeout <= TimeSpan.Zero || options.BodyReadTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{section}:BodyReadTimeout must be positive and at most 10 minutes; it is {options.BodyReadTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
