using FluentValidation;
using Graph.Api.Curation.Inputs;
using Graph.Api.GraphQL;
using Graph.Core.Storage;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="MergeEntitiesInput"/>: two different existing terms of the same kind.</summary>
public sealed class MergeEntitiesInputValidator : AbstractValidator<MergeEntitiesInput>
{
    public MergeEntitiesInputValidator(IGraphStore store)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.SurvivorId).ExistingTerm(store);
        RuleFor(x => x.MergedId).ExistingTerm(store)
            .Must((input, merged) => merged != input.SurvivorId)
            .WithErrorCode(ValidationCodes.SelfMerge).WithMessage("A term cannot be merged into itself.")
            .Must((input, merged) => !GlobalId.TryDecode(input.SurvivorId, out var survivor, out _) || GlobalId.Decode(merged).Label == survivor)
            .WithErrorCode(ValidationCodes.KindMismatch).WithMessage("Only terms of the same kind can be merged.");
    }
}
