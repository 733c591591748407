namespace Router.Accounting.Budget;

/// <summary>
/// Lua run atomically by Redis. Keys per tenant per UTC day: KEYS[1] settled spend (integer), KEYS[2] hash
/// reservation id → amount, KEYS[3] sorted set reservation id → expiry (unix ms). Expired reservations are
/// dropped first, so a crashed caller's reservation stops counting once it expires.
/// </summary>
internal static class RedisBudgetScripts
{
    private const string DropExpiredAndSumUsed = """
        local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[1])
        for _, id in ipairs(expired) do redis.call('HDEL', KEYS[2], id) end
        redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[1])
        local used = tonumber(redis.call('GET', KEYS[1]) or '0')
        for _, v in ipairs(redis.call('HVALS', KEYS[2])) do used = used + tonumber(v) end
        """;

    /// <summary>ARGV: now ms, id, amount, limit, expiry ms, key ttl s. Returns -1 when it does not fit, else used before.</summary>
    public const string Reserve = DropExpiredAndSumUsed + """

        if used + tonumber(ARGV[3]) > tonumber(ARGV[4]) then return -1 end
        redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
        redis.call('ZADD', KEYS[3], ARGV[5], ARGV[2])
        for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[6]) end
        return used
        """;

    /// <summary>ARGV: now ms. Returns spend plus live reservations.</summary>
    public const string Used = DropExpiredAndSumUsed + """

        return used
        """;

    /// <summary>ARGV: id, actual, key ttl s. Replaces the reservation with the actual spend; returns settled spend.</summary>
    public const string Settle = """
        redis.call('HDEL', KEYS[2], ARGV[1])
        redis.call('ZREM', KEYS[3], ARGV[1])
        local spent = redis.call('INCRBY', KEYS[1], ARGV[2])
        redis.call('EXPIRE', KEYS[1], ARGV[3])
        return spent
        """;

    /// <summary>ARGV: amount, key ttl s. Adds spend settled while Redis was away; returns settled spend.</summary>
    public const string AddSpent = """
        local spent = redis.call('INCRBY', KEYS[1], ARGV[1])
        redis.call('EXPIRE', KEYS[1], ARGV[2])
        return spent
        """;

    /// <summary>ARGV: id.</summary>
    public const string Release = """
        redis.call('HDEL', KEYS[2], ARGV[1])
        redis.call('ZREM', KEYS[3], ARGV[1])
        return 0
        """;
}
