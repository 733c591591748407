using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Values that vendors and standards publish as examples (payment processors' test cards, the AWS documentation key,
/// the registry's sample IBANs) are not a person's data when the text itself says they are examples or test numbers
/// ("use the test card 4242 4242 4242 4242", "the sample IBAN DE89 …", 测试卡号). Without such a word they still count:
/// someone may have typed the famous number as their own, and recall comes first.
/// </summary>
internal static class DocumentedExamples
{
    private const int Before = 100;
    private const int After = 40;

    /// <summary>Published test and example values, without separators, upper case.</summary>
    private static readonly HashSet<string> Values = new(StringComparer.Ordinal)
    {
        // Card processors' test numbers (Stripe, Braintree/PayPal, Adyen, Worldpay, UnionPay's sandbox).
        "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222", "4000056655665556", "4000002500003155",
        "4000000000003220", "4000000000009995", "4000000000000002", "4000000000000077", "4000000000000069", "4000000000000127",
        "4000000000000119", "4000000000000101", "4000000000000341", "4005519200000004", "4009348888881881", "4012000033330026",
        "4217651111111119", "4500600000000061", "4988438843884305", "5555555555554444", "5105105105105100", "5200828282828210",
        "2223003122003222", "2221000000000009", "2223000048400011", "5431111111111111", "5454545454545454", "5101180000000007",
        "378282246310005", "371449635398431", "378734493671000", "370000000000002", "340000000000009", "6011111111111117",
        "6011000990139424", "6011000400000000", "6011601160116611", "3530111333300000", "3566002020360505", "3566111111111113",
        "30569309025904", "38520000023237", "36227206271667", "36006666333344", "6200000000000005", "6200000000000047",
        "6205500000000000004", "6759649826438453", "6799990100000000019", "5019717010103742",
        // AWS documentation key pair, sample IBANs of the registry and banks' documentation.
        "AKIAIOSFODNN7EXAMPLE", "WJALRXUTNFEMI/K7MDENG/BPXRFICYEXAMPLEKEY", "DE89370400440532013000", "GB29NWBK60161331926819",
        "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957",
        "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034", "AT611904300234573201",
    };

    /// <summary>Words that say a value is an example or a test number.</summary>
    private static readonly string[] Cues =
    [
        "example", "examples", "sample", "test", "test card", "test cards", "test number", "testing", "sandbox", "dummy", "placeholder",
        "e.g.", "for instance", "such as", "测试", "示例", "样例", "例如", "沙箱", "范例",
    ];

    private static readonly SearchValues<char> Separators = SearchValues.Create(" -.\u00A0");

    /// <summary>
    /// Whether text[start..end) holds a published example value and an example word stands within a short reach before
    /// or after it (not inside it: the AWS key spells EXAMPLE itself).
    /// </summary>
    public static bool IsExample(string text, int start, int end)
    {
        var length = end - start;
        if (length is < 13 or > 60)
        {
            return false;
        }
        Span<char> compact = stackalloc char[length];
        var n = 0;
        foreach (var c in text.AsSpan(start, length))
        {
            if (!Separators.Contains(c))
            {
                compact[n++] = char.ToUpperInvariant(c);
            }
        }
        if (!Values.GetAlternateLookup<ReadOnlySpan<char>>().Contains(compact[..n]))
        {
            return false;
        }
        var from = Math.Max(0, start - Before);
        var to = Math.Min(text.Length, end + After);
        return HasCue(text.AsSpan(from, start - from)) || HasCue(text.AsSpan(end, to - end));
    }

    private static readonly SearchValues<string> AsciiCues =
        SearchValues.Create([.. Cues.Where(c => c[0] < 0x80)], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] HanCues = [.. Cues.Where(c => c[0] >= 0x80)];

    private static readonly SearchValues<char> HanCueStarts = SearchValues.Create([.. HanCues.Select(c => c[0]).Distinct()]);

    // A cue as a word of prose: not part of an address or a name ("jane@example.org", "example.com", "test_card").
    private static bool HasCue(ReadOnlySpan<char> window)
    {
        for (var from = 0; from < window.Length;)
        {
            var at = window[from..].IndexOfAny(AsciiCues);
            if (at < 0)
            {
                break;
            }
            at += from;
            foreach (var cue in Cues)
            {
                if (cue[0] < 0x80 && window[at..].StartsWith(cue, StringComparison.OrdinalIgnoreCase) && StandsAlone(window, at, at + cue.Length))
                {
                    return true;
                }
            }
            from = at + 1;
        }
        for (var from = 0; from < window.Length;)
        {
            var at = window[from..].IndexOfAny(HanCueStarts);
            if (at < 0)
            {
                return false;
            }
            at += from;
            foreach (var cue in HanCues)
            {
                if (window[at..].StartsWith(cue, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            from = at + 1;
        }
        return false;
    }

    private static bool StandsAlone(ReadOnlySpan<char> window, int at, int after)
    {
        var wordBefore = at > 0 && (char.IsAsciiLetterOrDigit(window[at - 1]) || window[at - 1] is '@' or '.' or '/' or '_' or '-');
        var wordAfter = after < window.Length && (char.IsAsciiLetterOrDigit(window[after]) || window[after] is '_'
            || (window[after] is '.' or '-' && after + 1 < window.Length && char.IsAsciiLetter(window[after + 1])));
        return !wordBefore && !wordAfter;
    }
}
