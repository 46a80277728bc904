using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>Rejects origins browsers would never send, and the unsafe pairing of <c>*</c> with credentials.</summary>
internal sealed class GraphCorsOptionsValidator : IValidateOptions<GraphCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphCorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var section = GraphCorsOptions.SectionName;

        foreach (var origin in options.Origins)
        {
            if (origin == "*")
            {
                if (options.AllowCredentials)
                {
                    failures.Add($"{section}:Origins cannot contain '*' when {section}:AllowCredentials is true.");
                }

                continue;
            }

            // An Origin header is scheme://host[:port] and nothing else, so anything more would never match.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !string.Equals(origin, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{section}:Origins has '{origin}'; an origin is a scheme and host such as https://example.org, without a path or trailing slash.");
            }
        }

        if (options.PreflightMaxAge < TimeSpan.Zero || options.PreflightMaxAge > TimeSpan.FromDays(1))
        {
            failures.Add($"{section}:PreflightMaxAge must be between 0 and 1 day; it is {options.PreflightMaxAge}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
