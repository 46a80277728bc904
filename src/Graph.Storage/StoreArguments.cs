using Graph.Core;
using Graph.Core.Querying;

namespace Graph.Storage;

/// <summary>Argument checks shared by the backends, so that every backend rejects the same input the same way.</summary>
internal static class StoreArguments
{
    /// <summary>A result size: not negative and at most <see cref="PageRequest.MaxSize"/>.</summary>
    public static void RequireFirst(int first)
    {
        if (first < 0)
        {
            throw new GraphQueryException(ErrorCodes.InvalidPaging, "'first' must not be negative.");
        }

        if (first > PageRequest.MaxSize)
        {
            throw new GraphQueryException(
                ErrorCodes.PageSizeExceeded,
                $"A list holds at most {PageRequest.MaxSize} items; {first} were requested.");
        }
    }

    /// <summary>An integer argument within an inclusive range.</summary>
    public static void RequireRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new GraphQueryException(
                ErrorCodes.InvalidArgument, $"'{name}' must be between {min} and {max}; it was {value}.");
        }
    }

    /// <summary>A text argument that is not empty or whitespace.</summary>
    public static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new GraphQueryException(ErrorCodes.InvalidArgument, $"'{name}' must not be empty.");
        }
    }
}
