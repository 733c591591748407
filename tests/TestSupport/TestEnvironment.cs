namespace Router.TestSupport;

/// <summary>The real services CI starts (scripts/test.sh). Missing variables fail the test: no silent skips.</summary>
public static class TestEnvironment
{
    public static string Redis => Require("ROUTER_TEST_REDIS");

    public static string Storage => Require("ROUTER_TEST_STORAGE");

    /// <summary>A loopback port nothing listens on (see <see cref="FreePort"/>).</summary>
    public static int ClosedPort() => FreePort.Next();

    /// <summary>The port of one endpoint (e.g. "TableEndpoint") of <see cref="Storage"/>, for a proxy in front of it.</summary>
    public static int StoragePort(string endpoint) =>
        new Uri(Storage.Split(';').Single(p => p.StartsWith(endpoint + "=", StringComparison.Ordinal))[(endpoint.Length + 1)..]).Port;

    public static string UniqueId(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)];

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run `eval \"$(scripts/services.sh env)\"` or scripts/test.sh.");
}
