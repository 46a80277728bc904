using System.Text.RegularExpressions;
using FluentValidation;
using Graph.Api.GraphQL;
using Graph.Core.Domain;
using Graph.Core.Storage;

namespace Graph.Api.Curation.Validation;

/// <summary>Rules several validators share: global ids that exist, names, dates, arXiv ids and URLs.</summary>
public static partial class ValidationRules
{
    /// <summary>The labels of vocabulary terms.</summary>
    public static readonly IReadOnlySet<NodeLabel> TermLabels = new HashSet<NodeLabel> { NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Topic, NodeLabel.Model };

    // New-style (2106.09685, with an optional version) and old-style (cs.LG/0601001, hep-th/9901001) arXiv ids.
    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$", RegexOptions.CultureInvariant)]
    public static partial Regex ArxivId();

    /// <summary>The global id names an existing paper.</summary>
    public static IRuleBuilderOptions<T, string> ExistingPaper<T>(this IRuleBuilder<T, string> rule, IGraphStore store) =>
        rule.NotEmpty().WithErrorCode(ValidationCodes.Required).WithMessage("A paper id is required.")
            .Must(id => GlobalId.TryDecode(id, out var label, out _) && label == NodeLabel.Paper)
            .WithErrorCode(ValidationCodes.InvalidId).WithMessage("'{PropertyValue}' is not the global id of a paper.")
            .MustAsync(async (id, ct) => (await store.GetPapersAsync([GlobalId.Decode(id).Id], ct)).Count == 1)
            .WithErrorCode(ValidationCodes.NotFound).WithMessage("No paper has the id '{PropertyValue}'.");

    /// <summary>The global id names an existing method, dataset, topic or model.</summary>
    public static IRuleBuilderOptions<T, string> ExistingTerm<T>(this IRuleBuilder<T, string> rule, IGraphStore store) =>
        rule.NotEmpty().WithErrorCode(ValidationCodes.Required).WithMessage("A term id is required.")
            .Must(id => GlobalId.TryDecode(id, out var label, out _) && TermLabels.Contains(label))
            .WithErrorCode(ValidationCodes.InvalidId).WithMessage("'{PropertyValue}' is not the global id of a method, dataset, topic or model.")
            .MustAsync(async (id, ct) => (await store.GetEntitiesAsync([GlobalId.Decode(id).Id], ct)).Count == 1)
            .WithErrorCode(ValidationCodes.NotFound).WithMessage("No term has the id '{PropertyValue}'.");

    /// <summary>A name or alias: not blank, at most 200 characters, no ';' (the list separator of CSV exports).</summary>
    public static IRuleBuilderOptions<T, string?> TermName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithErrorCode(ValidationCodes.Required).WithMessage("A name must not be empty.")
            .MaximumLength(200).WithErrorCode(ValidationCodes.TooLong).WithMessage("A name has at most 200 characters.")
            .Must(name => !name!.Contains(';', StringComparison.Ordinal))
            .WithErrorCode(ValidationCodes.InvalidCharacter).WithMessage("A name may not contain ';'.");

    /// <summary>A publication date: not after today, not before 1900.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> PublicationDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithErrorCode(ValidationCodes.DateInFuture).WithMessage("The publication date is in the future.")
            .Must(date => date is null || date.Value.Year >= 1900)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("The publication date is before 1900.");

    /// <summary>The arXiv id an http(s) arXiv URL names (<c>https://arxiv.org/abs/2106.09685v2</c>), if any.</summary>
    public static string? ArxivIdOf(Uri url)
    {
        if (!url.Host.EndsWith("arxiv.org", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = url.AbsolutePath.TrimEnd('/');
        foreach (var prefix in new[] { "/abs/", "/pdf/" })
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var id = path[prefix.Length..].Replace(".pdf", string.Empty, StringComparison.OrdinalIgnoreCase);
                return ArxivId().IsMatch(id) ? id : null;
            }
        }

        return null;
    }
}
