namespace GpuWorker.Inference;

/// <summary>
/// Finds stop strings across token boundaries. Text that might be the start of a stop string is held back
/// until it is known not to be, so a stop string never leaks into the output, streamed or not.
/// </summary>
internal sealed class StopMatcher(IReadOnlyList<string> stops)
{
    private string _held = "";

    public bool Stopped { get; private set; }

    /// <summary>Adds generated text; returns the text that is safe to emit now.</summary>
    public string Append(string text)
    {
        if (Stopped)
        {
            return "";
        }

        var pending = _held + text;
        var cut = -1;
        foreach (var stop in stops)
        {
            var at = pending.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }

        if (cut >= 0)
        {
            Stopped = true;
            _held = "";
            return pending[..cut];
        }

        var keep = LongestStopPrefixSuffix(pending);
        _held = pending[^keep..];
        return pending[..^keep];
    }

    /// <summary>Returns what was held back once generation ends without a stop.</summary>
    public string Flush()
    {
        var rest = _held;
        _held = "";
        return rest;
    }

    private int LongestStopPrefixSuffix(string text)
    {
        var best = 0;
        foreach (var stop in stops)
        {
            for (var len = Math.Min(stop.Length - 1, text.Length); len > best; len--)
            {
                if (text.AsSpan(text.Length - len).SequenceEqual(stop.AsSpan(0, len)))
                {
                    best = len;
                    break;
                }
            }
        }

        return best;
    }
}
