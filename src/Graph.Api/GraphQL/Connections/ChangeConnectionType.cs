using Graph.Api.GraphQL.Types;
using Graph.Core.Curation;

namespace Graph.Api.GraphQL.Connections;

/// <summary>A page of the audit trail.</summary>
public sealed class ChangeConnectionType() : ConnectionType<ChangeType, ChangeEdgeType, ChangeRecord>("Change");

/// <summary>A change in a list.</summary>
public sealed class ChangeEdgeType() : EdgeType<ChangeType, ChangeRecord>("Change");
