namespace Router.Resilience.Tests.Support;

/// <summary>Bounded polling: every wait in these tests has a limit and says what it waited for.</summary>
internal static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        T last;
        while (true)
        {
            last = await probe();
            if (done(last) || DateTime.UtcNow >= deadline)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.True(done(last), $"timed out after {limit.TotalSeconds} s waiting for {what}; last value: {last}");
        return last;
    }
}
