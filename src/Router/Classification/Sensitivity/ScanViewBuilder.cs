using System.Globalization;
using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity;

/// <summary>
/// Builds a <see cref="ScanView"/>. Each code point is folded on its own, so every view character comes from one
/// known place. The folds are NFKC's compatibility mappings that matter for identifiers, written out because the app
/// runs with invariant globalization (no ICU normalisation tables): full-width, mathematical and enclosed letters and
/// digits become ASCII; every decimal digit of any script (Arabic-Indic, Devanagari, Thai…) and every other digit
/// form (①, ⑴, ², ₃, ❶) becomes its value in ASCII digits; every space separator becomes ' ', line and paragraph
/// separators '\n', every dash '-'; format characters (zero-width space and joiners, soft hyphen, bidi marks, BOM…)
/// disappear, and so do the other invisible (default-ignorable) code points, the braille blank, and combining marks
/// right after an ASCII letter or digit (keycaps, marks stacked over a key's characters); braille cells after the number
/// sign become their digits (<see cref="BrailleDigits"/>).
/// </summary>
internal sealed class ScanViewBuilder
{
    /// <summary>Between sources, so nothing runs on silently, yet a number split across messages stays adjacent.</summary>
    public const char Separator = '\n';

    /// <summary>
    /// Before each appended copy (rejoined, decoded): a line holding only a record separator, which no digit or
    /// group reader joins across. With a bare line break, the digits ending one copy and those starting the next were
    /// read as one over-long chain ("4111111111111111 \n41111111…" is no card), so adding a copy that finds nothing
    /// could make another copy's finding disappear.
    /// </summary>
    public const string CopySeparator = "\n\u001E\n";

    private readonly StringBuilder _text = new();
    private readonly List<ScanPiece> _pieces = [];
    private readonly List<int> _sourceLengths = [];
    private readonly List<DerivedText> _derived = [];

    // The view text as a string, while nothing has been appended since: each pass reads the text so far, and most add
    // nothing, so one copy serves them all (and a single source the view leaves as it is serves as its own view).
    private string? _snapshot;

    public static ScanView Build(IReadOnlyList<string> sources)
    {
        var builder = new ScanViewBuilder();
        for (var i = 0; i < sources.Count; i++)
        {
            builder.AddSource(sources[i] ?? "");
        }
        if (sources.Count == 1 && sources[0] is { } only && builder._text.Equals(only.AsSpan()))
        {
            builder._snapshot = only;
        }
        builder.AddSplitTokens(sources.Count);
        builder.AddDecodedBlocks(sources.Count);
        return builder.ToView();
    }

    /// <summary>One text folded as the view folds it, without base64 decoding (tenant terms, labels).</summary>
    public static string Normalise(string text)
    {
        var builder = new ScanViewBuilder();
        builder.AppendNormalised(text, 0, 0, null);
        return builder._text.ToString();
    }

    private void AddSource(string source)
    {
        var index = _sourceLengths.Count;
        _sourceLengths.Add(source.Length);
        if (index > 0)
        {
            AddSeparator(index - 1);
        }
        Append(source, index, 0, source.Length, mapped: false);
    }

    /// <summary>
    /// Identifiers cut by line breaks (within a text or across texts) or by a repeated separator, rejoined
    /// (<see cref="SplitTokens"/>) and appended, each standing for the source range it came from; a range that runs on
    /// into the next text is mapped to the text where it starts, up to its end.
    /// </summary>
    private void AddSplitTokens(int sourceCount)
    {
        if (_text.Length < 10 || sourceCount == 0)
        {
            return;
        }
        var text = CurrentText();
        foreach (var joined in SplitTokens.Find(text))
        {
            var start = LocateStart(joined.Start);
            var end = LocateEnd(joined.End - 1);
            if (start.Source < 0)
            {
                continue;
            }
            var length = start.Source == end.Source ? end.Offset - start.Offset : _sourceLengths[start.Source] - start.Offset;
            if (length <= 0)
            {
                continue;
            }
            AddDerived(joined.Text, joined.Map, start.Source, start.Offset, length, new TextSpan(joined.Start, joined.End));
        }
    }

