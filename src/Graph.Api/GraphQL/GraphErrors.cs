using Graph.Core;
using GraphQL;

namespace Graph.Api.GraphQL;

/// <summary>Errors a client caused, as GraphQL errors with a stable <c>extensions.code</c>.</summary>
public static class GraphErrors
{
    /// <summary>An error with a code from <see cref="ErrorCodes"/>.</summary>
    public static ExecutionError Create(string code, string message) => new(message) { Code = code };

    /// <summary>An argument outside its range.</summary>
    public static ExecutionError InvalidArgument(string message) => Create(ErrorCodes.InvalidArgument, message);

    /// <summary>Checks that an integer argument lies within bounds.</summary>
    public static int InRange(int value, string argument, int min, int max) =>
        value >= min && value <= max
            ? value
            : throw InvalidArgument($"'{argument}' must be between {min} and {max}; it was {value}.");
}
