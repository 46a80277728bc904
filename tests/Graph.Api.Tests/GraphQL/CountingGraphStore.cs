using System.Collections.Concurrent;
using System.Reflection;
using Graph.Core.Storage;

namespace Graph.Api.Tests.GraphQL;

/// <summary>Counts every call to the store port, by operation, for tests that bound the number of store calls.</summary>
public class CountingGraphStore : DispatchProxy
{
    private IGraphStore _inner = null!;

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public int Total => Calls.Values.Sum();

    public static (IGraphStore Store, CountingGraphStore Counter) Wrap(IGraphStore inner)
    {
        var proxy = Create<IGraphStore, CountingGraphStore>();
        var counter = (CountingGraphStore)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    public void Reset() => Calls.Clear();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        Calls.AddOrUpdate(targetMethod.Name, 1, (_, n) => n + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
