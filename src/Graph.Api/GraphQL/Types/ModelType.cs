using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Types;

/// <summary>A named pretrained model or model family.</summary>
public sealed class ModelType : TermType<ModelType>
{
    public ModelType()
        : base(EntityKind.Model, "A named pretrained model or model family (Llama 3, BERT, CLIP).")
    {
        CoOccurrenceField<MethodCoOccurrenceType>("methods", EntityKind.Method, "Methods used with this model, most papers first.");
        CoOccurrenceField<DatasetCoOccurrenceType>("datasets", EntityKind.Dataset, "Datasets this model is evaluated on, most papers first.");
    }
}
