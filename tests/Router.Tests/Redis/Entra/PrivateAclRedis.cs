using System.Diagnostics;
using System.Text.RegularExpressions;
using StackExchange.Redis;

namespace Router.Tests.Redis.Entra;

/// <summary>
/// A private redis-server on a free loopback port with the default user off, an ACL user (the "identity")
/// whose password is the first fake Entra token, and an admin user the tests use to rotate passwords.
/// The shared Redis cannot be used: changing its ACL would break everyone else's tests.
/// </summary>
internal sealed partial class PrivateAclRedis : IAsyncDisposable
{
    private const string AdminPassword = "admin-secret";
    private readonly Process _process;
    private readonly string _directory;

    private PrivateAclRedis(Process process, string directory, int port, ConnectionMultiplexer admin)
    {
        _process = process;
        _directory = directory;
        Port = port;
        Admin = admin;
    }

    public int Port { get; }

    public ConnectionMultiplexer Admin { get; }

    public IServer Server => Admin.GetServer(Admin.GetEndPoints()[0]);

    public static async Task<PrivateAclRedis> StartAsync(string user, string password)
    {
        var port = TestEnvironment.ClosedPort();
        var directory = Directory.CreateTempSubdirectory("redis-acl-").FullName;
        var config = Path.Combine(directory, "redis.conf");
        await File.WriteAllLinesAsync(config,
        [
            $"port {port}", "bind 127.0.0.1", "save \"\"", "appendonly no", $"dir {directory}",
            "user default off",
            $"user {user} on >{password} ~* &* +@all",
            $"user admin on >{AdminPassword} ~* &* +@all",
        ]);
        var process = Process.Start(new ProcessStartInfo("redis-server", config) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("redis-server did not start (is it installed?)");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                var admin = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},user=admin,password={AdminPassword},allowAdmin=true,connectTimeout=500");
                return new PrivateAclRedis(process, directory, port, admin);
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public Task SetPasswordsAsync(string user, params string[] rules) =>
        Server.ExecuteAsync("ACL", ["SETUSER", user, .. rules]);

    /// <summary>Successful or failed AUTH commands the server has run (INFO commandstats).</summary>
    public async Task<(long Calls, long Failed)> AuthStatsAsync()
    {
        var info = (string?)await Server.ExecuteAsync("INFO", "commandstats") ?? "";
        var match = AuthStats().Match(info);
        return match.Success ? (long.Parse(match.Groups[1].Value), long.Parse(match.Groups[2].Value)) : (0, 0);
    }

    public async Task<int> ConnectionsOfAsync(string user)
    {
        var list = (string?)await Server.ExecuteAsync("CLIENT", "LIST") ?? "";
        return list.Split('\n').Count(line => line.Contains($" user={user} ", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await Admin.DisposeAsync();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [GeneratedRegex(@"cmdstat_auth:calls=(\d+),.*?failed_calls=(\d+)")]
    private static partial Regex AuthStats();
}
