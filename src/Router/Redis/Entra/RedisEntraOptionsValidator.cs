using System.Net;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Router.Redis.Entra;

/// <summary>Fails startup with a clear message when <c>Cache:Redis:UseEntraId</c> is combined with a connection string it cannot use.</summary>
internal sealed class RedisEntraOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions redis)
    {
        if (!redis.UseEntraId)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(redis.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Cache:Redis:UseEntraId is true but Cache:Redis:ConnectionString is empty: set it to host:port (Azure Managed Redis: <host>:10000,ssl=True).");
        }

        ConfigurationOptions parsed;
        try
        {
            parsed = ConfigurationOptions.Parse(redis.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"Cache:Redis:ConnectionString is not a valid StackExchange.Redis configuration string: {ex.GetType().Name}.");
        }

        if (!string.IsNullOrEmpty(parsed.Password) || !string.IsNullOrEmpty(parsed.User))
        {
            return ValidateOptionsResult.Fail("Cache:Redis:UseEntraId is true, so Cache:Redis:ConnectionString must carry no user or password (the Entra token is the password); remove them.");
        }

        if (!parsed.Ssl && parsed.EndPoints.Any(e => !IsLoopback(e)))
        {
            return ValidateOptionsResult.Fail("Cache:Redis:UseEntraId is true but Cache:Redis:ConnectionString has no ssl=True: Azure accepts Entra tokens over TLS only (Azure Managed Redis: <host>:10000,ssl=True).");
        }

        return ValidateOptionsResult.Success;
    }

    private static bool IsLoopback(EndPoint endpoint) => endpoint switch
    {
        IPEndPoint ip => IPAddress.IsLoopback(ip.Address),
        DnsEndPoint dns => string.Equals(dns.Host, "localhost", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
