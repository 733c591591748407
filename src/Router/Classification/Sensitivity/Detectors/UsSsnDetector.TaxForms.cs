using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Nine bare digits that a US tax or employment form in the same sentence names as the SSN (seventeenth pass).</summary>
internal sealed partial class UsSsnDetector
{
    /// <summary>
    /// "W-4 help: I put 412739856 in step 1(b)", "on the 1040 I wrote 623184075", "my 1099 lists my TIN as 487220139": the one
    /// nine-digit number a writer puts on a W-4, W-2, W-9, 1040, 1099 or I-9 (or in the W-4's "step 1", or calls a TIN) is the
    /// SSN, unbroken as the form's boxes take it. The issuable-range test has run already. Not where the sentence names another
    /// number (an EIN, an order, a confirmation or control number, a phone) or an amount stands between the form and the digits.
    /// </summary>
    private static bool OnTaxForm(string text, int start, ReadOnlySpan<char> value)
    {
        if (value.Length != 9 || text.AsSpan().IndexOfAny(TaxFormCues) < 0)
        {
            return false;
        }
        var (from, to) = Sentence(text, start, start + value.Length);
        var sentence = text.AsSpan(from, to - from);
        if (HasWord(sentence, OtherNumbers, OtherNumberWords))
        {
            return false;
        }
        var form = -1;
        var formEnd = -1;
        for (var i = 0; sentence[i..].IndexOfAny(TaxFormCues) is var at and >= 0; i += at + 1)
        {
            var cue = i + at;
            if (WordLength(sentence, cue, TaxFormWords) is var length and > 0)
            {
                form = from + cue;
                formEnd = form + length;
                if (form > start)
                {
                    break; // the nearest form before the number, or else the first after it
                }
            }
        }
        if (form < 0)
        {
            return false;
        }
        var between = form < start ? text.AsSpan(formEnd, start - formEnd) : text.AsSpan(start + value.Length, form - start - value.Length);
        return between.IndexOfAny(AmountWords) < 0 && !BoxNumberBefore(between)
            && !LabelContext.LabelledAs(text, start, LabelContext.PhoneLabels, SsnLabels);
    }

    /// <summary>
    /// The length of the listed word at <paramref name="at"/> when it stands as a token: no letter or digit before it, no
    /// digit after it, and no letter after one that ends in a letter ("tin" is not "tinned"; "W-2c", "1040X", "1099-NEC" are
    /// forms); 0 otherwise.
    /// </summary>
    private static int WordLength(ReadOnlySpan<char> text, int at, string[] words)
    {
        if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]))
        {
            return 0;
        }
        foreach (var word in words)
        {
            if (text[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if (end == text.Length || !(char.IsAsciiDigit(text[end]) || (char.IsAsciiLetter(word[^1]) && char.IsAsciiLetter(text[end]))))
                {
                    return word.Length;
                }
            }
        }
        return 0;
    }

    private static bool HasWord(ReadOnlySpan<char> text, SearchValues<string> search, string[] words)
    {
        for (var i = 0; text[i..].IndexOfAny(search) is var at and >= 0; i += at + 1)
        {
            if (WordLength(text, i + at, words) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static (int From, int To) Sentence(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < 160 && text[from - 1] is not ('.' or '!' or '?' or '\n' or '。'))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < 160 && !(text[to] is '!' or '?' or '\n' or '。' || (text[to] == '.' && (to + 1 == text.Length || text[to + 1] == ' '))))
        {
            to++;
        }
        return (from, to);
    }

    private static readonly string[] TaxFormWords = ["w-2", "w2", "w-4", "w4", "w-9", "w9", "1040", "1099", "i-9", "i9", "step 1", "tin"];

    private static readonly SearchValues<string> TaxFormCues = SearchValues.Create(TaxFormWords, StringComparison.OrdinalIgnoreCase);

    // Longest first where one opens another ("orders" before "order").
    private static readonly string[] OtherNumberWords =
    [
        "ein", "employer id", "orders", "order", "confirmation", "control number", "batch", "invoice", "tracking", "receipt", "routing",
        "account", "refund", "phone", "call", "text", "mobile",
    ];

    private static readonly SearchValues<string> OtherNumbers = SearchValues.Create(OtherNumberWords, StringComparison.OrdinalIgnoreCase);
}
