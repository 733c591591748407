using System.Globalization;

namespace Router.Cli.Evaluation;

/// <summary>Writes "N lines" to stderr every <c>everyLines</c> lines or every <c>interval</c>, whichever comes first.</summary>
internal sealed class ProgressReporter(TextWriter error, TimeProvider time, int everyLines = 1000, TimeSpan? interval = null)
{
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(1);
    private readonly long _started = time.GetTimestamp();
    private long _lastReport = time.GetTimestamp();
    private int _count;

    public void Tick(string verb)
    {
        _count++;
        var now = time.GetTimestamp();
        if (_count % everyLines != 0 && time.GetElapsedTime(_lastReport, now) < _interval)
        {
            return;
        }

        _lastReport = now;
        var seconds = time.GetElapsedTime(_started, now).TotalSeconds;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {_count} lines ({(seconds > 0 ? _count / seconds : 0):0} lines/s)"));
    }

    public void Done(string verb, int bad) =>
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {_count} lines, {bad} bad"));
}
