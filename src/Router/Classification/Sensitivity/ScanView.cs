using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity;

/// <summary>
/// The one normalised text the detectors read for a whole request: every source (message contents, then stop
/// sequences) in order, NFKC-folded, format characters (Cf) removed, every Unicode decimal digit as ASCII, joined by
/// '\n', followed by the text of plausible base64 blocks decoded. Keeps a map back to each source's own offsets.
/// </summary>
internal sealed class ScanView
{
    private readonly ScanPiece[] _pieces;
    private readonly int[] _sourceLengths;
    private readonly DerivedText[] _derived;

    internal ScanView(string text, ScanPiece[] pieces, int[] sourceLengths, DerivedText[]? derived = null)
    {
        Text = text;
        _pieces = pieces;
        _sourceLengths = sourceLengths;
        _derived = derived ?? [];
    }

    public string Text { get; }

    public int SourceCount => _sourceLengths.Length;

    /// <summary>Where the sources' own text ends in <see cref="Text"/>: appended copies (decoded base64, rejoined identifiers) follow.</summary>
    public int SourceTextEnd => _derived.Length == 0 ? Text.Length : _derived.Min(d => d.View.Start);

    /// <summary>
    /// Where a span of <see cref="Text"/> lies in the sources: the source holding its first character and the span
    /// there. A span that runs on into a later source (an identifier split across two messages) is reported in the
    /// source where it starts, up to that source's end; null when it covers only separators.
    /// </summary>
    public (int Source, int Start, int End)? ToSource(TextSpan span)
    {
        if (span.End <= span.Start)
        {
            return null;
        }
        if (Derived(span.Start) is { Map: { } map } derived)
        {
            // A finding in a rejoined or decoded copy: the original characters of the value itself.
            return ToSource(map.Of(span.Start - derived.View.Start, Math.Min(span.End, derived.View.End) - derived.View.Start));
        }
        var first = Locate(span.Start, start: true);
        var last = Locate(span.End - 1, start: false);
        if (first.Source == last.Source)
        {
            return first.Offset < last.Offset ? (first.Source, first.Offset, last.Offset) : null;
        }
        var length = _sourceLengths[first.Source];
        if (first.Offset < length)
        {
            return (first.Source, first.Offset, length);
        }
        // It starts on the separator after a source: report it where its characters are.
        return last.Offset > 0 ? (last.Source, 0, last.Offset) : null;
    }

    /// <summary>
    /// For a span of text appended to the view (decoded base64, a rejoined split identifier), the view range it was
    /// made from; null for a span of the sources' own text. A finding in a copy counts only when nothing was found in
    /// its original, so one identifier is reported once.
    /// </summary>
    public TextSpan? OriginOf(TextSpan span) =>
        Derived(span.Start) is not { } derived ? null
        : derived.Map is { } map ? map.Of(span.Start - derived.View.Start, Math.Min(span.End, derived.View.End) - derived.View.Start)
        : derived.Origin;

    private DerivedText? Derived(int index)
    {
        if (_derived.Length == 0 || index < _derived[0].View.Start)
        {
            return null;
        }
        foreach (var derived in _derived)
        {
            if (index >= derived.View.Start && index < derived.View.End)
            {
                return derived;
            }
        }
        return null;
    }

    /// <summary>The source position of view character <paramref name="index"/>: its start, or (start: false) its end.</summary>
    private (int Source, int Offset) Locate(int index, bool start)
    {
        var lo = 0;
        var hi = _pieces.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_pieces[mid].ViewStart <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        var piece = _pieces[lo];
        if (piece.ViewLength == piece.SourceLength)
        {
            var offset = piece.SourceStart + (index - piece.ViewStart);
            return (piece.Source, start ? offset : offset + 1);
        }
        // A piece whose length changed (NFKC expansion, a decoded block): every character stands for all of it.
        return (piece.Source, start ? piece.SourceStart : piece.SourceStart + piece.SourceLength);
    }
}

/// <summary>
/// Text appended to the view (<see cref="View"/>), the view range it was made from (<see cref="Origin"/>) and, where
/// known, the view range each of its characters came from (<see cref="Map"/>, indexed from View.Start).
/// </summary>
internal readonly record struct DerivedText(TextSpan View, TextSpan Origin, OriginMap? Map = null);

/// <summary>
/// A run of the view taken from [SourceStart, SourceStart + SourceLength) of source <see cref="Source"/>: one for one
/// when the lengths are equal, else as a whole. Separators are pieces of source length 0 at the source's end.
/// </summary>
internal readonly record struct ScanPiece(int ViewStart, int ViewLength, int Source, int SourceStart, int SourceLength);
