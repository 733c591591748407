using System.Buffers;
using System.Globalization;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Text written in an encoding a model reads back without effort, decoded so detectors see the value: percent-encoding
/// ("%34%35…", "4539%201488…"), quoted-printable ("=34=35…"), HTML numeric entities ("&amp;#52;&amp;#x35;…") and hex
/// ("63617264…", "63 61 72 64…", "0x63, 0x61…", "\x63\x61…"). Each decoder runs only where its cue is in the view
/// ('%', '=', "&amp;#", a long hex run) and keeps a run only when it holds at least two escapes (or eight hex bytes) and
/// decodes to readable UTF-8, so hashes, hex dumps and ordinary URLs cost little and add nothing. Every decoded
/// character is mapped to the escape it came from.
/// </summary>
internal static class EncodedRuns
{
    private const int MinEscapes = 2;
    private const int MinHexBytes = 8;

    public readonly record struct Decoded(TextSpan Origin, string Text, OriginMap Map);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> UrlPlain = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+");
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<Decoded> Find(string view)
    {
        var result = new List<Decoded>();
        if (view.Contains('%'))
        {
            Escapes(view, '%', result);
        }
        if (view.Contains('='))
        {
            Escapes(view, '=', result);
        }
        if (view.Contains('&'))
        {
            Entities(view, result);
        }
        // Every escape starts with a backslash; a case-insensitive search for "\\u" would walk the text unvectorised.
        if (view.Contains('\\'))
        {
            UnicodeEscapes(view, result);
            EscapeRuns.Find(view, result);
        }
        Hex(view, result);
        CharCodes(view, result);
        if (view.Contains("U+", StringComparison.Ordinal))
        {
            CodePointNotation(view, result);
        }
        return result;
    }

    private const int MinCodes = 8;