    /// <summary>
    /// Base64 blocks in the sources' views decoded to text (and a block that text holds, once more: double base64),
    /// then percent-encoded, quoted-printable, HTML-entity and hex runs (<see cref="EncodedRuns"/>), appended after
    /// everything. Base64 text stands for its whole block; the other decoders map each character to its escape.
    /// </summary>
    private void AddDecodedBlocks(int sourceCount)
    {
        if (sourceCount == 0)
        {
            return;
        }
        var text = CurrentText();
        foreach (var block in text.Length < Base64Blocks.MinLength ? [] : Base64Blocks.Find(text))
        {
            if (Base64Blocks.TryDecodeText(text.AsSpan(block.Start, block.End - block.Start)) is not { } decoded
                || !TryLocate(block, out var start, out var length))
            {
                continue;
            }
            AddWhole(decoded, start.Source, start.Offset, length, block);
            foreach (var inner in decoded.Length < Base64Blocks.MinLength ? [] : Base64Blocks.Find(decoded))
            {
                if (Base64Blocks.TryDecodeText(decoded.AsSpan(inner.Start, inner.End - inner.Start)) is { } twice)
                {
                    AddWhole(twice, start.Source, start.Offset, length, block);
                }
            }
        }
        foreach (var run in EncodedRuns.Find(text))
        {
            if (TryLocate(run.Origin, out var start, out var length))
            {
                AddDerived(run.Text, run.Map, start.Source, start.Offset, length, run.Origin);
                // Base64 that was percent-encoded on top ("…K%2BBIDY1…%3D%3D", seventh attack round): decoded once more.
                foreach (var inner in run.Text.Length < Base64Blocks.MinLength ? [] : Base64Blocks.Find(run.Text))
                {
                    if (Base64Blocks.TryDecodeText(run.Text.AsSpan(inner.Start, inner.End - inner.Start)) is { } decoded)
                    {
                        AddWhole(decoded, start.Source, start.Offset, length, run.Origin);
                    }
                }
            }
        }
    }

    /// <summary>The source range of a view range within one source.</summary>
    private bool TryLocate(TextSpan span, out (int Source, int Offset) start, out int length)
    {
        start = LocateStart(span.Start);
        var end = LocateEnd(span.End - 1);
        length = end.Offset - start.Offset;
        return start.Source >= 0 && start.Source == end.Source && length > 0;
    }

    private void AddWhole(string text, int source, int sourceStart, int sourceLength, TextSpan origin)
    {
        AddCopySeparator();
        var viewStart = _text.Length;
        Append(text, source, sourceStart, sourceLength, mapped: true);
        _derived.Add(new DerivedText(new TextSpan(viewStart, _text.Length), origin));
    }

    /// <summary>
    /// Appends a derived text that stands, as a whole, for the source range given, and keeps where each of its view
    /// characters came from (<paramref name="map"/> through the fold), so findings in it narrow to the value's own
    /// characters.
    /// </summary>
    private void AddDerived(string text, OriginMap map, int source, int sourceStart, int sourceLength, TextSpan origin)
    {
        AddCopySeparator();
        var viewStart = _text.Length;
        var folded = new List<ScanPiece>();
        AppendNormalised(text, source, 0, folded);
        var starts = new int[_text.Length - viewStart + 1];
        var ends = new int[starts.Length];
        foreach (var piece in folded)
        {
            for (var k = 0; k < piece.ViewLength; k++)
            {
                var from = piece.ViewLength == piece.SourceLength ? piece.SourceStart + k : piece.SourceStart;
                var to = piece.ViewLength == piece.SourceLength ? from + 1 : piece.SourceStart + piece.SourceLength;
                var range = map.Of(from, to);
                (starts[piece.ViewStart - viewStart + k], ends[piece.ViewStart - viewStart + k]) = (range.Start, range.End);
            }
        }
        // One more character keeps the piece "as a whole" even when the lengths agree by chance.
        _text.Append(' ');
        (starts[^1], ends[^1]) = (origin.End - 1, origin.End);
        _pieces.Add(new ScanPiece(viewStart, _text.Length - viewStart, source, sourceStart, sourceLength));
        _derived.Add(new DerivedText(new TextSpan(viewStart, _text.Length), origin, new OriginMap(starts, ends)));
    }

    private (int Source, int Offset) LocateStart(int viewIndex) => Locate(viewIndex, false);

    private (int Source, int Offset) LocateEnd(int viewIndex) => Locate(viewIndex, true);

    private (int Source, int Offset) Locate(int viewIndex, bool end)
    {
        foreach (var piece in _pieces)
        {
            if (viewIndex >= piece.ViewStart && viewIndex < piece.ViewStart + piece.ViewLength)
            {
                if (piece.ViewLength == piece.SourceLength)
                {
                    var offset = piece.SourceStart + viewIndex - piece.ViewStart;
                    return (piece.Source, end ? offset + 1 : offset);
                }
                return (piece.Source, end ? piece.SourceStart + piece.SourceLength : piece.SourceStart);
            }
        }
        return (-1, 0);
    }

