using System.Buffers;
using System.Globalization;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Two more backslash escapes a reader decodes at sight (issue 15, eighth attack round): CSS escapes ("\34 716…",
/// "\000034", one to six hex digits and an optional space that ends the escape) and Python's named escapes
/// ("\N{DIGIT FOUR}", "\N{FULLWIDTH DIGIT FOUR}", "\N{LATIN CAPITAL LETTER X}", "\N{CJK UNIFIED IDEOGRAPH-5361}").
/// A run of them, mixed with plain letters and digits and with the plain text just before it, is decoded when it holds
/// two escapes or one glued to a letter or digit, decodes to printable text, and holds a digit; each decoded
/// character is mapped to its escape. Regular expressions ("\d\d"), paths ("C:\2024\notes") and escapes of symbols
/// ("\2014 ") decode to nothing with a digit or to control characters, and add nothing. Runs only where the view holds
/// a backslash.
/// </summary>
internal static class EscapeRuns
{
    private const int MaxName = 48;
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly string[] NumberWords = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

    private static readonly Dictionary<string, string> Punctuation = new(StringComparer.Ordinal)
    {
        ["SPACE"] = " ", ["HYPHEN-MINUS"] = "-", ["FULL STOP"] = ".", ["LOW LINE"] = "_", ["SOLIDUS"] = "/", ["COLON"] = ":",
        ["COMMA"] = ",", ["PLUS SIGN"] = "+", ["COMMERCIAL AT"] = "@", ["EQUALS SIGN"] = "=", ["NUMBER SIGN"] = "#",
    };

    public static void Find(string view, List<EncodedRuns.Decoded> result)
    {
        var i = 0;
        while ((i = view.IndexOf('\\', i)) >= 0)
        {
            var first = LastBackslash(view, i);
            if (Escape(view, first, out _, out _) == 0)
            {
                i = first + 1;
                continue;
            }
            var start = EncodedRuns.PlainStart(view, i);
            var decoded = new MappedText();
            decoded.Copy(view, start, i - start);
            var escapes = 0;
            var glued = false;
            var at = i;
            while (at < view.Length)
            {
                var escape = LastBackslash(view, at);
                if (view[at] == '\\' && Escape(view, escape, out var chars, out var length) is > 0)
                {
                    var end = escape + length;
                    decoded.Add(chars, at, end);
                    escapes++;
                    glued |= (at > start && char.IsAsciiLetterOrDigit(view[at - 1])) || (end < view.Length && char.IsAsciiLetterOrDigit(view[end]));
                    at = end;
                }
                else if (char.IsAsciiLetterOrDigit(view[at]) || view[at] is ' ' or '-' or '.' or '_')
                {
                    decoded.Copy(view, at, 1);
                    at++;
                }
                else
                {
                    break;
                }
            }
            var text = decoded.Text;
            if ((escapes >= 2 || glued) && HasDigit(text) && Printable(text))
            {
                result.Add(new EncodedRuns.Decoded(new TextSpan(start, at), text, decoded.Map));
            }
            i = Math.Max(at, i + 1);
        }
    }

    /// <summary>The last of the backslashes from <paramref name="at"/> on (an escape written inside JSON has two or more).</summary>
    private static int LastBackslash(string view, int at)
    {
        var end = at;
        while (end + 1 < view.Length && end - at < 8 && view[end + 1] == '\\')
        {
            end++;
        }
        return end;
    }

    /// <summary>The escape at <paramref name="at"/> (a backslash): its length and characters, else 0.</summary>
    private static int Escape(string view, int at, out string chars, out int length)
    {
        chars = "";
        length = 0;
        if (at + 1 >= view.Length || view[at] != '\\')
        {
            return 0;
        }
        if (view[at + 1] == 'N' && at + 2 < view.Length && view[at + 2] == '{')
        {
            var close = view.IndexOf('}', at + 3, Math.Min(MaxName, view.Length - at - 3));
            if (close < 0 || Named(view.AsSpan(at + 3, close - at - 3)) is not { } named)
            {
                return 0;
            }
            (chars, length) = (named, close + 1 - at);
            return length;
        }
        var digitsEnd = at + 1;
        while (digitsEnd < view.Length && digitsEnd - at <= 6 && HexDigits.Contains(view[digitsEnd]))
        {
            digitsEnd++;
        }
        if (digitsEnd == at + 1
            || !int.TryParse(view.AsSpan(at + 1, digitsEnd - at - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint)
            || codePoint is < 0x20 or (>= 0x7F and < 0xA0) or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF)
        {
            return 0;
        }
        // One white space after the hex digits ends the escape and is part of it.
        var end = digitsEnd < view.Length && view[digitsEnd] is ' ' or '\t' or '\n' ? digitsEnd + 1 : digitsEnd;
        (chars, length) = (char.ConvertFromUtf32(codePoint), end - at);
        return length;
    }

    /// <summary>
    /// The character a Unicode name stands for, for the names that spell identifiers: any script's "… DIGIT FOUR",
    /// "SUPERSCRIPT FOUR", "… CAPITAL LETTER X" / "… SMALL LETTER X", "CJK UNIFIED IDEOGRAPH-5361", "U+0034" and a few
    /// punctuation marks; else null. Python reads names in either case.
    /// </summary>
    private static string? Named(ReadOnlySpan<char> name)
    {
        Span<char> upper = stackalloc char[name.Length];
        name.ToUpperInvariant(upper);
        var words = upper.Trim();
        if (Punctuation.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words, out var mark))
        {
            return mark;
        }
        if (words.StartsWith("U+") && words.Length is > 2 and <= 8
            && int.TryParse(words[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint) && codePoint is >= 0x20 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
        {
            return char.ConvertFromUtf32(codePoint);
        }
        if (words.StartsWith("CJK UNIFIED IDEOGRAPH-")
            && int.TryParse(words["CJK UNIFIED IDEOGRAPH-".Length..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var ideograph) && ideograph is >= 0x3400 and <= 0x3134F and not (>= 0xD800 and <= 0xDFFF))
        {
            return char.ConvertFromUtf32(ideograph);
        }
        var space = words.LastIndexOf(' ');
        if (space <= 0)
        {
            return null;
        }
        var last = words[(space + 1)..];
        var before = words[..space];
        if (last.Length == 1 && char.IsAsciiLetterUpper(last[0]))
        {
            return before.EndsWith("CAPITAL LETTER") ? last.ToString()
                : before.EndsWith("SMALL LETTER") ? char.ToLowerInvariant(last[0]).ToString()
                : null;
        }
        for (var d = 0; d < NumberWords.Length; d++)
        {
            if (last.SequenceEqual(NumberWords[d]) && (before.EndsWith("DIGIT") || before.EndsWith("SUPERSCRIPT") || before.EndsWith("SUBSCRIPT")))
            {
                return ((char)('0' + d)).ToString();
            }
        }
        return null;
    }

    /// <summary>Any script's decimal digit ("\N{FULLWIDTH DIGIT ONE}" decodes to '１', which the view folds).</summary>
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>No control characters at all: a CSS run of "\d", "\a" or "\9" is a regular expression or a path.</summary>
    private static bool Printable(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }
        return true;
    }
}