    /// <summary>
    /// Characters written as their codes (seventh attack round): decimal ("52,57,49,…", "String.fromCharCode(52, 57, …)",
    /// "65 75 73 …") or 8-bit binary ("00110100 00111001 …"). A run of eight or more codes of printable ASCII with one
    /// separator throughout that spells three digits or more; "72, 101, 108, 108, 111" (Hello) and lists of amounts
    /// or years add nothing.
    /// </summary>
    private static void CharCodes(string view, List<Decoded> result)
    {
        var span = view.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var at = span[i..].IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            var end = CodeEnd(span, start, out _);
            if (end < 0 || (start > 0 && char.IsAsciiLetterOrDigit(span[start - 1])))
            {
                i = SkipDigits(span, start);
                continue;
            }
            var text = new MappedText();
            ReadOnlySpan<char> separator = default;
            var pos = start;
            var last = start;
            var codes = 0;
            while (CodeEnd(span, pos, out var code) is > 0 and var codeEnd && (codes == 0 || IsBinary(span, start) == IsBinary(span, pos)))
            {
                text.Add((char)code, pos, codeEnd);
                codes++;
                last = codeEnd;
                var next = codeEnd;
                while (next < span.Length && next - codeEnd < 2 && span[next] is ',' or ' ' or ';')
                {
                    next++;
                }
                if (next == codeEnd || next >= span.Length)
                {
                    break;
                }
                if (codes == 1)
                {
                    separator = span[codeEnd..next];
                }
                else if (!span[codeEnd..next].SequenceEqual(separator))
                {
                    break;
                }
                pos = next;
            }
            var decoded = text.Text;
            if (codes >= MinCodes && CountDigits(decoded) >= 3)
            {
                result.Add(new Decoded(new TextSpan(start, last), decoded, text.Map));
            }
            i = Math.Max(last, SkipDigits(span, start));
        }
    }

    /// <summary>The end of a decimal (2–3 digits) or 8-bit binary code of printable ASCII at <paramref name="at"/>, else -1.</summary>
    private static int CodeEnd(ReadOnlySpan<char> span, int at, out int code)
    {
        code = 0;
        var end = SkipDigits(span, at);
        var length = end - at;
        if (end < span.Length && char.IsAsciiLetter(span[end]))
        {
            return -1;
        }
        if (length == 8 && IsBinary(span, at))
        {
            foreach (var c in span.Slice(at, 8))
            {
                code = (code * 2) + (c - '0');
            }
        }
        else if (length is 2 or 3)
        {
            code = int.Parse(span.Slice(at, length), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return code is >= 0x20 and < 0x7F ? end : -1;
    }

    private static bool IsBinary(ReadOnlySpan<char> span, int at) =>
        at + 8 <= span.Length && span.Slice(at, 8).IndexOfAnyExcept('0', '1') < 0;

    private static int SkipDigits(ReadOnlySpan<char> span, int at)
    {
        var end = at;
        while (end < span.Length && char.IsAsciiDigit(span[end]))
        {
            end++;
        }
        return end;
    }

    private static int CountDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }
        return count;
    }

    /// <summary>Code points written "U+0034 U+0039 …" (seventh attack round): four or more in a row, spaces or commas between.</summary>
    private static void CodePointNotation(string view, List<Decoded> result)
    {
        var i = 0;
        while ((i = view.IndexOf("U+", i, StringComparison.Ordinal)) >= 0)
        {
            var text = new MappedText();
            var pos = i;
            var last = i;
            var count = 0;
            while (pos + 2 < view.Length && view[pos] == 'U' && view[pos + 1] == '+')
            {
                var end = pos + 2;
                while (end < view.Length && end - pos < 8 && HexDigits.Contains(view[end]))
                {
                    end++;
                }
                if (end - pos < 6 || (end < view.Length && char.IsAsciiLetterOrDigit(view[end]))
                    || !int.TryParse(view.AsSpan(pos + 2, end - pos - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint)
                    || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
                {
                    break;
                }
                text.Add(char.ConvertFromUtf32(codePoint), pos, end);
                count++;
                last = end;
                pos = end;
                while (pos < view.Length && pos - end < 2 && view[pos] is ' ' or ',')
                {
                    pos++;
                }
            }
            if (count >= 4 && Readable(text.Text))
            {
                result.Add(new Decoded(new TextSpan(i, last), text.Text, text.Map));
            }
            i = Math.Max(last, i + 2);
        }
    }

    /// <summary>Runs of "%XX" (or quoted-printable "=XX") escapes mixed with plain URL characters.</summary>
    private static void Escapes(string view, char escape, List<Decoded> result)
    {
        var i = 0;
        while ((i = view.IndexOf(escape, i)) >= 0)
        {
            if (!IsEscape(view, i, escape) && (escape != '%' || PercentU(view, i) is null))
            {
                i++;
                continue;
            }
            var start = i;
            while (start > 0 && UrlPlain.Contains(view[start - 1]) && i - start < 24)
            {
                start--;
            }
            var bytes = new List<byte>();
            var starts = new List<int>();
            var ends = new List<int>();
            var escapes = 0;
            var at = start;
            while (at < view.Length)
            {
                if (escape == '%' && DoubleEscape(view, at))
                {
                    // "%2534" is "%34" encoded once more: whoever decodes twice reads "4".
                    bytes.Add(byte.Parse(view.AsSpan(at + 3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    starts.Add(at);
                    ends.Add(at + 5);
                    escapes++;
                    at += 5;
                }
                else if (escape == '%' && PercentU(view, at) is { } unit)
                {
                    // "%u0034": the old JavaScript escape() of a UTF-16 unit, which browsers and models still read.
                    foreach (var b in Encoding.UTF8.GetBytes(unit.ToString()))
                    {
                        bytes.Add(b);
                        starts.Add(at);
                        ends.Add(at + 6);
                    }
                    escapes++;
                    at += 6;
                }
                else if (IsEscape(view, at, escape))
                {
                    bytes.Add(byte.Parse(view.AsSpan(at + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    starts.Add(at);
                    ends.Add(at + 3);
                    escapes++;
                    at += 3;
                }
                else if (escape == '=' && view[at] is ' ' or '\t' && escapes > 0)
                {
                    // Quoted-printable keeps spaces and tabs as they are, so "=E8=BA=AB 5101…" runs on past the space.
                    bytes.Add((byte)view[at]);
                    starts.Add(at);
                    ends.Add(at + 1);
                    at++;
                }
                else if (escape == '=' && SoftBreak(view, at) is > 0 and var soft)
                {
                    at += soft;
                }
                else if (UrlPlain.Contains(view[at]))
                {
                    bytes.Add(escape == '%' && view[at] == '+' ? (byte)' ' : (byte)view[at]);
                    starts.Add(at);
                    ends.Add(at + 1);
                    at++;
                }
                else
                {
                    break;
                }
            }
            // One escape is enough where it glues digits together ("card%25202203…": the escape's own hex digits run on
            // into the number, so the plain text shows no number at all).
            if (escapes >= MinEscapes || (escapes == 1 && GluesDigits(view, start, at, escape)))
            {
                AddUtf8([.. bytes], starts, ends, new TextSpan(start, at), result);
            }
            i = Math.Max(at, i + 1);
        }
    }

    /// <summary>The run's one escape is followed by a digit, so its hex digits and the number read as one run.</summary>
    private static bool GluesDigits(string view, int start, int end, char escape)
    {
        var at = view.IndexOf(escape, start, end - start);
        var after = at + (escape == '%' && DoubleEscape(view, at) ? 5 : 3);
        return at >= 0 && after < end && char.IsAsciiDigit(view[after]);
    }

    /// <summary>A "%uXXXX" escape's UTF-16 unit (not a surrogate), else null.</summary>
    private static char? PercentU(string view, int at) =>
        at + 5 < view.Length && view[at] == '%' && view[at + 1] is 'u' or 'U' && HexDigits.Contains(view[at + 2]) && HexDigits.Contains(view[at + 3])
        && HexDigits.Contains(view[at + 4]) && HexDigits.Contains(view[at + 5])
        && ushort.Parse(view.AsSpan(at + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var unit && !char.IsSurrogate((char)unit)
            ? (char)unit
            : null;

    private static bool DoubleEscape(string view, int at) =>
        at + 4 < view.Length && view[at + 1] == '2' && view[at + 2] == '5' && HexDigits.Contains(view[at + 3]) && HexDigits.Contains(view[at + 4]);

    private static bool IsEscape(string view, int at, char escape) =>
        at + 2 < view.Length && view[at] == escape && HexDigits.Contains(view[at + 1]) && HexDigits.Contains(view[at + 2])
        && (escape == '%' || (!char.IsAsciiLetterLower(view[at + 1]) && !char.IsAsciiLetterLower(view[at + 2])));

    /// <summary>Quoted-printable's soft line break "=\n" (or "=\r\n"): its length, else 0.</summary>
    private static int SoftBreak(string view, int at) =>
        view[at] != '=' ? 0
        : at + 1 < view.Length && view[at + 1] == '\n' ? 2
        : at + 2 < view.Length && view[at + 1] == '\r' && view[at + 2] == '\n' ? 3
        : 0;

    /// <summary>Runs of HTML numeric character references ("&amp;#52;", "&amp;#x34;") mixed with plain letters and digits.</summary>
    private static void Entities(string view, List<Decoded> result)
    {
        var i = 0;
        while ((i = view.IndexOf('&', i)) >= 0)
        {
            if (!Entity(view, i, out _, out _))
            {
                i++;
                continue;
            }
            var decoded = new MappedText();
            var entities = 0;
            // Plain characters before the first reference belong to the value too ("6&#48;8&#50;…", "4532&nbsp;5055…").
            var at = PlainStart(view, i);
            decoded.Copy(view, at, i - at);
            at = i;
            while (at < view.Length)
            {
                if (Entity(view, at, out var codePoint, out var length))
                {
                    decoded.Add(char.ConvertFromUtf32(codePoint), at, at + length);
                    entities++;
                    at += length;
                }
                else if (char.IsAsciiLetterOrDigit(view[at]) || view[at] is ' ' or '-' or '.')
                {
                    decoded.Copy(view, at, 1);
                    at++;
                }
                else
                {
                    break;
                }
            }
            if (entities >= MinEscapes && Readable(decoded.Text))
            {
                result.Add(new Decoded(new TextSpan(PlainStart(view, i), at), decoded.Text, decoded.Map));
            }
            i = Math.Max(at, i + 2);
        }
    }

    /// <summary>
    /// Runs of JSON, JavaScript and Python escapes ("\\u0034", "\\u{34}", "\\U00000034", surrogate pairs) mixed with
    /// plain letters and digits. A raw JSON schema or tool-call argument text keeps them, and the backend's JSON parser
    /// (or the model) reads them as the characters they stand for.
    /// </summary>
    private static void UnicodeEscapes(string view, List<Decoded> result)
    {
        var i = 0;
        while ((i = view.IndexOf('\\', i)) >= 0)
        {
            var first = i + ExtraBackslashes(view, i);
            if (!UnicodeEscape(view, first, out _, out _) && !OctalEscape(view, first, out _) && SimpleEscape(view, first, out _) == 0)
            {
                i++;
                continue;
            }
            var decoded = new MappedText();
            // The same run with escaped line breaks dropped: a key cut by "\\n" in a raw schema is one token to the reader.
            var joined = new MappedText();
            var escapes = 0;
            var simple = 0;
            var breaks = 0;
            // Plain characters before the first escape belong to the value too ("6082\\n0775\\n…").
            var at = PlainStart(view, i);
            decoded.Copy(view, at, i - at);
            joined.Copy(view, at, i - at);
            at = i;
            while (at < view.Length)
            {
                // A doubled backslash (a raw JSON text holding "\\\\u0034") is still an escape to whoever reads the string.
                var doubled = ExtraBackslashes(view, at);
                if (OctalEscape(view, at + doubled, out var octal))
                {
                    var octalEnd = at + doubled + 4;
                    var chars = ((char)octal).ToString();
                    if (octal >= 0x80 && OctalUtf8(view, at + doubled, octal, out chars, out octalEnd) == 0)
                    {
                        break;
                    }
                    decoded.Add(chars, at, octalEnd);
                    joined.Add(chars, at, octalEnd);
                    escapes++;
                    at = octalEnd;
                }
                else if (SimpleEscape(view, at + doubled, out var plain) is > 0 and var simpleLength)
                {
                    // JSON's own escapes ("\\n", "\\t", "\\r\\n", "\\\"", "\\/") in a raw schema or tool-call argument text: the
                    // backend reads the line break or space they stand for, so a value cut by them is one value.
                    decoded.Add(plain, at, at + doubled + simpleLength);
                    if (plain == "\n")
                    {
                        breaks++;
                    }
                    else
                    {
                        joined.Add(plain, at, at + doubled + simpleLength);
                    }
                    simple++;
                    at += doubled + simpleLength;
                }
                else if (UnicodeEscape(view, at + doubled, out var codePoint, out var length))
                {
                    length += doubled;
                    if (char.IsHighSurrogate((char)codePoint) && UnicodeEscape(view, at + length, out var low, out var lowLength) && char.IsLowSurrogate((char)low))
                    {
                        codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
                        length += lowLength;
                    }
                    if (codePoint is >= 0xD800 and <= 0xDFFF)
                    {
                        break;
                    }
                    decoded.Add(char.ConvertFromUtf32(codePoint), at, at + length);
                    joined.Add(char.ConvertFromUtf32(codePoint), at, at + length);
                    escapes++;
                    at += length;
                }
                else if (char.IsAsciiLetterOrDigit(view[at]) || view[at] is ' ' or '-' or '.' or '_')
                {
                    decoded.Copy(view, at, 1);
                    joined.Copy(view, at, 1);
                    at++;
                }
                else
                {
                    break;
                }
            }
            var text = decoded.Text;
            // JSON's escapes are everywhere in code, so they count only around a digit, and one alone only where it cuts a
            // long token ("AKIAR7Q2AK\\n7DKWQSJERU").
            var withDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            if ((escapes >= MinEscapes || (withDigit && (escapes + simple >= MinEscapes || (simple == 1 && joined.Length >= 16)))) && Readable(text))
            {
                result.Add(new Decoded(new TextSpan(PlainStart(view, i), at), text, decoded.Map));
                if (breaks > 0)
                {
                    result.Add(new Decoded(new TextSpan(PlainStart(view, i), at), joined.Text, joined.Map));
                }
            }
            i = Math.Max(at, i + 2);
        }
    }

    /// <summary>
    /// The character a run of octal escapes of UTF-8 bytes spells from its lead byte <paramref name="lead"/> at
    /// <paramref name="at"/> ("\\345\\215\\241" is 卡; seventh attack round): its byte count, or 0 when they spell none.
    /// </summary>
    private static int OctalUtf8(string view, int at, int lead, out string chars, out int end)
    {
        chars = "";
        end = at;
        var count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        if (count == 0)
        {
            return 0;
        }
        var bytes = new byte[count];
        bytes[0] = (byte)lead;
        var pos = at + 4;
        for (var k = 1; k < count; k++)
        {
            var doubled = ExtraBackslashes(view, pos);
            if (!OctalEscape(view, pos + doubled, out var next) || next is < 0x80 or > 0xBF)
            {
                return 0;
            }
            bytes[k] = (byte)next;
            pos += doubled + 4;
        }
        try
        {
            chars = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return 0;
        }
        end = pos;
        return count;
    }

    /// <summary>
    /// The backslashes before an escape's own: one in a raw JSON text ("\\\\u0034"), three or more in JSON inside JSON
    /// (a tool-call argument holding an escaped payload; seventh attack round). Each level's reader removes half.
    /// </summary>
    private static int ExtraBackslashes(string view, int at)
    {
        var end = at;
        while (end < view.Length && end - at < 8 && view[end] == '\\')
        {
            end++;
        }
        return Math.Max(0, end - at - 1);
    }

    /// <summary>C and Python's octal escape of an ASCII character ("\\143" is 'c') or of a UTF-8 byte ("\\345").</summary>
    private static bool OctalEscape(string view, int at, out int value)
    {
        value = 0;
        if (at + 3 >= view.Length || view[at] != '\\' || view[at + 1] is < '0' or > '3')
        {
            return false;
        }
        for (var k = 1; k <= 3; k++)
        {
            if (view[at + k] is < '0' or > '7')
            {
                return false;
            }
            value = (value * 8) + view[at + k] - '0';
        }
        return value is >= 0x20 and < 0x7F or >= 0x80;
    }

    /// <summary>A JSON whitespace or quote escape at <paramref name="at"/>: its length and what it reads as (a tab as a space), else 0.</summary>
    private static int SimpleEscape(string view, int at, out string plain)
    {
        plain = "";
        if (at + 1 >= view.Length || view[at] != '\\')
        {
            return 0;
        }
        switch (view[at + 1])
        {
            case 'r' when at + 3 < view.Length && view[at + 2] == '\\' && view[at + 3] == 'n':
                plain = "\n";
                return 4;
            case 'n' or 'r':
                plain = "\n";
                return 2;
            case 't':
                plain = " ";
                return 2;
            case '"' or '/':
                plain = view[at + 1].ToString();
                return 2;
            default:
                return 0;
        }
    }

    /// <summary>"\\uXXXX", "\\u{X…}" or "\\UXXXXXXXX" at <paramref name="at"/>.</summary>
    private static bool UnicodeEscape(string view, int at, out int codePoint, out int length)
    {
        (codePoint, length) = (0, 0);
        if (at + 5 >= view.Length || view[at] != '\\' || view[at + 1] is not ('u' or 'U'))
        {
            return false;
        }
        int digitsStart = at + 2, digits;
        if (view[at + 1] == 'u' && view[at + 2] == '{')
        {
            digitsStart++;
            var close = view.IndexOf('}', digitsStart, Math.Min(8, view.Length - digitsStart));
            digits = close - digitsStart;
            length = close + 1 - at;
        }
        else
        {
            digits = view[at + 1] == 'U' ? 8 : 4;
            length = 2 + digits;
        }
        return digits is > 0 and <= 8 && digitsStart + digits <= view.Length
            && !view.AsSpan(digitsStart, digits).ContainsAnyExcept(HexDigits)
            && int.TryParse(view.AsSpan(digitsStart, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out codePoint)
            && codePoint is > 0 and <= 0x10FFFF;
    }

    /// <summary>Where the plain letters, digits, spaces, dashes and dots before <paramref name="at"/> start (at most 24 back).</summary>
    internal static int PlainStart(string view, int at)
    {
        var start = at;
        while (start > 0 && at - start < 24 && (char.IsAsciiLetterOrDigit(view[start - 1]) || view[start - 1] is ' ' or '-' or '.'))
        {
            start--;
        }
        return start;
    }

    /// <summary>
    /// Named references a writer puts between the digits of a value to part them (sixth attack round): spaces, invisible
    /// characters, dashes and dots. Digits and letters have no names, so this short list is the whole class.
    /// </summary>
    private static readonly (string Name, int CodePoint)[] NamedSeparators =
    [
        ("nbsp;", 0xA0), ("ensp;", 0x2002), ("emsp;", 0x2003), ("thinsp;", 0x2009), ("hairsp;", 0x200A), ("numsp;", 0x2007),
        ("puncsp;", 0x2008), ("MediumSpace;", 0x205F), ("NonBreakingSpace;", 0xA0), ("shy;", 0xAD), ("zwnj;", 0x200C),
        ("zwj;", 0x200D), ("ZeroWidthSpace;", 0x200B), ("NegativeThinSpace;", 0x200B), ("NegativeMediumSpace;", 0x200B),
        ("NegativeThickSpace;", 0x200B), ("NegativeVeryThinSpace;", 0x200B), ("NoBreak;", 0x2060), ("lrm;", 0x200E),
        ("rlm;", 0x200F), ("InvisibleTimes;", 0x2062), ("it;", 0x2062), ("InvisibleComma;", 0x2063), ("ic;", 0x2063),
        ("ApplyFunction;", 0x2061), ("af;", 0x2061), ("hyphen;", 0x2010), ("dash;", 0x2010), ("ndash;", 0x2013),
        ("mdash;", 0x2014), ("minus;", 0x2212), ("middot;", 0xB7), ("centerdot;", 0xB7), ("bull;", 0x2022),
        ("period;", '.'), ("sol;", '/'), ("lowbar;", '_'), ("verbar;", '|'), ("vert;", '|'), ("colon;", ':'),
        ("comma;", ','), ("NewLine;", '\n'), ("Tab;", '\t'), ("nbsp", 0xA0), ("shy", 0xAD),
    ];

    private static bool Entity(string view, int at, out int codePoint, out int length)
    {
        (codePoint, length) = (0, 0);
        if (at + 3 < view.Length && view[at] == '&' && char.IsAsciiLetter(view[at + 1]))
        {
            var rest = view.AsSpan(at + 1);
            foreach (var (name, value) in NamedSeparators)
            {
                if (rest.StartsWith(name, StringComparison.Ordinal))
                {
                    (codePoint, length) = (value, name.Length + 1);
                    return true;
                }
            }
            return false;
        }
        if (at + 3 >= view.Length || view[at] != '&' || view[at + 1] != '#')
        {
            return false;
        }
        var hex = view[at + 2] is 'x' or 'X';
        var digitsStart = at + (hex ? 3 : 2);
        var end = digitsStart;
        while (end < view.Length && end - digitsStart < 7 && (hex ? HexDigits.Contains(view[end]) : char.IsAsciiDigit(view[end])))
        {
            end++;
        }
        if (end == digitsStart
            || !int.TryParse(view.AsSpan(digitsStart, end - digitsStart), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out codePoint)
            || codePoint is <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return false;
        }
        // The ';' is optional to an HTML parser, so it is to this one.
        length = end - at + (end < view.Length && view[end] == ';' ? 1 : 0);
        return true;
    }

    /// <summary>Hex: a contiguous run of 16+ hex digits, or 8+ two-digit bytes written "63 61", "0x63, 0x61" or "\x63\x61".</summary>
    private static void Hex(string view, List<Decoded> result)
    {
        var span = view.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            // Hex of text always holds digits (every ASCII byte's high nibble is 2-7), so runs are found from a digit:
            // prose, whose words are full of a-f, costs one vectorised search.
            var digit = span[i..].IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return;
            }
            var start = i + digit;
            while (start > i && HexDigits.Contains(span[start - 1]))
            {
                start--;
            }
            var length = span[start..].IndexOfAnyExcept(HexDigits);
            var end = length < 0 ? span.Length : start + length;
            var before = start > 0 ? span[start - 1] : ' ';
            if (end - start >= 2 * MinHexBytes && (end - start) % 2 == 0 && !char.IsAsciiLetterOrDigit(before)
                && (end == span.Length || !char.IsAsciiLetterOrDigit(span[end])))
            {
                var bytes = new byte[(end - start) / 2];
                var starts = new List<int>(bytes.Length);
                var ends = new List<int>(bytes.Length);
                for (var b = 0; b < bytes.Length; b++)
                {
                    bytes[b] = byte.Parse(span.Slice(start + 2 * b, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    starts.Add(start + 2 * b);
                    ends.Add(start + 2 * b + 2);
                }
                if (!AddUtf16(bytes, starts, ends, new TextSpan(start, end), result))
                {
                    AddUtf8(bytes, starts, ends, new TextSpan(start, end), result);
                }
            }
            else if (ByteListStart(span, start, end))
            {
                end = Math.Max(end, HexBytes(view, start, result));
            }
            i = Math.Max(end, start + 1);
        }
    }

    /// <summary>A first byte of a list: "63 " / "63," alone, "0x63" or "\x63".</summary>
    private static bool ByteListStart(ReadOnlySpan<char> span, int start, int end)
    {
        if (end - start == 2)
        {
            var before = start > 0 ? span[start - 1] : ' ';
            var after = end < span.Length ? span[end] : ' ';
            return (after is ' ' or ',' or ':' or '\\' && !char.IsAsciiLetterOrDigit(before)) || (before == 'x' && start > 1 && span[start - 2] == '\\');
        }
        return end - start == 1 && span[start] == '0' && end + 2 < span.Length && span[end] is 'x' or 'X'
            && HexDigits.Contains(span[end + 1]) && HexDigits.Contains(span[end + 2]);
    }

    /// <summary>Two-digit hex bytes separated by spaces or commas, each with an optional "0x" or "\x" prefix.</summary>
    private static int HexBytes(string view, int start, List<Decoded> result)
    {
        // Most byte-like starts are a number or two in prose ("+44 20 7946"): counted before anything is allocated.
        var (count, last) = ByteList(view, start, null);
        return count < MinHexBytes ? Math.Max(last, start + 1) : ByteList(view, start, result).Last;
    }

    /// <summary>
    /// The byte list at <paramref name="start"/>: its byte count and end; decoded and added (when long enough) only when
    /// <paramref name="result"/> is given.
    /// </summary>
    private static (int Count, int Last) ByteList(string view, int start, List<Decoded>? result)
    {
        var count = 0;
        var bytes = result is null ? null : new List<byte>();
        var starts = result is null ? null : new List<int>();
        var ends = result is null ? null : new List<int>();
        var at = start > 1 && view[start - 1] == 'x' && view[start - 2] == '\\' ? start - 2 : start;
        var runStart = at;
        var last = at;
        while (at < view.Length)
        {
            var digits = at;
            if (digits + 1 < view.Length && (view[digits] == '0' || view[digits] == '\\') && view[digits + 1] is 'x' or 'X')
            {
                digits += 2;
            }
            if (digits + 1 >= view.Length || !HexDigits.Contains(view[digits]) || !HexDigits.Contains(view[digits + 1])
                || (digits + 2 < view.Length && char.IsAsciiLetterOrDigit(view[digits + 2])))
            {
                break;
            }
            count++;
            bytes?.Add(byte.Parse(view.AsSpan(digits, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            starts?.Add(at);
            ends?.Add(digits + 2);
            last = digits + 2;
            at = last;
            if (at < view.Length && view[at] is ',' or ':')
            {
                at++;
            }
            if (at < view.Length && view[at] == ' ')
            {
                at++;
            }
        }
        if (result is not null && count >= MinHexBytes)
        {
            AddUtf8([.. bytes!], starts!, ends!, new TextSpan(runStart, last), result);
        }
        return (count, Math.Max(last, start + 1));
    }

    /// <summary>
    /// Hex of UTF-16 text ("0063006100720064…", big- or little-endian; seventh attack round): every other byte zero. Added
    /// and true when it decodes to readable text.
    /// </summary>
    private static bool AddUtf16(byte[] bytes, List<int> starts, List<int> ends, TextSpan origin, List<Decoded> result)
    {
        if (bytes.Length < 8 || bytes.Length % 2 != 0)
        {
            return false;
        }
        var bigEndian = true;
        var littleEndian = true;
        for (var b = 0; b < bytes.Length; b += 2)
        {
            bigEndian &= bytes[b] == 0;
            littleEndian &= bytes[b + 1] == 0;
        }
        if (bigEndian == littleEndian)
        {
            return false;
        }
        var text = new MappedText();
        for (var b = 0; b < bytes.Length; b += 2)
        {
            text.Add((char)(bigEndian ? bytes[b + 1] : bytes[b]), starts[b], ends[b + 1]);
        }
        var decoded = text.Text;
        if (!Readable(decoded))
        {
            return false;
        }
        result.Add(new Decoded(origin, decoded, text.Map));
        return true;
    }

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8, mapping each character to the escapes of its bytes; kept when readable.</summary>
    private static void AddUtf8(byte[] bytes, List<int> starts, List<int> ends, TextSpan origin, List<Decoded> result)
    {
        var text = new MappedText();
        var b = 0;
        var escaped = false;
        while (b < bytes.Length)
        {
            var lead = bytes[b];
            var count = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
            if (count == 0 || b + count > bytes.Length)
            {
                return;
            }
            string chars;
            try
            {
                chars = StrictUtf8.GetString(bytes, b, count);
            }
            catch (DecoderFallbackException)
            {
                return;
            }
            escaped |= ends[b + count - 1] - starts[b] > 1;
            text.Add(chars, starts[b], ends[b + count - 1]);
            b += count;
        }
        var decoded = text.Text;
        if (escaped && Readable(decoded))
        {
            result.Add(new Decoded(origin, decoded, text.Map));
        }
    }

    /// <summary>Printable text: no control characters but tabs and line breaks.</summary>
    internal static bool Readable(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return false;
            }
        }
        return true;
    }
}
