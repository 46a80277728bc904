using FluentValidation;
using Graph.Api.Curation.Inputs;
using Graph.Core.Storage;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="UnlinkPaperInput"/>.</summary>
public sealed class UnlinkPaperInputValidator : AbstractValidator<UnlinkPaperInput>
{
    public UnlinkPaperInputValidator(IGraphStore store)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.PaperId).ExistingPaper(store);
        RuleFor(x => x.TermId).ExistingTerm(store);
    }
}
