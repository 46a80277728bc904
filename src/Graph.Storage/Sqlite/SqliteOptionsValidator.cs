using Microsoft.Extensions.Options;

namespace Graph.Storage.Sqlite;

/// <summary>Fails start-up with every problem of the SQLite settings at once.</summary>
internal sealed class SqliteOptionsValidator : IValidateOptions<SqliteOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
