namespace Graph.Core.Storage;

/// <summary>Whether the store answers, and which schema version it runs.</summary>
public sealed record StoreHealth(string Backend, bool Reachable, int SchemaVersion, string? Problem);
