namespace Graph.Core.Domain;

/// <summary>The part of a paper a piece of evidence was found in.</summary>
public enum TextField
{
    /// <summary>The paper's title.</summary>
    Title,

    /// <summary>The paper's abstract.</summary>
    Abstract,
}
