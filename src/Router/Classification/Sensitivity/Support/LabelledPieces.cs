using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A card, resident ID or mainland mobile told in pieces with words or markup between them (issue 15, seventh attack
/// round): "the first four digits are 5425, the next four are 0173, then 8814, and it ends in 6078"; "身份证前六位是…，
/// 出生日期…，最后四位…"; table rows, CSV lines, YAML keys, XML attributes or numbered items that each hold one piece
/// ("| 1 | 3589 |", "a: 5020", "1) 6062 2) 7460 …", "第1段8171，第2段…"); a value spread over turns with "ok" between.
/// Pieces are runs of 3–8 digits with at most <see cref="MaxFiller"/> characters between them that hold no other
/// number than a one- or two-digit index. They are joined and added (after a little of the text before them) only when
/// the whole is a card whose Luhn check holds in a network's range, a resident ID whose check holds or a mainland
/// mobile cut 3-4-4, and a label names what is told (card, number, digits, part, first/next/last…, 身份证, 号, 段, 位…) or
/// every filler has the same shape (a table's rows, a list's items) and no two pieces end in 00 (amounts). Currency,
/// percent or arithmetic between pieces ends a telling.
/// </summary>
internal static class LabelledPieces
{
    private const int MaxFiller = 40;
    private const int Context = 24;
    private const int MinPiece = 3;
    private const int MaxPiece = 8;
    private const int MaxLongPiece = 12;
    private const int MinLongPiece = 6;

    private static readonly string[] Labels =
    [
        "card", "digit", "number", "num", "no.", "pan", "part", "piece", "half", "segment", "first", "next", "then", "last",
        "end", "second", "third", "fourth", "mobile", "phone", "tel", "卡", "身份证", "证件", "号", "段", "位", "手机", "电话",
        // The card's network and the words that hand over the rest ("amex starts 3779 …" / "and the rest is …", 剩下的).
        "rest", "remaining", "remainder", "visa", "amex", "mastercard", "discover", "jcb", "unionpay", "银联", "剩下", "其余", "后面", "前面",
    ];

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var pieces = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            var end = DigitsEnd(text, start);
            if (!IsPiece(text, start, end))
            {
                i = end;
                continue;
            }
            pieces.Clear();
            pieces.Add((start, end));
            var pos = end;
            while (pieces.Count < 6 && NextPiece(text, pos) is var (next, nextEnd) && next > 0)
            {
                // A piece over eight digits makes a telling of two halves.
                var halves = nextEnd - next > MaxPiece || end - start > MaxPiece;
                if (halves && pieces.Count >= 2)
                {
                    break;
                }
                pieces.Add((next, nextEnd));
                pos = nextEnd;
                if (halves)
                {
                    break;
                }
            }
            if (pieces.Count >= 3 || (pieces.Count == 2 && Halves(text, pieces)))
            {
                Judge(text, pieces, result);
            }
            i = pieces[^1].End;
        }
    }

    /// <summary>The end of the digits at <paramref name="start"/>, a final X of a resident ID included.</summary>
    private static int DigitsEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        if (end < text.Length && text[end] is 'X' or 'x' && (end + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1])))
        {
            end++;
        }
        return end;
    }

    /// <summary>3–8 digits standing alone: not glued to ASCII letters, not a decimal, time, date or thousands group.</summary>
    internal static bool IsPiece(string text, int start, int end)
    {
        var length = end - start;
        if (length is < MinPiece or > MaxLongPiece)
        {
            return false;
        }
        // A CSV cell after an index ("2,1164") is a piece; a thousands group ("1,234") is not.
        if (start > 0 && (char.IsAsciiLetter(text[start - 1])
            || (start > 1 && char.IsAsciiDigit(text[start - 2]) && (text[start - 1] is '.' or ':' or '/' || (text[start - 1] == ',' && length == 3)))))
        {
            return false;
        }
        return end == text.Length || !(char.IsAsciiLetter(text[end]) || (text[end] is '.' or ':' or '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            || (text[end] == ',' && end + 3 < text.Length && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]) && char.IsAsciiDigit(text[end + 3])
                && (end + 4 == text.Length || !char.IsAsciiDigit(text[end + 4]))));
    }

    /// <summary>The next piece within <see cref="MaxFiller"/> characters of filler, or (0, 0).</summary>
    internal static (int Start, int End) NextPiece(string text, int from)
    {
        var pos = from;
        var limit = Math.Min(text.Length, from + MaxFiller + 1);
        while (pos < limit)
        {
            // Filler is read only for digits and the characters that end a telling: skipped to the next of them at once.
            var stop = text.AsSpan(pos, limit - pos).IndexOfAny(FillerStops);
            if (stop < 0)
            {
                return (0, 0);
            }
            pos += stop;
            var c = text[pos];
            if (char.IsAsciiDigit(c))
            {
                var end = DigitsEnd(text, pos);
                if (IsPiece(text, pos, end))
                {
                    return (pos, end);
                }
                // An index ("| 2 |", "2)", "第2段", "Q2") is part of the filler; any other number ends the telling.
                if (end - pos > 2)
                {
                    return (0, 0);
                }
                pos = end;
                continue;
            }
            // Amounts and arithmetic end it; '=' only before a quoted value (an XML attribute, "v=\"6521\"").
            if (c is '$' or '€' or '£' or '¥' or '￥' or '%' or '+' or '*' or '×' or '元' or '万' or '\u001E'
                || (c == '=' && (pos + 1 >= text.Length || text[pos + 1] is not ('"' or '\''))))
            {
                return (0, 0);
            }
            pos++;
        }
        return (0, 0);
    }

    // Digits and every character NextPiece acts on: the rest of a filler only passes.
    private static readonly SearchValues<char> FillerStops = SearchValues.Create("0123456789$€£¥￥%+*×元万\u001E=");

    private static void Judge(string text, List<(int Start, int End)> pieces, List<SplitTokens.Joined> result)
    {
        Span<char> digits = stackalloc char[6 * MaxLongPiece];
        var length = 0;
        var rounds = 0;
        if (pieces.Count >= 3 && pieces.Exists(p => p.End - p.Start > MaxPiece))
        {
            return;
        }
        foreach (var (from, to) in pieces)
        {
            text.AsSpan(from, to - from).CopyTo(digits[length..]);
            length += to - from;
            rounds += to - from >= 2 && text[to - 1] == '0' && text[to - 2] == '0' ? 1 : 0;
        }
        var number = digits[..length];
        if (!(Card(number) || ResidentId(number) || Mobile(number, pieces)))
        {
            return;
        }
        var labelled = Labelled(text, pieces);
        if (!labelled && (rounds >= 2 || !SameShape(text, pieces)))
        {
            return;
        }
        var start = pieces[0].Start;
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        if (contextStart < start && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            joined.Add(' ', start - 1, start);
        }
        foreach (var (from, to) in pieces)
        {
            joined.Copy(text, from, to - from);
        }
        result.Add(new SplitTokens.Joined(contextStart, pieces[^1].End, joined.Text, joined.Map));
    }

    private static readonly string[] HalvesLabels = ["card", "卡", "身份证", "证件", "pan"];

    /// <summary>
    /// Two halves of six digits or more ("card: 402415768 (see above) 8483167044") count only after a card or ID label
    /// on their first half's line or the line above, or when the telling names its parts: an opening part word before the
    /// first half and a closing one between the halves ("first part 41983444" / "and the rest 17476617", 前半部分…后半部分).
    /// </summary>
    private static bool Halves(string text, List<(int Start, int End)> pieces)
    {
        if (pieces[0].End - pieces[0].Start < MinLongPiece || pieces[1].End - pieces[1].Start < MinLongPiece)
        {
            return false;
        }
        var from = Math.Max(0, pieces[0].Start - 2 * Context);
        var before = text.AsSpan(from, pieces[0].Start - from);
        return ContainsAny(before, HalvesLabels)
            || (ContainsAny(before, OpeningParts) && ContainsAny(text.AsSpan(pieces[0].End, pieces[1].Start - pieces[0].End), ClosingParts));
    }

    private static bool ContainsAny(ReadOnlySpan<char> span, string[] words)
    {
        foreach (var word in words)
        {
            if (span.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] OpeningParts =
        ["first", "1st", "part 1", "part one", "half", "begins", "starts", "visa", "amex", "mastercard", "前半", "前面", "前几位", "开头"];

    private static readonly string[] ClosingParts =
        ["rest", "remaining", "remainder", "second", "2nd", "part 2", "part two", "last", "ends", "后半", "后面", "剩下", "其余", "后几位", "结尾"];

    private static bool Card(ReadOnlySpan<char> number) =>
        number.Length is >= 13 and <= 19 && !number.ContainsAnyExceptInRange('0', '9') && Checksums.Luhn(number) && Detectors.CardNetworks.Plausible(number);

    private static bool ResidentId(ReadOnlySpan<char> number) =>
        number.Length == 18 && !number[..17].ContainsAnyExceptInRange('0', '9') && char.ToUpperInvariant(number[17]) == Checksums.Iso7064Mod11_2(number[..17]);

    private static bool Mobile(ReadOnlySpan<char> number, List<(int Start, int End)> pieces) =>
        pieces.Count == 3 && number.Length == 11 && number[0] == '1' && number[1] is >= '3' and <= '9'
        && pieces[0].End - pieces[0].Start == 3 && pieces[1].End - pieces[1].Start == 4;

    /// <summary>A label before the first piece (on its line or the line above) or in a filler names what is told.</summary>
    private static bool Labelled(string text, List<(int Start, int End)> pieces)
    {
        var from = Math.Max(0, pieces[0].Start - 2 * Context);
        var span = text.AsSpan(from, pieces[^1].Start - from);
        foreach (var label in Labels)
        {
            if (span.Contains(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every filler reads the same once its digits and lone letters are set aside ("\nb: ", "\nc: "; " 2) ", " 3) ").</summary>
    private static bool SameShape(string text, List<(int Start, int End)> pieces)
    {
        var first = Shape(text, pieces[0].End, pieces[1].Start);
        for (var p = 2; p < pieces.Count; p++)
        {
            if (Shape(text, pieces[p - 1].End, pieces[p].Start) != first)
            {
                return false;
            }
        }
        return true;
    }

    private static string Shape(string text, int from, int to)
    {
        var shape = new char[to - from];
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            var lone = char.IsAsciiLetter(c) && (k == 0 || !char.IsAsciiLetter(text[k - 1])) && (k + 1 >= text.Length || !char.IsAsciiLetter(text[k + 1]));
            shape[k - from] = char.IsAsciiDigit(c) ? '#' : lone ? '@' : c;
        }
        return new string(shape);
    }
}
