using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Types;

/// <summary>A dataset or benchmark, with the methods evaluated on it.</summary>
public sealed class DatasetType : TermType<DatasetType>
{
    public DatasetType()
        : base(EntityKind.Dataset, "A dataset or benchmark (MMLU, SQuAD, ImageNet).")
    {
        CoOccurrenceField<MethodCoOccurrenceType>("methods", EntityKind.Method, "Methods evaluated on this dataset, most papers first.");
        CoOccurrenceField<DatasetCoOccurrenceType>("coEvaluatedDatasets", EntityKind.Dataset, "Datasets evaluated in the same papers, most shared papers first.");
    }
}
