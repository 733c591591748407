using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Phones in shapes that are phones on their own (+country, NANP 3-3-4, trunk-prefixed 0xx groups, 00 then a number
/// libphonenumber finds valid for its country), and looser digit groups (7 digits and more: local numbers, or an area
/// code and number split by '/') only when a
/// phone word or context precedes them ("call me at", "messages to", "my registered number", 电话, 联系方式). Business labels (order, invoice) veto.
/// </summary>
internal sealed partial class PhoneDetector : ISensitivityDetector
{
    public string Name => "phone";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "phone format";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 6)
        {
            return;
        }
        var text = input.Text;
        var before = found.Count;
        if (input.DigitCount < 7)
        {
            AddCalledLocal(text, found);
            return;
        }
        var first = found.Count;
        AddInternational(text, found);
        // The digit shapes skip searches that would find nothing; International stops only at '+'.
        if (input.Digits.MayHoldNorthAmerican)
        {
            AddShaped(text, NorthAmerican().EnumerateMatches(text), 10, 14, found);
        }
        if (input.Digits.MayHoldTrunk)
        {
            AddShaped(text, Trunk().EnumerateMatches(text), 9, 12, found);
        }
        if (input.Digits.MayHoldDialledAbroad)
        {
            AddDialledAbroad(text, found);
        }
        if (text.Contains('/'))
        {
            AddLabelled(text, Slashed().EnumerateMatches(text), found);
        }
        AddLabelled(text, Loose().EnumerateMatches(text), found);
        AddCalledLocal(text, found);
        AddHongKongMobiles(text, found);
        AddAbbreviatedMobiles(text, found);
        AddGluedLabelled(text, found);
        AddRegionalMobiles(text, found);
        if (text.Contains('('))
        {
            // "(21) 99812-4407": a Brazilian mobile, two-digit area code in parentheses and nine digits from 9.
            AddShaped(text, BrazilianMobile().EnumerateMatches(text), 11, 11, found);
        }
        if (found.Count > before)
        {
            DropMaskedTails(text, found, before);
            DropExamplesAndLists(text, found, before);
            DropPlaceholdersAndDates(input, found, before);
            NumberSegments.Drop(text, found, before);
        }
        if (found.Count > first && input.View.SourceTextEnd < text.Length)
        {
            DropMaskedMobiles(input, found, first);
        }
    }

    /// <summary>
    /// "收件人手机 138****8696", "尾号 186xxxx0352": a Chinese mobile masked in its middle, as couriers and order pages show it, is no
    /// one's number. The view's rejoined copy drops the mask and reads the digits left as a local number after 手机: a finding
    /// in that copy whose original holds a mask run (two or more of * x X ×) is dropped. So in any script ("profile shows phone
    /// +49 151 *** ** 4471", "code sent to +44 7700 ***123": seventeenth pass): masked digits are no number.
    /// </summary>
    private static void DropMaskedMobiles(ScanInput input, List<TextSpan> found, int first)
    {
        for (var k = found.Count - 1; k >= first; k--)
        {
            if (input.View.OriginOf(found[k]) is { } origin && origin.End <= input.Text.Length
                && HasMaskRun(input.Text.AsSpan(origin.Start, origin.End - origin.Start)))
            {
                found.RemoveAt(k);
            }
        }
    }

    private static bool HasMaskRun(ReadOnlySpan<char> span)
    {
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i] is '*' or 'x' or 'X' or '×' or '＊' && span[i - 1] == span[i])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Loose digit groups that a phone word or context before them makes a phone.</summary>
    private static void AddLabelled(string text, Regex.ValueMatchEnumerator matches, List<TextSpan> found)
    {
        foreach (var match in matches)
        {
            var digits = PhoneShape.CountDigits(text.AsSpan(match.Index, match.Length));
            if (digits is >= 7 and <= 15
                && PhoneShape.WellFormed(text.AsSpan(match.Index, match.Length))
                && (LabelContext.LabelledAs(text, match.Index, LabelContext.PhoneLabels, LabelContext.BusinessLabels) || AfterContactVerb(text, match.Index))
                && !CountsSomething(text, match.Index + match.Length)
                && !DocumentNumberWord(text, match.Index)
                && !GluedToCode(text, match.Index)
                && !DottedQuad(text.AsSpan(match.Index, match.Length)))
            {
                AddUnique(found, new(match.Index, match.Index + match.Length));
            }
        }
    }

    /// <summary>
    /// "发票代码 044031900111，号码 12345678": a bare 号码 ("number") with an invoice, order or other business label before it
    /// in the window names that document's number, not a phone; 电话号码, 手机号码 and 联系号码 still say phone.
    /// </summary>
    private static bool DocumentNumberWord(string text, int start)
    {
        var from = Math.Max(0, start - LabelContext.Window);
        var nearest = LabelContext.PhoneLabels.NearestEnd(text, from, start);
        var end = from + nearest;
        if (nearest < 2 || !text.AsSpan(end - 2, 2).SequenceEqual("号码") || (end >= 3 && text[end - 3] is '话' or '机' or '系' or '络' or '機'))
        {
            return false;
        }
        return LabelContext.HasLabel(text, start, LabelContext.BusinessLabels);
    }

    /// <summary>
    /// "text 889-727624", "sms 0612 345678": a contact verb right before the number, only a space or a colon between,
    /// as an imperative (not "the text 1234567": an article or "this" before the verb makes it a noun).
    /// </summary>
    private static bool AfterContactVerb(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ').TrimEnd(':').TrimEnd(' ');
        foreach (var verb in ContactVerbs)
        {
            if (before.EndsWith(verb, StringComparison.OrdinalIgnoreCase) && before.Length - verb.Length is var at
                && (at == 0 || !char.IsAsciiLetterOrDigit(before[at - 1])))
            {
                var previous = before[..at].TrimEnd(' ');
                var word = previous[(previous.LastIndexOfAny(' ', '\n') + 1)..];
                return !(word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase));
            }
        }
        return false;
    }

    private static readonly string[] ContactVerbs = ["text", "txt", "sms", "imessage", "facetime"];

    // "call the function 1234567 times", "reach 25000000 users": a unit after the number makes it a count, whatever verb is before.
    private static readonly string[] CountWords =
    [
        " times", " iterations", " rows", " records", " items", " users", " bytes", " requests", " steps", " points", " units", " ms",
        " seconds", " minutes", " people", " views", " downloads", " km", " miles", "%", " percent", " dollars", " euros", " yuan", "次", "个", "元",
        " impressions", " followers", " subscribers", " likes", " clicks", " visitors", " votes", " members",
        // A Han unit after a space ("接到 12345678 次致電": calls received, a count).
        " 次", " 人次", " 个", " 個", " 元", " 人",
    ];

    private static bool CountsSomething(string text, int end)
    {
        var after = text.AsSpan(end);
        foreach (var word in CountWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsAsciiLetter(after[word.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"0044 20 7946 0958", "00 86 138…": the 00 prefix then a number libphonenumber finds valid for its country.</summary>
    private static void AddDialledAbroad(string text, List<TextSpan> found)
    {
        if (!text.Contains("00", StringComparison.Ordinal))
        {
            return;
        }
        Span<char> digits = stackalloc char[17];
        foreach (var match in DialledAbroad().EnumerateMatches(text))
        {
            var length = 0;
            foreach (var c in text.AsSpan(match.Index + 2, match.Length - 2))
            {
                if (char.IsAsciiDigit(c) && length < digits.Length)
                {
                    digits[length++] = c;
                }
            }
            if (length is >= 8 and <= 15 && PhoneShape.WellFormed(text.AsSpan(match.Index, match.Length))
                && !LabelContext.LabelledAs(text, match.Index, LabelContext.BusinessLabels, LabelContext.PhoneLabels)
                && !RecordIdDialledAbroad(text, match.Index, match.Length - 2 == length)
                && PhoneValidity.ValidInternational(digits[..length]))
            {
                AddUnique(found, new(match.Index, match.Index + match.Length));
            }
        }
    }

    // Several shapes can match one number (+1 415 … is international and North American).
    private static void AddUnique(List<TextSpan> found, TextSpan span)
    {
        foreach (var other in found)
        {
            if (other.Overlaps(span))
            {
                return;
            }
        }
        found.Add(span);
    }

    /// <summary>
    /// "+36 30 512 7734", "+46 73-612 45 90": a '+' and a country code that libphonenumber finds valid for its country is a phone
    /// in any text (no order, invoice or quote number is written with a '+'), so a business word before it does not veto it;
    /// one that libphonenumber rejects is judged as before.
    /// </summary>
    private static void AddInternational(string text, List<TextSpan> found)
    {
        Span<char> digits = stackalloc char[24];
        foreach (var match in International().EnumerateMatches(text))
        {
            var span = text.AsSpan(match.Index, match.Length);
            var number = PhoneShape.WithoutExtension(span);
            var count = PhoneShape.CountDigits(number);
            if (count is < 8 or > 15 || !PhoneShape.WellFormed(span))
            {
                continue;
            }
            if (!LabelContext.LabelledAs(text, match.Index, LabelContext.BusinessLabels, LabelContext.PhoneLabels)
                || PhoneValidity.ValidInternational(digits[..CopyDigits(number, digits)]))
            {
                AddUnique(found, new(match.Index, match.Index + match.Length));
            }
        }
    }

    private static int CopyDigits(ReadOnlySpan<char> span, Span<char> digits)
    {
        var length = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c) && length < digits.Length)
            {
                digits[length++] = c;
            }
        }
        return length;
    }

    /// <summary>
    /// "联系电话示例：身份证号 310104198807156XXX": digits glued to a run of mask characters (XX, ***, ××) are a masked value — an ID,
    /// card or phone shown with its tail hidden — not a number anyone can ring, however a phone word before them reads it.
    /// </summary>
    private static void DropMaskedTails(string text, List<TextSpan> found, int from)
    {
        for (var i = found.Count - 1; i >= from; i--)
        {
            var end = found[i].End;
            if (end + 1 < text.Length && IsMaskChar(text[end]) && IsMaskChar(text[end + 1]))
            {
                found.RemoveAt(i);
            }
        }
    }

    private static bool IsMaskChar(char c) => c is 'X' or 'x' or '*' or '×' or '＊' or 'Ｘ' or '•' or '●';

    private static void AddShaped(string text, Regex.ValueMatchEnumerator matches, int minDigits, int maxDigits, List<TextSpan> found)
    {
        foreach (var match in matches)
        {
            var span = text.AsSpan(match.Index, match.Length);
            var digits = PhoneShape.CountDigits(PhoneShape.WithoutExtension(span));
            if (digits >= minDigits && digits <= maxDigits
                && PhoneShape.WellFormed(span)
                && !LabelContext.LabelledAs(text, match.Index, LabelContext.BusinessLabels, LabelContext.PhoneLabels))
            {
                AddUnique(found, new(match.Index, match.Index + match.Length));
            }
        }
    }

    private const string Extension = @"(?:[ ]?(?:x|ext\.?|#)[ ]?[0-9]{1,6})?";

    [GeneratedRegex(@"(?<![0-9A-Za-z+])\+[1-9][0-9 ().-]{6,22}[0-9]" + Extension + @"(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex International();

    [GeneratedRegex(@"(?<![0-9A-Za-z+.-])(?<![0-9][ ])00[ ]?[1-9][0-9 ().-]{6,20}[0-9](?![0-9]|[.-][0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex DialledAbroad();

    // Not glued to a run of slash-joined digits ("0/0/30/69/109 200 2750": a proxy log's timers, then status and bytes).
    [GeneratedRegex(@"(?<![0-9A-Za-z+(.-])(?<![0-9][ ])(?<![0-9]/)(?:(?:1|001)[ .-]?)?(?:\([0-9]{3}\)[ ]?[0-9]{3}[ .-]|[0-9]{3}(?<s>[ .-])[0-9]{3}\k<s>)[0-9]{4}" + Extension + @"(?![0-9]|[.-][0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex NorthAmerican();

    [GeneratedRegex(@"(?<![0-9A-Za-z.+-])(?<![0-9][ ])(?<![0-9]/)0[1-9][0-9]{0,3}(?<s>[ .-])[0-9]{2,8}(?:\k<s>[0-9]{2,4}){0,3}(?![0-9]|[.-][0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex Trunk();

    [GeneratedRegex(@"(?<![0-9A-Za-z.])(?<![0-9][ -])(?<![0-9]/)[0-9(][0-9 ().-]{5,20}[0-9](?![0-9]|[.-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Loose();

    /// <summary>An area code after the trunk 0, then '/' and the number, as German and Austrian numbers are written ("030/1234567", "0171 / 234 5678").</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z./-])0[1-9][0-9]{1,4} ?/ ?[0-9]{2,9}(?:[ -][0-9]{2,5}){0,2}(?![0-9]|[./-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();
}
