using FluentValidation;
using Graph.Api.Curation.Inputs;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="IngestInput"/>; the listing readers check the text itself.</summary>
public sealed class IngestInputValidator : AbstractValidator<IngestInput>
{
    public IngestInputValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Text).NotEmpty().WithErrorCode(ValidationCodes.Required).WithMessage("The listing text is empty.");
        RuleFor(x => x.Year).InclusiveBetween(1900, 2999).When(x => x.Year is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("year must be a four-digit year.");
    }
}
