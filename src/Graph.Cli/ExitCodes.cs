namespace Graph.Cli;

/// <summary>The exit codes of <c>graph</c>.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>An input file or the vocabulary is invalid; nothing was written.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The store or the file system failed.</summary>
    public const int StoreFailure = 3;

    /// <summary>Interrupted.</summary>
    public const int Cancelled = 130;

    /// <summary>A bug: the message includes the stack trace.</summary>
    public const int Unexpected = 70;
}
