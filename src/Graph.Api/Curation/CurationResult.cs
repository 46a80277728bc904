namespace Graph.Api.Curation;

/// <summary>The outcome of a change: its result, or the errors that stopped it (then nothing was written).</summary>
public sealed record CurationResult<T>(T? Value, IReadOnlyList<CurationError> Errors)
    where T : class;

/// <summary>Makes <see cref="CurationResult{T}"/>s.</summary>
public static class CurationResult
{
    public static CurationResult<T> Success<T>(T value)
        where T : class => new(value, []);

    public static CurationResult<T> Failure<T>(params CurationError[] errors)
        where T : class => new(null, errors);
}
