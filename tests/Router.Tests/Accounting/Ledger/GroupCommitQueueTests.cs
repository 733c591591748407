using System.Collections.Concurrent;
using Router.Accounting.Ledger;

namespace Router.Tests.Accounting.Ledger;

public sealed class GroupCommitQueueTests
{
    private readonly ConcurrentQueue<int[]> _commits = new();

    [Fact]
    public async Task EnqueueAsync_ManyConcurrentCallers_FewerCommitsThanItemsAndEachItemOnce()
    {
        using var gate = new ManualResetEventSlim(false);
        await using var queue = new GroupCommitQueue<int>("test-commit", 64, batch =>
        {
            gate.Wait(TimeSpan.FromSeconds(5)); // holds the first commit so the rest pile up behind it
            _commits.Enqueue([.. batch]);
        }, retrySingly: false);

        var tasks = Enumerable.Range(0, 500).Select(i => queue.EnqueueAsync(i)).ToList();
        gate.Set();
        await Task.WhenAll(tasks);

        var committed = _commits.SelectMany(c => c).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 500), committed);
        Assert.True(_commits.Count < 100, $"{_commits.Count} commits for 500 items");
        Assert.All(_commits, c => Assert.InRange(c.Length, 1, 64));
    }

    [Fact]
    public async Task Constructed_StartsNoThreadUntilTheFirstItem()
    {
        var unused = new GroupCommitQueue<int>("test-commit", 8, _ => { }, retrySingly: false);
        await using var used = new GroupCommitQueue<int>("test-commit", 8, batch => _commits.Enqueue([.. batch]), retrySingly: false);
        Assert.False(used.IsRunning);

        await used.EnqueueAsync(1);
        await unused.DisposeAsync(); // nothing queued, nothing started: completes at once

        Assert.True(used.IsRunning);
        Assert.False(unused.IsRunning);
        Assert.Equal([1], _commits.SelectMany(c => c));
    }

    [Fact]
    public async Task EnqueueAsync_CallerStopsWaiting_CallerToldCancelledItemStillCommitted()
    {
        using var gate = new ManualResetEventSlim(false);
        var queue = new GroupCommitQueue<int>("test-commit", 64, batch =>
        {
            gate.Wait(TimeSpan.FromSeconds(30));
            _commits.Enqueue([.. batch]);
        }, retrySingly: false);
        using var caller = new CancellationTokenSource();

        var waiting = queue.EnqueueAsync(7, caller.Token);
        caller.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        gate.Set();
        await queue.DisposeAsync();

        Assert.Equal([7], _commits.SelectMany(c => c));
    }

    [Fact]
    public async Task CommitThread_OnLinux_RunsAtBackgroundPriority()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // priorities are lowered, and read from /proc, on Linux only
        }

        var name = $"nice-{Environment.ProcessId % 1000}";
        await using var queue = new GroupCommitQueue<int>(name, 8, _ => { }, retrySingly: false);

        await queue.EnqueueAsync(1);

        // Other tests' threads come and go while the folder is read: a vanished one is skipped.
        var thread = Directory.GetDirectories("/proc/self/task").Single(t => ReadOrNull(Path.Combine(t, "comm"))?.Trim() == name);
        var stat = File.ReadAllText(Path.Combine(thread, "stat"));
        var nice = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(nice, BackgroundPriority.Nice, 19); // at least 10; more if the test run itself was started nicer
    }

    [Fact]
    public async Task EnqueueAsync_BadItemWithRetrySingly_OnlyItsCallerFails()
    {
        using var gate = new ManualResetEventSlim(false);
        await using var queue = new GroupCommitQueue<int>("test-commit", 64, batch =>
        {
            gate.Wait(TimeSpan.FromSeconds(5));
            if (batch.Contains(13))
            {
                throw new InvalidOperationException("bad item");
            }

            _commits.Enqueue([.. batch]);
        }, retrySingly: true);

        var tasks = Enumerable.Range(10, 6).Select(i => queue.EnqueueAsync(i)).ToList();
        gate.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => tasks[3]);
        await Task.WhenAll(tasks.Where((_, i) => i != 3));
        Assert.Equal([10, 11, 12, 14, 15], _commits.SelectMany(c => c).Order());
    }

    [Fact]
    public async Task EnqueueAsync_FailedCommitWithoutRetry_EveryCallerOfTheBatchHearsIt()
    {
        using var gate = new ManualResetEventSlim(false);
        var calls = 0;
        await using var queue = new GroupCommitQueue<int>("test-commit", 64, batch =>
        {
            gate.Wait(TimeSpan.FromSeconds(5));
            Interlocked.Increment(ref calls);
            throw new IOException("disk full");
        }, retrySingly: false);

        var tasks = Enumerable.Range(0, 5).Select(i => queue.EnqueueAsync(i)).ToList();
        gate.Set();

        foreach (var task in tasks)
        {
            await Assert.ThrowsAsync<IOException>(() => task);
        }

        Assert.InRange(calls, 1, 5); // one attempt per batch, never one per item after a failed batch
    }

    [Fact]
    public async Task DisposeAsync_CommitsWhatIsQueued_ThenRefusesNewItems()
    {
        using var gate = new ManualResetEventSlim(false);
        var queue = new GroupCommitQueue<int>("test-commit", 8, batch =>
        {
            gate.Wait(TimeSpan.FromSeconds(5));
            _commits.Enqueue([.. batch]);
        }, retrySingly: false);
        var tasks = Enumerable.Range(0, 20).Select(i => queue.EnqueueAsync(i)).ToList();

        gate.Set();
        await queue.DisposeAsync();

        Assert.All(tasks, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal(20, _commits.Sum(c => c.Length));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => queue.EnqueueAsync(99));
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
