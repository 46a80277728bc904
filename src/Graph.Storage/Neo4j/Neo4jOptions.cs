using System.Text.RegularExpressions;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Settings of the Neo4j store (<c>Graph:Neo4j</c>), which talks to Neo4j's HTTP Query API. The environment
/// variables <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c> override the
/// configuration when the store is registered through <c>AddGraphStorage</c>; <c>NEO4J_AUTH</c> gives the
/// credentials when nothing else does.
/// </summary>
public sealed partial class Neo4jOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Graph:Neo4j";

    /// <summary>The environment variable that overrides <see cref="Uri"/>.</summary>
    public const string UriVariable = "NEO4J_URI";

    /// <summary>The environment variable that overrides <see cref="User"/>.</summary>
    public const string UserVariable = "NEO4J_USER";

    /// <summary>The environment variable that overrides <see cref="Password"/>.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>The environment variable that overrides <see cref="Database"/>.</summary>
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>
    /// Neo4j's Docker image takes its credentials as <c>NEO4J_AUTH=user/password</c>; the store reads it too, when no
    /// user, password or token is set otherwise, so a container beside Neo4j can share its env file.
    /// </summary>
    public const string AuthVariable = "NEO4J_AUTH";

    /// <summary>The server's HTTP(S) address, e.g. <c>http://localhost:7474</c>.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The database that holds the graph.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The user for Basic authentication; give <see cref="Password"/> with it, or <see cref="Token"/> instead.</summary>
    public string? User { get; set; }

    /// <summary>The password for Basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>A bearer token (SSO), instead of a user and password.</summary>
    public string? Token { get; set; }

    /// <summary>How long one request to Neo4j may take before it fails.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a unit of work is retried after a transient failure (0 turns retries off).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The delay before the first retry; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Overrides settings with the <c>NEO4J_*</c> variables that are set and not blank.</summary>
    /// <param name="read">Reads one environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    public void ApplyEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Value(UriVariable) is { } uri)
        {
            Uri = System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed : new Uri(uri, UriKind.Relative);
        }

        User = Value(UserVariable) ?? User;
        Password = Value(PasswordVariable) ?? Password;
        Database = Value(DatabaseVariable) ?? Database;

        // user/password, split at the first slash as Neo4j's image splits it; "none" turns authentication off there.
        var auth = Value(AuthVariable);
        var slash = auth?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (string.IsNullOrEmpty(User) && string.IsNullOrEmpty(Password) && string.IsNullOrEmpty(Token) && slash > 0)
        {
            User = auth![..slash];
            Password = auth[(slash + 1)..];
        }

        string? Value(string name) => read(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    /// <summary>The problems with these settings, if any. Never includes the password or token.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Uri is null)
        {
            problems.Add($"The Neo4j address is not set; set {SectionName}:Uri or the {UriVariable} environment variable.");
        }
        else if (!Uri.IsAbsoluteUri || (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps))
        {
            problems.Add("The Neo4j address must be an absolute http:// or https:// URI (the Query API port, 7474 by default); " +
                         "bolt:// and neo4j:// are driver protocols.");
        }
        else if (!string.IsNullOrEmpty(Uri.UserInfo))
        {
            problems.Add($"The Neo4j address must not carry credentials; set {SectionName}:User and :Password instead.");
        }

        if (string.IsNullOrWhiteSpace(Database) || !DatabaseName().IsMatch(Database))
        {
            problems.Add("The Neo4j database name must start with a letter and hold 3 to 63 letters, digits, dots or dashes.");
        }

        if (!string.IsNullOrEmpty(Token) && (!string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Password)))
        {
            problems.Add("Give Neo4j either a token or a user and password, not both.");
        }

        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password))
        {
            problems.Add("Give Neo4j a user and a password together.");
        }

        if (Timeout < TimeSpan.FromMilliseconds(1) || Timeout > TimeSpan.FromMinutes(30))
        {
            problems.Add($"{SectionName}:Timeout must be between 1 millisecond and 30 minutes.");
        }

        if (MaxRetries is < 0 or > 20)
        {
            problems.Add($"{SectionName}:MaxRetries must be between 0 and 20.");
        }

        if (RetryDelay < TimeSpan.Zero || MaxRetryDelay < RetryDelay || MaxRetryDelay > TimeSpan.FromMinutes(5))
        {
            problems.Add($"{SectionName}:RetryDelay must not be negative and at most MaxRetryDelay, which is at most 5 minutes.");
        }

        return problems;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{2,62}$")]
    private static partial Regex DatabaseName();
}
