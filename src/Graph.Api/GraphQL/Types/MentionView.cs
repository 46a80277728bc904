using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Types;

/// <summary>A link as the API shows it: the term itself and the spans that justify the link.</summary>
public sealed record MentionView(Entity Term, IReadOnlyList<Evidence> Evidence);
