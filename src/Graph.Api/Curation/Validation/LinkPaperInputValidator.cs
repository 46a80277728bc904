using FluentValidation;
using Graph.Api.Curation.Inputs;
using Graph.Core.Storage;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="LinkPaperInput"/>; the store checks that evidence spans lie within the paper's text.</summary>
public sealed class LinkPaperInputValidator : AbstractValidator<LinkPaperInput>
{
    public LinkPaperInputValidator(IGraphStore store)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.PaperId).ExistingPaper(store);
        RuleFor(x => x.TermId).ExistingTerm(store);
        RuleFor(x => x.Evidence!.Count).LessThanOrEqualTo(50).When(x => x.Evidence is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("A link carries at most 50 evidence spans.").OverridePropertyName("evidence");
        RuleForEach(x => x.Evidence).ChildRules(span =>
        {
            span.RuleFor(s => s.Start).GreaterThanOrEqualTo(0).WithErrorCode(ValidationCodes.OutOfRange).WithMessage("start must not be negative.");
            span.RuleFor(s => s.End).GreaterThan(s => s.Start).WithErrorCode(ValidationCodes.OutOfRange).WithMessage("end must be greater than start.");
        });
    }
}
