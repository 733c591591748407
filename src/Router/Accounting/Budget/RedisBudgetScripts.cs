namespace Router.Accounting.Budget;

/// <summary>
/// Lua run atomically by Redis. Keys per tenant per UTC day: KEYS[1] settled spend (integer), KEYS[2] hash
/// reservation id → amount, KEYS[3] sorted set reservation id → expiry (unix ms), KEYS[4] a marker that the day's
/// spend was rebuilt from the ledger. Expired reservations are dropped first, so a crashed caller's reservation stops
/// counting once it expires. Reserve and Used answer <see cref="NotSeeded"/> while the marker is missing (a new day,
/// or Redis lost its keys): the guard then rebuilds the day with <see cref="Seed"/> before any money is let through.
/// </summary>
internal static class RedisBudgetScripts
{
    /// <summary>Answer of Reserve and Used when the tenant-day's spend has not been rebuilt in this Redis yet.</summary>
    public const long NotSeeded = -2;

    private const string RequireSeed = """
        if ARGV[#ARGV] == '1' and redis.call('EXISTS', KEYS[4]) == 0 then return -2 end
        """;

    private const string DropExpiredAndSumUsed = """
        local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[1])
        for _, id in ipairs(expired) do redis.call('HDEL', KEYS[2], id) end
        redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[1])
        local used = tonumber(redis.call('GET', KEYS[1]) or '0')
        for _, v in ipairs(redis.call('HVALS', KEYS[2])) do used = used + tonumber(v) end
        """;

    /// <summary>ARGV: now ms, id, amount, limit, expiry ms, key ttl s, held elsewhere (the caller's in-process
    /// reservations, counted but not stored), require seed (1/0). Returns -1 when it does not fit,
    /// <see cref="NotSeeded"/>, else used before.</summary>
    public const string Reserve = RequireSeed + "\n" + DropExpiredAndSumUsed + """

        if used + tonumber(ARGV[3]) + tonumber(ARGV[7]) > tonumber(ARGV[4]) then return -1 end
        redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
        redis.call('ZADD', KEYS[3], ARGV[5], ARGV[2])
        for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[6]) end
        return used
        """;

    /// <summary>ARGV: now ms, require seed (1/0). Returns spend plus live reservations, or <see cref="NotSeeded"/>.</summary>
    public const string Used = RequireSeed + "\n" + DropExpiredAndSumUsed + """

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

    /// <summary>
    /// ARGV: delta (negative gives back). Moves settled spend, never below zero; a day Redis does not know (expired or
    /// lost keys, rebuilt from the ledger when next used) is left alone. Returns settled spend, or -1.
    /// </summary>
    public const string Revise = """
        local spent = redis.call('GET', KEYS[1])
        if not spent then return -1 end
        if tonumber(spent) + tonumber(ARGV[1]) < 0 then return redis.call('DECRBY', KEYS[1], spent) end
        return redis.call('INCRBY', KEYS[1], ARGV[1])
        """;

    /// <summary>
    /// ARGV: floor, key ttl s, mark (1/0). Lifts settled spend to at least the floor (never lowers it: spend settled in
    /// this Redis since it lost its keys is kept) and, when the floor came from the ledger, sets the marker.
    /// </summary>
    public const string Seed = """
        local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
        if tonumber(ARGV[1]) > spent then redis.call('SET', KEYS[1], ARGV[1]) end
        redis.call('EXPIRE', KEYS[1], ARGV[2])
        if ARGV[3] == '1' then redis.call('SET', KEYS[4], '1', 'EX', ARGV[2]) end
        return 0
        """;

    /// <summary>ARGV: id.</summary>
    public const string Release = """
        redis.call('HDEL', KEYS[2], ARGV[1])
        redis.call('ZREM', KEYS[3], ARGV[1])
        return 0
        """;
}
