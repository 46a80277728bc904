namespace Graph.Storage.Sqlite;

/// <summary>One step of the schema's history: applied once, in version order, never edited after release.</summary>
/// <param name="Version">The schema version the step produces.</param>
/// <param name="Description">What the step does, recorded in <c>schema_version</c>.</param>
/// <param name="Sql">The statements of the step.</param>
internal sealed record SqliteMigration(int Version, string Description, string Sql);
