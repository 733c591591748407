using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.Accounting;
using Router.Accounting.Budget;
using Router.Routing;

namespace Router.Tests.Accounting.Budget;

/// <summary>The behaviour every <see cref="IBudgetGuard"/> must have; run once per implementation.</summary>
public abstract class BudgetGuardContractTests
{
    protected static readonly TimeSpan ReservationTimeout = TimeSpan.FromMinutes(10);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected string Tenant { get; } = $"budget-{Guid.NewGuid():N}";

    private protected abstract IBudgetGuard CreateGuard(BudgetLimits limits, IOptions<BudgetOptions> options);

    [Fact]
    public async Task TryReserveAsync_200ConcurrentOf1Against50_Exactly50SucceedAndSpendWithinLimit()
    {
        var guard = NewGuard(50m);

        var reservations = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(_ => Task.Run(async () => await guard.TryReserveAsync(Tenant, 1.00m))));
        var granted = reservations.Where(r => r is not null).ToList();

        Assert.Equal(50, granted.Count);
        await Task.WhenAll(granted.Select(r => r!.SettleAsync(1.00m).AsTask()));
        Assert.Equal(0m, await guard.RemainingAsync(Tenant));
        Assert.Null(await guard.TryReserveAsync(Tenant, 0.01m));
    }

    [Fact]
    public async Task SettleAsync_LowerThanReserved_ReleasesDifference()
    {
        var guard = NewGuard(50m);
        var reservation = await guard.TryReserveAsync(Tenant, 10m);
        Assert.Equal(40m, await guard.RemainingAsync(Tenant));

        await reservation!.SettleAsync(4m);

        Assert.Equal(46m, await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task DisposeAsync_WithoutSettle_ReleasesReservation()
    {
        var guard = NewGuard(50m);
        await using (var reservation = await guard.TryReserveAsync(Tenant, 30m))
        {
            Assert.NotNull(reservation);
            Assert.Null(await guard.TryReserveAsync(Tenant, 30m));
        }

        Assert.Equal(50m, await guard.RemainingAsync(Tenant));
        Assert.NotNull(await guard.TryReserveAsync(Tenant, 30m));
    }

    [Fact]
    public async Task SettleAsync_TwiceThenDispose_CountedOnce()
    {
        var guard = NewGuard(50m);
        var reservation = await guard.TryReserveAsync(Tenant, 5m);

        await reservation!.SettleAsync(3m);
        await reservation.SettleAsync(3m);
        await reservation.DisposeAsync();

        Assert.Equal(47m, await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task TryReserveAsync_ReservationExpired_BudgetFreed()
    {
        var guard = NewGuard(50m);
        Assert.NotNull(await guard.TryReserveAsync(Tenant, 50m));
        Assert.Null(await guard.TryReserveAsync(Tenant, 1m));

        Time.Advance(ReservationTimeout + TimeSpan.FromSeconds(1));

        Assert.NotNull(await guard.TryReserveAsync(Tenant, 1m));
    }

    [Fact]
    public async Task TryReserveAsync_NextUtcDay_FullBudgetAgain()
    {
        var guard = NewGuard(50m);
        await (await guard.TryReserveAsync(Tenant, 50m))!.SettleAsync(50m);
        Assert.Equal(0m, await guard.RemainingAsync(Tenant));

        Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(50m, await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task TryReserveAsync_NoLimitConfigured_AlwaysGrantedRemainingNull()
    {
        var guard = NewGuard(null);

        Assert.NotNull(await guard.TryReserveAsync(Tenant, 1_000_000m));
        Assert.Null(await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task TryReserveAsync_SubCentAmounts_ExactRemaining()
    {
        var guard = NewGuard(0.01m);
        var reservation = await guard.TryReserveAsync(Tenant, 0.0000025m);

        await reservation!.SettleAsync(0.0000013m);

        Assert.Equal(0.0099987m, await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task ReviseSpentAsync_BatchBilledLessThanSettled_GivesTheDifferenceBack()
    {
        var guard = NewGuard(50m);
        await (await guard.TryReserveAsync(Tenant, 10m))!.SettleAsync(10m);

        await guard.ReviseSpentAsync(Tenant, Today, settledUsd: 10m, actualUsd: 4m);

        Assert.Equal(46m, await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task ReviseSpentAsync_BilledMoreThanSettled_CountsTheExtra()
    {
        var guard = NewGuard(50m);
        await (await guard.TryReserveAsync(Tenant, 10m))!.SettleAsync(10m);

        await guard.ReviseSpentAsync(Tenant, Today, settledUsd: 10m, actualUsd: 13.5m);

        Assert.Equal(36.5m, await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task ReviseSpentAsync_MoreThanWasSpent_NeverBelowNothingSpent()
    {
        var guard = NewGuard(50m);
        await (await guard.TryReserveAsync(Tenant, 10m))!.SettleAsync(10m);

        await guard.ReviseSpentAsync(Tenant, Today, settledUsd: 25m, actualUsd: 0m);

        Assert.Equal(50m, await guard.RemainingAsync(Tenant));
        Assert.Null(await guard.TryReserveAsync(Tenant, 50.01m));
    }

    [Fact]
    public async Task ReviseSpentAsync_EarlierDay_TodayUnchanged()
    {
        var guard = NewGuard(50m);
        await (await guard.TryReserveAsync(Tenant, 10m))!.SettleAsync(10m);
        Time.Advance(TimeSpan.FromDays(1));
        await (await guard.TryReserveAsync(Tenant, 5m))!.SettleAsync(5m);

        await guard.ReviseSpentAsync(Tenant, Today.AddDays(-1), settledUsd: 10m, actualUsd: 1m);
        await guard.ReviseSpentAsync(Tenant, Today.AddDays(-30), settledUsd: 10m, actualUsd: 1m);

        Assert.Equal(45m, await guard.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task ReviseSpentAsync_NoLimitConfigured_Nothing()
    {
        var guard = NewGuard(null);

        await guard.ReviseSpentAsync(Tenant, Today, settledUsd: 10m, actualUsd: 1m);

        Assert.Null(await guard.RemainingAsync(Tenant));
    }

    protected DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    protected IBudgetGuard NewGuard(decimal? dailyLimit) => CreateGuard(Limits(Tenant, dailyLimit), Options.Create(new BudgetOptions { ReservationTimeout = ReservationTimeout }));

    private protected static BudgetLimits Limits(string tenant, decimal? dailyLimit) => new(new StaticOptionsMonitor<RouterOptions>(new RouterOptions
    {
        Tenants = { [tenant] = new TenantOptions { DailyBudgetUsd = dailyLimit } },
    }));
}

internal sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
