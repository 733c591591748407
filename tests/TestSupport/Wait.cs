namespace Router.TestSupport;

/// <summary>
/// Bounded polling for a final state: every wait has a limit and, when it runs out, says what it waited for and
/// what it saw last. Limits are generous (the tests share a loaded 2-core machine); a wait that succeeds returns as
/// soon as the condition holds, so a generous limit costs nothing.
/// </summary>
public static class Wait
{
    /// <summary>The limit when a call names none.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MaxInterval = TimeSpan.FromMilliseconds(100);

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, limit);

    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null) =>
        ForAsync(condition, done => done, what, limit);

    /// <summary>Probes until <paramref name="done"/> holds for the value, and returns that value.</summary>
    /// <exception cref="TimeoutException">The limit passed first; the message names <paramref name="what"/> and the last value.</exception>
    public static async Task<T> ForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? limit = null)
    {
        var within = limit ?? DefaultLimit;
        var deadline = DateTime.UtcNow + within;
        var interval = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            var last = await probe();
            if (done(last))
            {
                return last;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Timed out after {within.TotalSeconds:0.###} s waiting for {what}; last value: {Describe(last)}.");
            }

            await Task.Delay(interval);
            interval = interval * 2 < MaxInterval ? interval * 2 : MaxInterval;
        }
    }

    // A type's own ToString when it has one; a collection that has none is described by its count.
    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        System.Collections.ICollection c when value.ToString() == value.GetType().ToString() => $"{c.Count} item(s)",
        _ => value.ToString() ?? "null",
    };
}
