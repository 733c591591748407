using System.ComponentModel.DataAnnotations;
using Router.Redis;

namespace Router.Caching;

/// <summary>Bound from configuration section "Cache".</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public RedisOptions Redis { get; set; } = new();

    /// <summary>Lifetime of a cache entry.</summary>
    [Range(1, 30 * 24 * 3600)]
    public int TtlSeconds { get; set; } = 3600;

    /// <summary>Most entries the in-memory cache keeps (used only when no Redis is configured).</summary>
    [Range(1, 10_000_000)]
    public int InMemoryMaxEntries { get; set; } = 10_000;

    public TimeSpan Ttl => TimeSpan.FromSeconds(TtlSeconds);
}
