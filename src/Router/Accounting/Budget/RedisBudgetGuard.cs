using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Accounting.Budget;

/// <summary>
/// Budgets shared by every instance through Redis (atomic Lua scripts).
/// <para>Fail-safe choice: when Redis is unreachable the guard falls back to in-process accounting (logged once per
/// outage) instead of refusing every call, so a cache outage never becomes a full outage. The fallback's spend is
/// raised to every total Redis reports for the tenant and day, counts Redis reservations still in flight, and its
/// own open reservations are counted by every Redis reservation this instance makes, so a single instance cannot
/// pass the limit however often Redis flaps; with N instances the worst case during an outage is N times the
/// remaining budget. Spend settled in the fallback (and by Redis reservations settled after Redis went away) is kept
/// as unsynced and added to Redis before the next script for that tenant and day (<see cref="UnsyncedBudgetSpend"/>), so a flapping Redis never forgets
/// it and every instance sees it once Redis is back.</para>
/// <para>Redis losing its keys (a restart without persistence, a failover, an eviction) must not hand a tenant its
/// day again. Each tenant-day carries a marker that its spend was rebuilt from the ledger; while it is missing the
/// scripts refuse to decide (<see cref="RedisBudgetScripts.NotSeeded"/>), and the guard first lifts the day's spend
/// to the larger of the ledger's total and the spend this instance last saw settled (<see cref="DaySeeding"/>). If
/// the ledger cannot be read, the tenant is held to what this instance saw, and the ledger is asked again later.</para>
/// </summary>
internal sealed class RedisBudgetGuard : IBudgetGuard
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(2);

    private readonly RedisConnection _connection;
    private readonly BudgetLimits _limits;
    private readonly BudgetOptions _options;
    private readonly TimeProvider _time;
    private readonly InMemoryBudgetGuard _fallback;
    private readonly RedisOutageMonitor _outage;
    private readonly UnsyncedBudgetSpend _unsynced = new();
    private readonly DaySeeding _seeding;

    public RedisBudgetGuard(RedisConnection connection, BudgetLimits limits, IOptions<BudgetOptions> options,
        TimeProvider time, ILogger<RedisBudgetGuard> logger, IDaySpendSource daySpend)
    {
        _seeding = new DaySeeding(daySpend, time, logger);
        _connection = connection;
        _limits = limits;
        _options = options.Value;
        _time = time;
        _fallback = new InMemoryBudgetGuard(limits, options, time);
        _outage = new RedisOutageMonitor("budgets", logger);
    }

    public async ValueTask<decimal?> RemainingAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        if (_limits.DailyLimit(tenantId) is not { } limit)
        {
            return null;
        }

        var day = BudgetLimits.Today(_time);
        var used = await EvaluateSeededAsync(RedisBudgetScripts.Used, tenantId, day, [NowMs()], cancellationToken).ConfigureAwait(false);
        if (used is null)
        {
            return await _fallback.RemainingAsync(tenantId, cancellationToken).ConfigureAwait(false);
        }

        var usedUsd = BudgetUnits.ToUsd(used.Value);
        _fallback.RaiseSpentTo(tenantId, day, usedUsd);
        return Math.Max(0m, limit - usedUsd - _fallback.Reserved(tenantId, day));
    }

    public async ValueTask<IBudgetReservation?> TryReserveAsync(string tenantId, decimal worstCaseUsd, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentOutOfRangeException.ThrowIfNegative(worstCaseUsd);
        if (_limits.DailyLimit(tenantId) is not { } limit)
        {
            return BudgetReservation.Unlimited;
        }

        var day = BudgetLimits.Today(_time);
        var id = Guid.NewGuid().ToString("N");
        var amount = BudgetUnits.FromUsd(worstCaseUsd);
        var expiresAt = (_time.GetUtcNow() + _options.ReservationTimeout).ToUnixTimeMilliseconds();
        // Limit rounds down and amounts up: rounding never lets spend past the configured limit.
        var limitUnits = BudgetUnits.FloorFromUsd(limit);
        var (holdId, heldHere) = _fallback.HoldWhileRedisDecides(tenantId, day, worstCaseUsd);
        long? usedBefore = null;
        try
        {
            usedBefore = await EvaluateSeededAsync(RedisBudgetScripts.Reserve, tenantId, day,
                [NowMs(), id, amount, limitUnits, expiresAt, (long)KeyLifetime.TotalSeconds, BudgetUnits.FromUsd(heldHere)],
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _fallback.EndHold(tenantId, day, holdId, usedBefore >= 0 ? BudgetUnits.ToUsd(usedBefore.Value + amount) : null);
        }

        if (usedBefore is null)
        {
            return await ReserveInFallbackAsync(tenantId, day, worstCaseUsd, cancellationToken).ConfigureAwait(false);
        }

        if (usedBefore < 0)
        {
            return null;
        }

        return new BudgetReservation(
            (actual, ct) => SettleAsync(tenantId, day, id, actual, ct),
            () => ReleaseAsync(tenantId, day, id));
    }

    public async ValueTask ReviseSpentAsync(string tenantId, DateOnly day, decimal settledUsd, decimal actualUsd, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentOutOfRangeException.ThrowIfNegative(settledUsd);
        ArgumentOutOfRangeException.ThrowIfNegative(actualUsd);
        if (_limits.DailyLimit(tenantId) is null)
        {
            return;
        }

        // In units as the settle counted them (each rounded up), so a correction undoes exactly what was added.
        var delta = BudgetUnits.FromUsd(actualUsd) - BudgetUnits.FromUsd(settledUsd);
        if (delta == 0)
        {
            return;
        }

        var spent = await TryEvaluateAsync(RedisBudgetScripts.Revise, tenantId, day, [delta], cancellationToken).ConfigureAwait(false);
        if (spent is null && delta > 0)
        {
            // Redis is away: more spend is kept here until it is back; money given back is not (stricter, never looser).
            _fallback.RecordSpent(tenantId, day, BudgetUnits.ToUsd(delta));
            _unsynced.Add(tenantId, day, delta);
        }
    }

    private async ValueTask SettleAsync(string tenantId, DateOnly day, string id, decimal actualUsd, CancellationToken cancellationToken)
    {
        var spent = await TryEvaluateAsync(RedisBudgetScripts.Settle, tenantId, day,
            [id, BudgetUnits.FromUsd(actualUsd), (long)KeyLifetime.TotalSeconds], cancellationToken).ConfigureAwait(false);
        if (spent is null)
        {
            // Redis went away mid-call: its reservation will expire there; the money is counted here instead.
            _fallback.RecordSpent(tenantId, day, actualUsd);
            _unsynced.Add(tenantId, day, BudgetUnits.FromUsd(actualUsd));
            return;
        }

        _fallback.RaiseSpentTo(tenantId, day, BudgetUnits.ToUsd(spent.Value));
        _seeding.SawSettled(tenantId, day, spent.Value);
    }

    /// <summary>
    /// Runs Reserve or Used (whose last argument is "require seed"). When Redis does not know the tenant-day yet, the
    /// day is rebuilt first and the script runs again without the check, so a ledger that cannot be read never blocks
    /// the call: the floor this instance can prove is in Redis by then.
    /// </summary>
    private async ValueTask<long?> EvaluateSeededAsync(string script, string tenantId, DateOnly day, RedisValue[] args, CancellationToken cancellationToken)
    {
        var result = await TryEvaluateAsync(script, tenantId, day, [.. args, 1], cancellationToken).ConfigureAwait(false);
        if (result != RedisBudgetScripts.NotSeeded)
        {
            return result;
        }

        var (floor, fromLedger) = await _seeding.FloorAsync(tenantId, day, cancellationToken).ConfigureAwait(false);
        var seeded = await TryEvaluateAsync(RedisBudgetScripts.Seed, tenantId, day,
            [floor, (long)KeyLifetime.TotalSeconds, fromLedger ? 1 : 0], cancellationToken).ConfigureAwait(false);
        if (seeded is null)
        {
            return null;
        }

        return await TryEvaluateAsync(script, tenantId, day, [.. args, 0], cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<IBudgetReservation?> ReserveInFallbackAsync(string tenantId, DateOnly day, decimal worstCaseUsd, CancellationToken cancellationToken)
    {
        var reservation = await _fallback.TryReserveAsync(tenantId, worstCaseUsd, cancellationToken).ConfigureAwait(false);
        if (reservation is null)
        {
            return null;
        }

        // Settled here, however late: Redis must still be told, whenever it is reachable again.
        return new BudgetReservation(
            async (actual, ct) =>
            {
                // Pending before the reservation ends: a Redis reserve in between counts it once or twice, never not at all.
                _unsynced.Add(tenantId, day, BudgetUnits.FromUsd(actual));
                await reservation.SettleAsync(actual, ct).ConfigureAwait(false);
            },
            reservation.DisposeAsync);
    }

    private async ValueTask ReleaseAsync(string tenantId, DateOnly day, string id) =>
        await TryEvaluateAsync(RedisBudgetScripts.Release, tenantId, day, [id], CancellationToken.None).ConfigureAwait(false);

    /// <summary>Runs a script after pushing unsynced fallback spend; null when Redis is unreachable (outage logged once).</summary>
    private async ValueTask<long?> TryEvaluateAsync(string script, string tenantId, DateOnly day, RedisValue[] args, CancellationToken cancellationToken)
    {
        var outages = _outage.OutagesSoFar;
        try
        {
            var database = await _connection.TryGetDatabaseAsync().ConfigureAwait(false);
            if (database is null)
            {
                _outage.ReportFailure("not connected");
                return null;
            }

            var keys = KeysFor(tenantId, day);
            await _unsynced.PushAsync(database, tenantId, day, keys, (long)KeyLifetime.TotalSeconds).ConfigureAwait(false);
            var result = await database.ScriptEvaluateAsync(script, keys, args)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            _outage.ReportSuccess(outages);
            return (long)result;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            _outage.ReportFailure(ex.GetType().Name);
            return null;
        }
    }

    private static RedisKey[] KeysFor(string tenantId, DateOnly day)
    {
        // The hash tag keeps one tenant-day's keys in one cluster slot, as multi-key scripts require.
        var tag = $"rb:{{{tenantId}:{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}}}";
        return [$"{tag}:spent", $"{tag}:reserved", $"{tag}:expiry", $"{tag}:seeded"];
    }

    private long NowMs() => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
