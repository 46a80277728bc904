using FluentValidation;
using Graph.Api.Curation.Inputs;
using Graph.Core.Storage;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="RemovePaperInput"/>.</summary>
public sealed class RemovePaperInputValidator : AbstractValidator<RemovePaperInput>
{
    public RemovePaperInputValidator(IGraphStore store)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.PaperId).ExistingPaper(store);
    }
}