    private void AddCopySeparator()
    {
        var source = _sourceLengths.Count - 1;
        _pieces.Add(new ScanPiece(_text.Length, CopySeparator.Length, source, _sourceLengths[source], 0));
        _text.Append(CopySeparator);
    }

    private void AddSeparator(int source)
    {
        _pieces.Add(new ScanPiece(_text.Length, 1, source, _sourceLengths[source], 0));
        _text.Append(Separator);
    }

    /// <summary>
    /// Appends <paramref name="text"/> normalised. When <paramref name="mapped"/>, all of it stands for the source
    /// range [sourceStart, sourceStart + sourceLength) (decoded text); else character i is source offset sourceStart + i.
    /// </summary>
    private void Append(string text, int source, int sourceStart, int sourceLength, bool mapped)
    {
        if (mapped)
        {
            var viewStart = _text.Length;
            AppendNormalised(text, source, 0, null);
            _pieces.Add(new ScanPiece(viewStart, _text.Length - viewStart, source, sourceStart, sourceLength));
            if (_text.Length - viewStart == sourceLength)
            {
                // Same length by chance: one more character keeps it "as a whole".
                _text.Append(' ');
                _pieces[^1] = _pieces[^1] with { ViewLength = sourceLength + 1 };
            }
            return;
        }
        AppendNormalised(text, source, sourceStart, _pieces);
    }

