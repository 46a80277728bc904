using FluentValidation;
using Graph.Api.Curation.Inputs;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="AddPaperInput"/>.</summary>
public sealed class AddPaperInputValidator : AbstractValidator<AddPaperInput>
{
    public AddPaperInputValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ValidationCodes.Required).WithMessage("A title is required.")
            .MaximumLength(1_000).WithErrorCode(ValidationCodes.TooLong).WithMessage("A title has at most 1,000 characters.");
        RuleFor(x => x.Abstract).MaximumLength(50_000).WithErrorCode(ValidationCodes.TooLong).WithMessage("An abstract has at most 50,000 characters.");
        RuleFor(x => x.ArxivId!).Matches(ValidationRules.ArxivId()).When(x => x.ArxivId is not null)
            .WithErrorCode(ValidationCodes.InvalidArxivId).WithMessage("'{PropertyValue}' is not an arXiv id such as 2106.09685.");
        RuleFor(x => x.Url!).Cascade(CascadeMode.Stop)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .WithErrorCode(ValidationCodes.InvalidUrl).WithMessage("'{PropertyValue}' is not an absolute http(s) URL.")
            .Must((input, url) => input.ArxivId is null || ValidationRules.ArxivIdOf(new Uri(url)) is not { } fromUrl || StripVersion(fromUrl) == StripVersion(input.ArxivId))
            .WithErrorCode(ValidationCodes.Inconsistent).WithMessage("The URL names another arXiv paper than arxivId.")
            .When(x => x.Url is not null);
        RuleFor(x => x.PublishedOn).PublicationDate(clock);
        RuleForEach(x => x.Authors).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ValidationCodes.Required).WithMessage("An author name must not be empty.")
            .MaximumLength(300).WithErrorCode(ValidationCodes.TooLong).WithMessage("An author name has at most 300 characters.");
        RuleFor(x => x.Authors!.Count).LessThanOrEqualTo(5_000).When(x => x.Authors is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("A paper lists at most 5,000 authors.").OverridePropertyName("authors");
        RuleFor(x => x.AuthorCount).InclusiveBetween(0, 100_000).When(x => x.AuthorCount is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("authorCount must be between 0 and 100,000.");
        RuleFor(x => x.AuthorCount).Must((input, count) => count >= input.Authors!.Count).When(x => x.AuthorCount is not null && x.Authors is { Count: > 0 })
            .WithErrorCode(ValidationCodes.Inconsistent).WithMessage("authorCount is smaller than the number of authors listed.");
        RuleFor(x => x.Upvotes).GreaterThanOrEqualTo(0).When(x => x.Upvotes is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("upvotes must not be negative.");
        RuleFor(x => x.Organization).MaximumLength(300).WithErrorCode(ValidationCodes.TooLong).WithMessage("An organization name has at most 300 characters.");
    }

    private static string StripVersion(string arxivId)
    {
        var v = arxivId.LastIndexOf('v');
        return v > 0 && arxivId[(v + 1)..].All(char.IsAsciiDigit) && arxivId.Length > v + 1 ? arxivId[..v] : arxivId;
    }
}
