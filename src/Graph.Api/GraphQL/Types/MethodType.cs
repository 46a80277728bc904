using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Types;

/// <summary>A method, with the methods used alongside it and the datasets it is evaluated on.</summary>
public sealed class MethodType : TermType<MethodType>
{
    public MethodType()
        : base(EntityKind.Method, "A technique, algorithm or architecture (LoRA, DPO, Mixture of Experts).")
    {
        CoOccurrenceField<MethodCoOccurrenceType>("coUsedMethods", EntityKind.Method, "Methods used in the same papers, most shared papers first.");
        CoOccurrenceField<DatasetCoOccurrenceType>("datasets", EntityKind.Dataset, "Datasets the method is evaluated on, most papers first.");
    }
}