    /// <summary>
    /// The fold itself. With <paramref name="pieces"/> null, no pieces are recorded (the caller maps the whole).
    /// Plain ASCII (and CJK, kana, Hangul) is copied in runs, one piece per run.
    /// </summary>
    private void AppendNormalised(string text, int source, int sourceStart, List<ScanPiece>? pieces)
    {
        if (IsAsciiOnly(text))
        {
            CopyRun(text, 0, text.Length, source, sourceStart, pieces);
            return;
        }
        var runStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80 || IsStableLetter(c))
            {
                i++;
                continue;
            }
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var previous = i > runStart ? text[i - 1] : LastViewChar();
            var replacement = Fold(text, i, width, previous, out var changed);
            if (!changed)
            {
                i += width;
                continue;
            }
            CopyRun(text, runStart, i, source, sourceStart, pieces);
            var viewStart = _text.Length;
            _text.Append(replacement);
            if (replacement.Length > 0)
            {
                pieces?.Add(new ScanPiece(viewStart, replacement.Length, source, sourceStart + i, width));
            }
            i += width;
            runStart = i;
        }
        CopyRun(text, runStart, text.Length, source, sourceStart, pieces);
    }

    private void CopyRun(string text, int from, int to, int source, int sourceStart, List<ScanPiece>? pieces)
    {
        if (to <= from)
        {
            return;
        }
        var viewStart = _text.Length;
        _text.Append(text, from, to - from);
        if (pieces is null)
        {
            return;
        }
        // Adjacent one-for-one runs of the same source merge, so plain text is a single piece.
        if (pieces.Count > 0 && pieces[^1] is { } last && last.Source == source && last.ViewLength == last.SourceLength
            && last.ViewStart + last.ViewLength == viewStart && last.SourceStart + last.SourceLength == sourceStart + from)
        {
            pieces[^1] = last with { ViewLength = last.ViewLength + (to - from), SourceLength = last.SourceLength + (to - from) };
            return;
        }
        pieces.Add(new ScanPiece(viewStart, to - from, source, sourceStart + from, to - from));
    }

    /// <summary>The view form of the code point at <paramref name="at"/>; <paramref name="changed"/> false when it stays.</summary>
    private static string Fold(string text, int at, int width, char previous, out bool changed)
    {
        changed = true;
        var category = width == 2 ? CharUnicodeInfo.GetUnicodeCategory(text, at) : CharUnicodeInfo.GetUnicodeCategory(text[at]);
        if (IsInvisible(text, at, width))
        {
            return "";
        }
        switch (category)
        {
            // A run of tag characters spells ASCII invisibly ("ASCII smuggling", seventh attack round): models read it,
            // so the view does too. A lone tag between characters is noise and goes like any format character.
            case UnicodeCategory.Format when width == 2 && TagAscii(text, at) is >= 0 and var tag && InTagRun(text, at):
                return AsciiOf[tag];
            case UnicodeCategory.Format:
                return "";
            case UnicodeCategory.LetterNumber when HangzhouDigit(text[at], previous) is { } hangzhou:
                return hangzhou;
            case UnicodeCategory.OtherSymbol when text[at] is >= '\u2801' and <= '\u283F' && BrailleDigits.Fold(text, at) is { } braille:
                return braille;
            case UnicodeCategory.Control when text[at] is '\u0085':
                // NEXT LINE, a line break to every Unicode-aware reader.
                return "\n";
            case UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber:
                // Any script's 0-9, and ①, ⑴, ⒈, ², ₃, ❶: their value written in ASCII digits.
                var value = width == 2 ? CharUnicodeInfo.GetNumericValue(text, at) : CharUnicodeInfo.GetNumericValue(text[at]);
                if (value is >= 0 and <= 50 && value == Math.Floor(value))
                {
                    return Numbers[(int)value];
                }
                break;
            // Marks stacked over a key's characters or its punctuation ("g̵h̵p̵_̵…", keycaps): a reader skips them.
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark when previous is > ' ' and < '\u007F':
                return "";
            case UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return "\n";
            case UnicodeCategory.SpaceSeparator:
                return " ";
            case UnicodeCategory.DashPunctuation:
                return "-";
        }
        if (CompatibilityFold.Letter(text, at, width) is { } letter)
        {
            return letter;
        }
        changed = false;
        return "";
    }

    // Enclosed numbers go up to 50 (㊿).
    private static readonly string[] Numbers = [.. Enumerable.Range(0, 51).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private static readonly string[] AsciiOf = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private const int MinTagRun = 4;

    /// <summary>The ASCII character a tag character (U+E0020–U+E007E) at <paramref name="at"/> stands for, else -1.</summary>
    private static int TagAscii(string text, int at) =>
        at + 1 < text.Length && text[at] == '\uDB40' && text[at + 1] is >= '\uDC20' and <= '\uDC7E' ? text[at + 1] - '\uDC00' : -1;

    private static bool InTagRun(string text, int at)
    {
        // Only as far as a run of MinTagRun through this one could reach, so a long run costs no more per character.
        var start = at;
        while (start >= 2 && at - start < 2 * (MinTagRun - 1) && TagAscii(text, start - 2) >= 0)
        {
            start -= 2;
        }
        var end = at;
        while (end - at < 2 * MinTagRun && TagAscii(text, end) >= 0)
        {
            end += 2;
        }
        return end - start >= 2 * MinTagRun;
    }

    private char LastViewChar() => _text.Length > 0 ? _text[^1] : '\0';

    /// <summary>
    /// Hangzhou (Suzhou) numerals 〡–〩 are digits 1–9; 〇, their zero and the common Chinese zero, only right after a
    /// digit ("〡〇〢", "㈠〇㈤"), so "二〇二四年" stays Chinese for the spelled-digit reader.
    /// </summary>
    private static string? HangzhouDigit(char c, char previous) => c switch
    {
        >= '\u3021' and <= '\u3029' => Numbers[c - '\u3020'],
        '\u3007' when char.IsAsciiDigit(previous) => Numbers[0],
        _ => null,
    };

    /// <summary>
    /// Default-ignorable code points outside Cf, which render as nothing: the combining grapheme joiner, Hangul fillers,
    /// Khmer inherent vowels, Mongolian free variation selectors, variation selectors and their supplement; and the
    /// braille blank, which renders as a space but is no space to a tokenizer.
    /// </summary>
    private static bool IsInvisible(string text, int at, int width) => width == 2
        ? char.ConvertToUtf32(text[at], text[at + 1]) is >= 0xE0100 and <= 0xE01EF
        : text[at] is '\u034F' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or (>= '\u180B' and <= '\u180F') or '\u3164'
            or (>= '\uFE00' and <= '\uFE0F') or '\uFFA0' or '\u2800';

    private static bool IsAsciiOnly(string text) => Ascii.IsValid(text);

    /// <summary>CJK ideographs, kana and Hangul syllables: NFKC-stable letters, by far the most common non-ASCII text.</summary>
    private static bool IsStableLetter(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3041' and <= '\u30FA' or >= '\uAC00' and <= '\uD7A3';

    private ScanView ToView() => new(CurrentText(), [.. _pieces], [.. _sourceLengths], [.. _derived]);

    /// <summary>The text so far; the builder only ever appends, so a copy of the same length is the same text.</summary>
    private string CurrentText()
    {
        if (_snapshot is null || _snapshot.Length != _text.Length)
        {
            _snapshot = _text.ToString();
        }
        return _snapshot;
    }
}
