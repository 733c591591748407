using Router.Accounting.Ledger.Tables;

namespace Router.Tests.Accounting.Ledger.Tables;

public sealed class TableBacklogTests
{
    [Fact]
    public void WaitForRoomAsync_BelowLimit_CompletesAtOnce()
    {
        var backlog = new TableBacklog(10);
        backlog.Add(9);

        Assert.True(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task WaitForRoomAsync_AtLimitWhileTableUp_WaitsUntilRowsLeave()
    {
        var backlog = new TableBacklog(10);
        backlog.Add(6);
        backlog.Add(6);

        var wait = backlog.WaitForRoomAsync(CancellationToken.None);
        Assert.False(wait.IsCompleted);
        backlog.Remove(2);
        Assert.False(wait.IsCompleted);
        backlog.Remove(1);

        await wait.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(9, backlog.Rows);
    }

    [Fact]
    public void WaitForRoomAsync_TableDown_NobodyWaitsHoweverLarge()
    {
        var backlog = new TableBacklog(10);
        backlog.Add(10);
        var waiting = backlog.WaitForRoomAsync(CancellationToken.None);

        backlog.TableDown(true);
        backlog.Add(1_000);

        Assert.True(waiting.IsCompleted);
        Assert.True(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void TableDown_ThenBack_OutageBacklogDoesNotHoldCallersButGrowthBeyondItDoes()
    {
        var backlog = new TableBacklog(10);
        backlog.TableDown(true);
        backlog.Add(500);

        backlog.TableDown(false);
        Assert.True(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
        backlog.Add(9);
        Assert.True(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
        backlog.Add(1);

        Assert.False(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void Remove_AfterOutage_CeilingFollowsTheBacklogDownToTheLimit()
    {
        var backlog = new TableBacklog(10);
        backlog.TableDown(true);
        backlog.Add(500);
        backlog.TableDown(false);

        backlog.Remove(495);
        backlog.Add(9);
        Assert.True(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
        backlog.Add(1);

        // 15 rows: above the plain limit again once the outage's rows have drained.
        Assert.False(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void Release_WaitersGoOnAndNobodyWaitsAgain()
    {
        var backlog = new TableBacklog(1);
        backlog.Add(5);
        var waiting = backlog.WaitForRoomAsync(CancellationToken.None);

        backlog.Release();
        backlog.Add(5);

        Assert.True(waiting.IsCompleted);
        Assert.True(backlog.WaitForRoomAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task WaitForRoomAsync_Cancelled_ThrowsWithoutChangingTheBacklog()
    {
        var backlog = new TableBacklog(1);
        backlog.Add(1);
        using var cancel = new CancellationTokenSource();

        var wait = backlog.WaitForRoomAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(1, backlog.Rows);
    }

    [Fact]
    public void Constructor_LimitBelowOne_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableBacklog(0));
}
