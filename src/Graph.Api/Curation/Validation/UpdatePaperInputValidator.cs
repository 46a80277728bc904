using FluentValidation;
using Graph.Api.Curation.Inputs;
using Graph.Core.Storage;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="UpdatePaperInput"/>.</summary>
public sealed class UpdatePaperInputValidator : AbstractValidator<UpdatePaperInput>
{
    public UpdatePaperInputValidator(IGraphStore store, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.PaperId).ExistingPaper(store);
        RuleFor(x => x).Must(x => x.Title is not null || x.Abstract is not null || x.PublishedOn is not null ||
                x.AuthorCount is not null || x.Upvotes is not null || x.Organization is not null)
            .WithErrorCode(ValidationCodes.NothingToUpdate).WithMessage("Give at least one field to change.").OverridePropertyName("input");
        RuleFor(x => x.Title!).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ValidationCodes.Required).WithMessage("A title must not be empty.")
            .MaximumLength(1_000).WithErrorCode(ValidationCodes.TooLong).WithMessage("A title has at most 1,000 characters.")
            .When(x => x.Title is not null);
        RuleFor(x => x.Abstract).MaximumLength(50_000).WithErrorCode(ValidationCodes.TooLong).WithMessage("An abstract has at most 50,000 characters.");
        RuleFor(x => x.PublishedOn).PublicationDate(clock);
        RuleFor(x => x.AuthorCount).InclusiveBetween(0, 100_000).When(x => x.AuthorCount is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("authorCount must be between 0 and 100,000.");
        RuleFor(x => x.Upvotes).GreaterThanOrEqualTo(0).When(x => x.Upvotes is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("upvotes must not be negative.");
        RuleFor(x => x.Organization).MaximumLength(300).WithErrorCode(ValidationCodes.TooLong).WithMessage("An organization name has at most 300 characters.");
    }
}
