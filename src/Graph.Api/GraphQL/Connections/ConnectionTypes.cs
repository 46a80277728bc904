using Graph.Api.GraphQL.Types;
using Graph.Core.Domain;

namespace Graph.Api.GraphQL.Connections;

/// <summary>A list of papers.</summary>
public sealed class PaperConnectionType() : ConnectionType<PaperType, PaperEdgeType, Paper>("Paper");

/// <summary>A paper in a list.</summary>
public sealed class PaperEdgeType() : EdgeType<PaperType, Paper>("Paper");

/// <summary>A list of methods.</summary>
public sealed class MethodConnectionType() : ConnectionType<MethodType, MethodEdgeType, Entity>("Method");

/// <summary>A method in a list.</summary>
public sealed class MethodEdgeType() : EdgeType<MethodType, Entity>("Method");

/// <summary>A list of datasets.</summary>
public sealed class DatasetConnectionType() : ConnectionType<DatasetType, DatasetEdgeType, Entity>("Dataset");

/// <summary>A dataset in a list.</summary>
public sealed class DatasetEdgeType() : EdgeType<DatasetType, Entity>("Dataset");

/// <summary>A list of topics.</summary>
public sealed class TopicConnectionType() : ConnectionType<TopicType, TopicEdgeType, Entity>("Topic");

/// <summary>A topic in a list.</summary>
public sealed class TopicEdgeType() : EdgeType<TopicType, Entity>("Topic");

/// <summary>A list of models.</summary>
public sealed class ModelConnectionType() : ConnectionType<ModelType, ModelEdgeType, Entity>("Model");

/// <summary>A model in a list.</summary>
public sealed class ModelEdgeType() : EdgeType<ModelType, Entity>("Model");
