namespace Graph.Core.Domain;

/// <summary>Every label a node of the graph can carry. Storage backends map these one to one.</summary>
public enum NodeLabel
{
    /// <summary>A paper.</summary>
    Paper,

    /// <summary>A method term.</summary>
    Method,

    /// <summary>A dataset or benchmark term.</summary>
    Dataset,

    /// <summary>A topic term.</summary>
    Topic,

    /// <summary>A named pretrained model.</summary>
    Model,

    /// <summary>An organization that published a paper.</summary>
    Organization,

    /// <summary>A person who wrote a paper.</summary>
    Author,
}
