using System.Buffers;
using Router.Classification.Sensitivity.Support;
using static Router.Classification.Sensitivity.Support.NationalIdChecks;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// National identity and tax numbers of other countries (the US SSN and the mainland resident ID have their own
/// detectors): Aadhaar, PAN, NHS number, National Insurance number, Canadian SIN, CPF/CNPJ, CURP/RFC, DNI/NIE, codice
/// fiscale, NIR, Steuer-ID, BSN, Belgian national number, PESEL, personnummer, RRN, My Number, HKID, Taiwan ID, NRIC/FIN,
/// MyKad, TFN, Medicare, South African ID, T.C. Kimlik, Teudat Zehut, HETU, RUT, Thai ID, Emirates ID, SNILS, EIN, ITIN…
/// <list type="bullet">
/// <item>A label that <em>names</em> the value (only a connector between: "My PESEL: …", "CPF é …") is enough for a value of the
/// scheme's shape, whatever its check digit (fail closed, as for cards and resident IDs).</item>
/// <item>A label farther back in the sentence, or right after the value ("… is my NI number"), needs the scheme's check to hold.</item>
/// <item>Without a label only written forms that are rare by themselves count, and only with their check: CPF 123.456.789-09,
/// CNPJ, Belgian 85.07.30-033.28, RUT 12.345.678-5, RRN 850101-1234567, MyKad 850101-14-5678, Emirates 784-…, Thai
/// 1-2345-67890-12-3, ITIN 9XX-7X-XXXX, HETU 131052-308T, 15-digit NIR, 13-digit SA ID, CURP, codice fiscale, RFC, Taiwan
/// A123456789, NRIC S1234567D, DNI/NIE 12345678Z, HKID A123456(7), PAN of a person ABCPE1234F.</item>
/// </list>
/// Labels are found by two vectorised searches (and one for non-ASCII labels' first letters); the unlabelled forms by one
/// walk over the text's digit runs.
/// </summary>
internal sealed partial class NationalIdDetector : ISensitivityDetector
{
    /// <summary>How far after a label its value may start (a short clause: "number on my tax return is").</summary>
    private const int Reach = 48;

    /// <summary>How far before a label a value may end ("AB123456C is my NI number").</summary>
    private const int BackReach = 24;

    /// <summary>Schemes whose check is strong (1 in 97 or a shape rare in itself): what an everyday label such as "ID" may name.</summary>
    private const IdScheme StrongChecked = IdScheme.Cpf | IdScheme.Cnpj | IdScheme.Curp | IdScheme.Rfc | IdScheme.SpanishId
        | IdScheme.CodiceFiscale | IdScheme.FrenchNir | IdScheme.Belgian | IdScheme.KoreanRrn | IdScheme.HongKong | IdScheme.Taiwan
        | IdScheme.Singapore | IdScheme.SouthAfrica | IdScheme.Turkish | IdScheme.Finnish | IdScheme.Emirates | IdScheme.Snils;

    private static readonly NationalIdLabel[] InsensitiveAscii =
        [.. NationalIdLabel.All.Where(l => !l.CaseSensitive && System.Text.Ascii.IsValid(l.Text))];

    private static readonly NationalIdLabel[] Sensitive = [.. NationalIdLabel.All.Where(l => l.CaseSensitive)];

    // The case-insensitive ASCII labels by their first two characters lower-cased (in list order), null where none; all
    // start with an ASCII letter, so on text without ASCII lookalikes they start only at ASCII word starts.
    private static readonly NationalIdLabel[]?[] InsensitiveByPrefix = ByPrefix(InsensitiveAscii);

