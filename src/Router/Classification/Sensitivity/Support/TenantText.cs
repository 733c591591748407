using System.Buffers;
using System.Collections.Concurrent;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A tenant's own term or marker as the detectors search for it: trimmed and normalised like the view, with a
/// vectorised case-insensitive search (the same matches as IndexOf with OrdinalIgnoreCase, which is a slow scalar
/// loop under invariant globalization). Tenants' values repeat on every request, so each is prepared once; the cache
/// is bounded, so values that come and go cannot grow it without end.
/// </summary>
internal sealed class TenantText
{
    private const int MaxPrepared = 4096;

    private static readonly ConcurrentDictionary<string, TenantText> Prepared = new(StringComparer.Ordinal);

    private readonly SearchValues<string>? _search;

    // A value of characters without case forms ("猎鹰计划") matches only as written: the vectorised ordinal search
    // finds the same places (a case-insensitive search for one non-ASCII value is the slow scalar loop again).
    private readonly bool _caseless;

    private TenantText(string value)
    {
        Value = value;
        _caseless = value.AsSpan().IndexOfAnyExcept(CaselessChars.Values) < 0;
        _search = value.Length == 0 || _caseless ? null : SearchValues.Create([value], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The normalised value.</summary>
    public string Value { get; }

    /// <summary><paramref name="raw"/> trimmed and normalised (<see cref="ScanViewBuilder.Normalise"/>).</summary>
    public static TenantText For(string raw)
    {
        if (Prepared.TryGetValue(raw, out var prepared))
        {
            return prepared;
        }
        if (Prepared.Count >= MaxPrepared)
        {
            Prepared.Clear();
        }
        prepared = new TenantText(ScanViewBuilder.Normalise(raw.Trim()));
        Prepared[raw] = prepared;
        return prepared;
    }

    /// <summary>Where the value first occurs in <paramref name="text"/>, ignoring case; -1 if nowhere.</summary>
    public int IndexIn(ReadOnlySpan<char> text) =>
        _caseless ? text.IndexOf(Value, StringComparison.Ordinal)
        : _search is null ? text.IndexOf(Value, StringComparison.OrdinalIgnoreCase)
        : text.IndexOfAny(_search);
}
