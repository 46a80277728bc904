using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Types;

/// <summary>A research topic, with the methods and datasets of its papers.</summary>
public sealed class TopicType : TermType<TopicType>
{
    public TopicType()
        : base(EntityKind.Topic, "A research area (continual learning, in-context learning).")
    {
        CoOccurrenceField<MethodCoOccurrenceType>("methods", EntityKind.Method, "Methods used by papers on this topic, most papers first.");
        CoOccurrenceField<DatasetCoOccurrenceType>("datasets", EntityKind.Dataset, "Datasets of papers on this topic, most papers first.");
    }
}
