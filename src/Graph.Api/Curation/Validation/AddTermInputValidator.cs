using FluentValidation;
using Graph.Api.Curation.Inputs;
using Graph.Core.Storage;

namespace Graph.Api.Curation.Validation;

/// <summary>Validates <see cref="AddTermInput"/>: a new name, aliases that name nothing else, a parent that exists.</summary>
public sealed class AddTermInputValidator : AbstractValidator<AddTermInput>
{
    public AddTermInputValidator(IGraphStore store)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).TermName()
            .MustAsync(async (input, name, ct) => await store.FindEntityAsync(input.Kind, name!, ct) is null)
            .WithErrorCode(ValidationCodes.NameTaken).WithMessage(input => $"A {input.Kind.ToString().ToLowerInvariant()} named '{input.Name}' exists already.");
        RuleForEach(x => x.Aliases).TermName()
            .MustAsync(async (input, alias, ct) => await store.FindEntityAsync(input.Kind, alias!, ct) is null)
            .WithErrorCode(ValidationCodes.NameTaken).WithMessage((input, alias) => $"'{alias}' already names a {input.Kind.ToString().ToLowerInvariant()}.");
        RuleFor(x => x.Aliases)
            .Must((input, aliases) => aliases!.Append(input.Name).GroupBy(a => a.Trim(), StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1))
            .When(x => x.Aliases is { Count: > 0 })
            .WithErrorCode(ValidationCodes.DuplicateAlias).WithMessage("The name and aliases must all differ (ignoring case).");
        RuleFor(x => x.Aliases!.Count).LessThanOrEqualTo(100).When(x => x.Aliases is not null)
            .WithErrorCode(ValidationCodes.OutOfRange).WithMessage("A term has at most 100 aliases.").OverridePropertyName("aliases");
        RuleFor(x => x.Parent!)
            .MustAsync(async (input, parent, ct) => await store.FindEntityAsync(input.Kind, parent, ct) is not null)
            .When(x => !string.IsNullOrWhiteSpace(x.Parent))
            .WithErrorCode(ValidationCodes.NotFound).WithMessage(input => $"No {input.Kind.ToString().ToLowerInvariant()} is named '{input.Parent}'.");
        RuleFor(x => x.Description).MaximumLength(1_000).WithErrorCode(ValidationCodes.TooLong).WithMessage("A description has at most 1,000 characters.");
        RuleFor(x => x.Kind).IsInEnum().WithErrorCode(ValidationCodes.OutOfRange);
    }
}