    public string Name => "national_id";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "national ID label or check digit";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        // Four digits: an Indian PAN (ABCPE1234F) holds no more.
        if (input.DigitCount < 4)
        {
            return;
        }
        var text = input.Text;
        var first = found.Count;
        AddLabelled(text, found);
        AddUnlabelled(text, found);
        // 999-99-9999, or 987-65-4321 in demo data: a placeholder names no one (fourteenth pass, s22-markids).
        PlaceholderDigits.DropFrom(text, found, first);
    }

    /// <param name="plainSearch">Search the ASCII labels over every character (tests compare the two walks).</param>
    internal static void AddLabelled(string text, List<TextSpan> found, bool plainSearch = false)
    {
        var span = text.AsSpan();
        if (!plainSearch && AsciiWordStarts.TryGet(text, out var starts, out _))
        {
            AddAtWordStarts(text, starts, found);
        }
        else
        {
            AddAsciiLabelled(text, found);
        }
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(NationalIdLabel.CaseSensitiveSearch);
            if (at < 0)
            {
                break;
            }
            at += from;
            if (Longest(span, at, Sensitive, StringComparison.Ordinal) is { } label)
            {
                Judge(text, label, at, at + label.Text.Length, found);
            }
            from = at + 1;
        }
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(NationalIdLabel.OtherAnchors);
            if (at < 0)
            {
                break;
            }
            at += from;
            NationalIdLabel? best = null;
            var bestStart = 0;
            for (var i = 0; i < NationalIdLabel.Other.Length; i++)
            {
                var label = NationalIdLabel.Other[i];
                var start = at - NationalIdLabel.OtherAnchorOffsets[i];
                if (start >= 0 && label.Text.Length > (best?.Text.Length ?? 0) && span[start..].StartsWith(label.Text, StringComparison.OrdinalIgnoreCase)
                    && (!char.IsAsciiLetter(label.Text[0]) || start == 0 || !char.IsLetter(span[start - 1])))
                {
                    (best, bestStart) = (label, start);
                }
            }
            if (best is not null)
            {
                Judge(text, best, bestStart, bestStart + best.Text.Length, found);
            }
            from = at + 1;
        }
    }

    // Labels at ASCII word starts (the text holds no ASCII lookalike): Longest finds nothing after an ASCII letter or
    // digit and every label starts with a letter, so only word starts are looked up, each against the labels with its
    // first two letters — what the multi-string search (an Aho-Corasick walk over every character, ~2 % of en-1KB)
    // found, in the same order. The starts are copied: they live in a per-thread buffer another text could reuse.
    private static void AddAtWordStarts(string text, ReadOnlySpan<int> starts, List<TextSpan> found)
    {
        var span = text.AsSpan();
        var copy = ArrayPool<int>.Shared.Rent(Math.Max(1, starts.Length));
        var count = starts.Length;
        starts.CopyTo(copy);
        for (var k = 0; k < count; k++)
        {
            var at = copy[k];
            if (at + 1 < span.Length && span[at + 1] < 128 && InsensitiveByPrefix[PrefixKey(span[at], span[at + 1])] is { } labels
                && Longest(span, at, labels, StringComparison.OrdinalIgnoreCase) is { } label)
            {
                Judge(text, label, at, at + label.Text.Length, found);
            }
        }
        ArrayPool<int>.Shared.Return(copy);
    }

    // The plain walk: every place the ASCII labels' search finds.
    private static void AddAsciiLabelled(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(NationalIdLabel.AsciiSearch);
            if (at < 0)
            {
                break;
            }
            at += from;
            if (Longest(span, at, InsensitiveAscii, StringComparison.OrdinalIgnoreCase) is { } label)
            {
                Judge(text, label, at, at + label.Text.Length, found);
            }
            from = at + 1;
        }
    }

    private static NationalIdLabel[]?[] ByPrefix(NationalIdLabel[] labels)
    {
        var table = new NationalIdLabel[]?[26 * 128];
        foreach (var group in labels.GroupBy(l => PrefixKey(l.Text[0], l.Text[1])))
        {
            table[group.Key] = [.. group];
        }
        return table;
    }

    // An ASCII letter, then an ASCII character, both lower-cased.
    private static int PrefixKey(char letter, char next) => ((letter | 0x20) - 'a') * 128 + char.ToLowerInvariant(next);

    /// <summary>The longest label of <paramref name="labels"/> at <paramref name="at"/> that stands as a word.</summary>
    private static NationalIdLabel? Longest(ReadOnlySpan<char> text, int at, NationalIdLabel[] labels, StringComparison comparison)
    {
        if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]))
        {
            return null;
        }
        NationalIdLabel? best = null;
        foreach (var label in labels)
        {
            var end = at + label.Text.Length;
            if (label.Text.Length > (best?.Text.Length ?? 0) && text[at..].StartsWith(label.Text, comparison)
                && (end == text.Length || !char.IsLetter(text[end]) || !char.IsAsciiLetter(label.Text[^1])))
            {
                best = label;
            }
        }
        return best;
    }

    /// <summary>The value after the label (named by it or in its sentence), else one right before it.</summary>
    private static void Judge(string text, NationalIdLabel label, int labelStart, int labelEnd, List<TextSpan> found)
    {
        if (!After(text, label, labelEnd, found))
        {
            Before(text, label, labelStart, found);
        }
    }

    private static bool After(string text, NationalIdLabel label, int labelEnd, List<TextSpan> found)
    {
        var limit = Math.Min(text.Length, labelEnd + Reach);
        var window = text.AsSpan(labelEnd, limit - labelEnd);
        var digit = window.IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return false;
        }
        var end = window[..digit].IndexOfAny(SentenceEnds);
        if (end >= 0)
        {
            return false;
        }
        var start = ValueStart(text, labelEnd, labelEnd + digit);
        if (start < labelEnd || LabelContext.BusinessLabels.NearestEnd(text, labelEnd, start) >= 0)
        {
            return false;
        }
        var named = OnlyConnector(text.AsSpan(labelEnd, start - labelEnd));
        return TryValue(text, label, start, named, found);
    }

    /// <summary>"AB123456C is my NI number", "RSSMRA85T10A562S è il mio codice fiscale": a value shortly before the label, checked.</summary>
    private static void Before(string text, NationalIdLabel label, int labelStart, List<TextSpan> found)
    {
        var from = Math.Max(0, labelStart - BackReach);
        var window = text.AsSpan(from, labelStart - from);
        var last = window.LastIndexOfAnyInRange('0', '9');
        if (last < 0 || window[last..].ContainsAny(SentenceEnds))
        {
            return;
        }
        var valueEnd = from + last + 1;
        while (valueEnd < text.Length && (char.IsAsciiLetterOrDigit(text[valueEnd]) || text[valueEnd] == ')'))
        {
            valueEnd++;
        }
        var start = from + last;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || (text[start - 1] is '-' or '.' or '/' or ' ' or '(' && start > 1
            && char.IsAsciiLetterOrDigit(text[start - 2]) && ScanInput.CountDigits(text.AsSpan(start, valueEnd - start)) > 0
            && (text[start - 1] != ' ' || DigitOrLone(text, start - 1)))))
        {
            start--;
        }
        if (label.Weak)
        {
            return;
        }
        var compact = Compact(text.AsSpan(start, valueEnd - start), stackalloc char[32]);
        if (!compact.IsEmpty && Valid(label.Schemes, compact) && !found.Exists(f => f.Overlaps(new TextSpan(start, valueEnd))))
        {
            found.Add(new(start, valueEnd));
        }
    }

    // Before a space going backwards: the chunk before it holds a digit or is one or two capitals ("AB 12 34 56 C").
    private static bool DigitOrLone(string text, int space)
    {
        var i = space;
        while (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            i--;
        }
        var chunk = text.AsSpan(i, space - i);
        return chunk.ContainsAnyInRange('0', '9') || (chunk.Length <= 2 && !chunk.ContainsAnyExceptInRange('A', 'Z'));
    }

    /// <summary>Where the value holding the digit at <paramref name="digit"/> starts: its glued letters, or a spaced two-letter prefix ("AB 12 34 56 C").</summary>
    private static int ValueStart(string text, int labelEnd, int digit)
    {
        var start = digit;
        while (start > labelEnd && digit - start < 6 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }
        if (start > labelEnd && char.IsAsciiLetter(text[start - 1]))
        {
            return -1;
        }
        if (start == digit && start - 3 >= labelEnd && text[start - 1] == ' ' && char.IsAsciiLetterUpper(text[start - 2]) && char.IsAsciiLetterUpper(text[start - 3])
            && (start - 3 == labelEnd || !char.IsAsciiLetter(text[start - 4])))
        {
            start -= 3;
        }
        return start;
    }

    /// <summary>The value from <paramref name="start"/>: groups of letters and digits joined by one ' ', '.', '-' or '/', each later group holding a digit or being one capital ("12345678-Z", "… 56 C"), and a "(7)" or "(A)" check; the longest prefix at a group end that the label accepts.</summary>
    private static bool TryValue(string text, NationalIdLabel label, int start, bool named, List<TextSpan> found)
    {
        Span<int> ends = stackalloc int[10];
        var count = 0;
        var i = start;
        while (count < ends.Length && i - start <= 40)
        {
            var chunkStart = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }
            if (i == chunkStart)
            {
                break;
            }
            ends[count++] = i;
            if (i + 2 < text.Length && text[i] == '(' && char.IsAsciiLetterOrDigit(text[i + 1]) && text[i + 2] == ')')
            {
                ends[count - 1] = i + 3;
                break;
            }
            if (i + 1 >= text.Length || text[i] is not (' ' or '.' or '-' or '/') || !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                break;
            }
            var next = i + 1;
            var nextEnd = next;
            while (nextEnd < text.Length && char.IsAsciiLetterOrDigit(text[nextEnd]))
            {
                nextEnd++;
            }
            var chunk = text.AsSpan(next, nextEnd - next);
            if (!chunk.ContainsAnyInRange('0', '9') && !(chunk.Length == 1 && char.IsAsciiLetterUpper(chunk[0])))
            {
                break;
            }
            i = next;
        }
        Span<char> buffer = stackalloc char[48];
        for (var c = count - 1; c >= 0; c--)
        {
            var compact = Compact(text.AsSpan(start, ends[c] - start), buffer);
            if (compact.IsEmpty)
            {
                continue;
            }
            var span = new TextSpan(start, ends[c]);
            if (Accepts(label, compact, named))
            {
                if (!found.Exists(f => f.Overlaps(span)))
                {
                    found.Add(span);
                }
                return true;
            }
        }
        return false;
    }

    private static bool Accepts(NationalIdLabel label, ReadOnlySpan<char> value, bool named)
    {
        if (label.Weak)
        {
            return Valid(label.Schemes == IdScheme.AnyChecked || (label.Schemes & IdScheme.Generic) != 0 ? StrongChecked : label.Schemes, value);
        }
        return Valid(label.Schemes, value) || (named && Shaped(label.Schemes, value));
    }

    /// <summary>The letters and digits of <paramref name="value"/>, upper-cased; empty when over the buffer or holding another character than a separator.</summary>
    private static ReadOnlySpan<char> Compact(ReadOnlySpan<char> value, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (n == buffer.Length)
                {
                    return [];
                }
                buffer[n++] = char.ToUpperInvariant(c);
            }
            else if (c is not (' ' or '.' or '-' or '/' or '(' or ')'))
            {
                return [];
            }
        }
        return buffer[..n];
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("?!。？！;\n");

    private static readonly string[] ConnectorWords =
    [
        "number", "numbers", "num", "no", "nr", "nro", "id", "is", "was", "are", "of", "my", "the", "his", "her", "their", "our", "your", "card",
        "code", "ist", "est", "es", "era", "är", "er", "é", "è", "e", "numer", "nummer", "numero", "número", "numéro", "n°", "nº", "mijn", "mi", "mio",
        "meu", "mon", "ma", "mein", "meine", "seine", "ihre", "nomor", "số", "là", "numaram", "numarası", "numarasi", "numaras", "wynosi", "to",
        "号", "号码", "號碼", "号碼", "编号", "字號", "字号", "码", "是", "为", "為", "番号", "は", "の", "번호", "는", "은", "이", "가",
    ];

    /// <summary>Separators and at most four connector words ("number is", "no.:", "ist", "é", "号码是").</summary>
    private static bool OnlyConnector(ReadOnlySpan<char> between)
    {
        var words = 0;
        for (var i = 0; i < between.Length;)
        {
            var c = between[i];
            if (c is ' ' or '\t' or '\n' or ':' or '#' or '.' or ',' or '(' or ')' or '-' or '=' or '/' or '|' or '：' or '，' or '（' or '）' or '\'' or '"' or '*' or '`')
            {
                i++;
                continue;
            }
            var matched = 0;
            foreach (var word in ConnectorWords)
            {
                if (word.Length > matched && between[i..].StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (word[0] > 0x7F || i + word.Length == between.Length || !char.IsLetter(between[i + word.Length])))
                {
                    matched = word.Length;
                }
            }
            if (matched == 0 || ++words > 4)
            {
                return false;
            }
            i += matched;
        }
        return true;
    }

    /// <summary>Whether <paramref name="value"/> passes the check of one of <paramref name="schemes"/>.</summary>
    private static bool Valid(IdScheme schemes, ReadOnlySpan<char> value)
    {
        for (var bits = (long)schemes; bits != 0; bits &= bits - 1)
        {
            if (Holds((IdScheme)(bits & -bits), value))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Holds(IdScheme scheme, ReadOnlySpan<char> v) => scheme switch
    {
        IdScheme.Aadhaar => Aadhaar(v),
        IdScheme.IndianPan => IndianPan(v),
        IdScheme.Nhs => Nhs(v),
        IdScheme.UkNino => UkNino(v),
        IdScheme.CanadianSin => CanadianSin(v),
        IdScheme.Cpf => Cpf(v),
        IdScheme.Cnpj => Cnpj(v),
        IdScheme.Curp => Curp(v),
        IdScheme.Rfc => Rfc(v),
        IdScheme.SpanishId => SpanishId(v),
        IdScheme.CodiceFiscale => CodiceFiscale(v),
        IdScheme.FrenchNir => FrenchNir(v),
        IdScheme.GermanTaxId => GermanTaxId(v),
        IdScheme.Bsn => Bsn(v),
        IdScheme.Belgian => BelgianNationalNumber(v),
        IdScheme.Pesel => Pesel(v),
        IdScheme.Swedish => SwedishPersonalNumber(v),
        IdScheme.DanishCpr => v.Length == 10 && AllDigits(v) && ValidMonthDay(Two(v, 2), Two(v, 0)),
        IdScheme.NorwegianId => v.Length == 11 && AllDigits(v) && ValidMonthDay(Two(v, 2), Two(v, 0) % 40),
        IdScheme.KoreanRrn => KoreanRrn(v, @checked: true),
        IdScheme.MyNumber => JapaneseMyNumber(v),
        IdScheme.HongKong => HongKongId(v),
        IdScheme.Taiwan => TaiwanId(v),
        IdScheme.Singapore => SingaporeNric(v),
        IdScheme.MyKad => MyKad(v),
        IdScheme.Tfn => AustralianTfn(v),
        IdScheme.Medicare => Medicare(v),
        IdScheme.SouthAfrica => SouthAfricanId(v),
        IdScheme.Turkish => TurkishId(v),
        IdScheme.Israeli => IsraeliId(v),
        IdScheme.Finnish => FinnishId(v),
        IdScheme.Chilean => ChileanRut(v),
        IdScheme.Thai => ThaiId(v),
        IdScheme.Emirates => EmiratesId(v),
        IdScheme.Snils => Snils(v),
        IdScheme.Itin => Itin(v),
        IdScheme.Ein => v.Length == 9 && AllDigits(v) && Two(v, 0) is not (0 or 7 or 8 or 9 or 17 or 18 or 19 or 28 or 29 or 49 or 69 or 70 or 78 or 79 or 89 or 96 or 97),
        IdScheme.IndonesianNik => v.Length == 16 && AllDigits(v) && ValidMonthDay(Two(v, 8), Two(v, 6) > 40 ? Two(v, 6) - 40 : Two(v, 6)),
        _ => false,
    };

    /// <summary>Whether <paramref name="value"/> has the shape of one of <paramref name="schemes"/> (a named value: the check is not asked).</summary>
    private static bool Shaped(IdScheme schemes, ReadOnlySpan<char> value)
    {
        var digits = ScanInput.CountDigits(value);
        var allDigits = digits == value.Length;
        var letters = value.Length - digits;
        for (var bits = (long)schemes; bits != 0; bits &= bits - 1)
        {
            var shaped = (IdScheme)(bits & -bits) switch
            {
                IdScheme.Aadhaar or IdScheme.MyNumber or IdScheme.MyKad => allDigits && value.Length == 12,
                IdScheme.Nhs or IdScheme.DanishCpr => allDigits && value.Length == 10,
                IdScheme.CanadianSin or IdScheme.Ein or IdScheme.Itin => allDigits && value.Length == 9,
                IdScheme.Cpf or IdScheme.GermanTaxId or IdScheme.Belgian or IdScheme.Pesel or IdScheme.NorwegianId or IdScheme.Turkish
                    or IdScheme.Snils => allDigits && value.Length == 11,
                IdScheme.Cnpj => allDigits && value.Length == 14,
                IdScheme.KoreanRrn or IdScheme.SouthAfrica or IdScheme.Thai => allDigits && value.Length == 13,
                IdScheme.FrenchNir => (allDigits && value.Length is 13 or 15) || FrenchNir(value),
                IdScheme.Emirates => allDigits && value.Length == 15,
                IdScheme.Swedish => allDigits && value.Length is 10 or 12,
                IdScheme.Bsn or IdScheme.Tfn => allDigits && value.Length is 8 or 9,
                IdScheme.Medicare => allDigits && value.Length is 10 or 11,
                IdScheme.Israeli => allDigits && value.Length is 8 or 9,
                IdScheme.PlainDni => allDigits && value.Length is 7 or 8,
                IdScheme.RussianInn => allDigits && value.Length is 10 or 12,
                IdScheme.IndonesianNik => allDigits && value.Length == 16,
                IdScheme.VietnameseId => allDigits && value.Length is 9 or 12,
                IdScheme.IndianPan => value.Length == 10 && letters == 6 && !value[..5].ContainsAnyExceptInRange('A', 'Z'),
                IdScheme.UkNino => value.Length is 8 or 9 && digits == 6 && !value[..2].ContainsAnyExceptInRange('A', 'Z') && AllDigits(value[2..8]),
                IdScheme.SpanishId => value.Length == 9 && char.IsAsciiLetter(value[8]) && digits >= 7,
                IdScheme.Curp => value.Length == 18 && AllDigits(value[4..10]) && !value[..4].ContainsAnyExceptInRange('A', 'Z'),
                IdScheme.Rfc => value.Length is 12 or 13 && digits >= 6,
                IdScheme.CodiceFiscale => value.Length == 16 && !value[..6].ContainsAnyExceptInRange('A', 'Z') && digits >= 4,
                IdScheme.HongKong => value.Length is 8 or 9 && digits >= 6 && char.IsAsciiLetter(value[0]),
                IdScheme.Taiwan => value.Length == 10 && char.IsAsciiLetter(value[0]) && AllDigits(value[1..]),
                IdScheme.Singapore => value.Length == 9 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[8]) && AllDigits(value[1..8]),
                IdScheme.Finnish => value.Length == 11 && AllDigits(value[..6]),
                IdScheme.Chilean => value.Length is 8 or 9 && AllDigits(value[..^1]) && (char.IsAsciiDigit(value[^1]) || value[^1] == 'K'),
                IdScheme.Generic => value.Length is >= 6 and <= 20 && digits >= 5 && !(allDigits && !value.ContainsAnyExcept(value[0])),
                _ => false,
            };
            if (shaped)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Values no label needs: one walk over the digit runs; each run's token (letters, digits, '.', '-', '/', brackets) is
    /// judged by its written form and its check, unless a business label (order, invoice…) stands shortly before it.
    /// </summary>
    private static void AddUnlabelled(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAnyInRange('0', '9');
        Span<char> buffer = stackalloc char[32];
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && TokenChar(span[start - 1]))
            {
                start--;
            }
            var end = at;
            while (end < span.Length && TokenChar(span[end]))
            {
                end++;
            }
            var next = end;
            while (end > start && span[end - 1] is '.' or '-' or '/')
            {
                end--;
            }
            while (start < end && span[start] is '.' or '-' or '/' or '(')
            {
                start++;
            }
            if (end - start is >= 9 and <= 22 && (start == 0 || !char.IsLetterOrDigit(span[start - 1])) && (end == span.Length || !char.IsLetterOrDigit(span[end])))
            {
                var compact = Compact(span[start..end], buffer);
                if (compact.Length >= 8 && ScanInput.CountDigits(compact) >= 4 && Unlabelled(span[start..end], compact)
                    && LabelContext.BusinessLabels.NearestEnd(text, Math.Max(0, start - LabelContext.Window), start) < 0 && !FormatExample(text, start, end))
                {
                    var found1 = new TextSpan(start, end);
                    if (!found.Exists(f => f.Overlaps(found1)))
                    {
                        found.Add(found1);
                    }
                }
            }
            if (next >= span.Length)
            {
                break;
            }
            var rest = span[next..].IndexOfAnyInRange('0', '9');
            at = rest < 0 ? -1 : next + rest;
        }
    }

    private static bool TokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/' or '(' or ')';

    /// <summary>The written forms that need no label, each with its check (<paramref name="written"/> as in the text, <paramref name="v"/> compact).</summary>
    private static bool Unlabelled(ReadOnlySpan<char> written, ReadOnlySpan<char> v)
    {
        if (written.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }
        var shape = Shape(written, stackalloc char[written.Length]);
        return shape switch
        {
            "999.999.999-99" => Cpf(v),
            "99.999.999/9999-99" => Cnpj(v),
            "99.99.99-999.99" => BelgianNationalNumber(v),
            "99.999.999-9" or "99.999.999-A" or "9.999.999-9" or "9.999.999-A" => ChileanRut(v),
            "999999-9999999" => KoreanRrn(v, @checked: true),
            "999999-99-9999" => MyKad(v),
            "999-9999-9999999-9" => EmiratesId(v),
            "9-9999-99999-99-9" => ThaiId(v),
            "999-99-9999" => Itin(v),
            "999-999-999-99" or "999-999-99999" => Snils(v),
            "999999-999A" or "999999A999A" or "999999-9999" or "999999A9999" => FinnishId(v),
            "999999999999999" => FrenchNir(v),
            "9999999999999" => SouthAfricanId(v),
            "AAAA999999AAAAAAA9" or "AAAA999999AAAAAA99" => Curp(v),
            "A999999(9)" or "AA999999(9)" or "A999999(A)" or "AA999999(A)" => HongKongId(v),
            "A999999999" => TaiwanId(v),
            "A9999999A" => SingaporeNric(v) || SpanishId(v),
            "99999999A" or "99999999-A" => SpanishId(v),
            "AAAAA9999A" => IndianPan(v) && v[3] == 'P',
            "AAAA999999AAA" or "AAAA999999AA9" or "AAAA999999A9A" or "AAAA999999A99" or "AAAA9999999AA" or "AAAA99999999A"
                or "AAAA9999999A9" or "AAAA999999999" => Rfc(v),
            _ => v.Length == 16 && CodiceFiscale(v),
        };
    }

    /// <summary>The written form with every digit as '9' and every letter as 'A'.</summary>
    private static string Shape(ReadOnlySpan<char> written, Span<char> buffer)
    {
        for (var i = 0; i < written.Length; i++)
        {
            var c = written[i];
            buffer[i] = char.IsAsciiDigit(c) ? '9' : char.IsAsciiLetter(c) ? 'A' : c;
        }
        return new string(buffer);
    }
}
