namespace Graph.Storage.Neo4j;

/// <summary>Whether a request only reads (and may go to any cluster member) or writes.</summary>
internal enum Neo4jAccessMode
{
    Read,
    Write,
}
