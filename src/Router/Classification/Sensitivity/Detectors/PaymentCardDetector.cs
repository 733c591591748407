using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Payment cards: a 12–19 digit number (one run, or groups split by spaces, dashes, dots or a line break) that either
/// falls in a published IIN range for its length and passes Luhn (<see cref="CardNetworks"/>), or that the text itself
/// calls a card ("card no.", "credit card", 卡号, 银行卡…) whatever its prefix or check digit: the user said it is a
/// card, so the detector fails closed. Order, invoice and other business labels veto, as does an ID-document label
/// for a number that is only Luhn-valid.
/// </summary>
internal sealed partial class PaymentCardDetector : ISensitivityDetector
{
    private const int MinDigits = 12;
    private const int MaxDigits = 19;

    /// <summary>Words that call the number a card; a card number may also be named right after it ("… is my Visa").</summary>
    private static readonly LabelSet CardNumberLabels = new(
    [
        "card", "cards", "card no", "card number", "cc", "ccn", "cc#", "pan", "visa", "mastercard", "amex",
        "maestro", "unionpay",
        "卡号", "卡", "银行卡", "信用卡", "借记卡", "储蓄卡", "银联",
    ],
    [
        "primary account number", "discover", "diners", "jcb", "rupay", "hipercard",
        // Other languages' card words: tarjeta (de crédito), carte (bancaire), Karte/Kartennummer/Kreditkarte, carta, cartão, kaart,
        // kartu, kart, カード, 카드.
        "tarjeta", "carte", "karte", "kartennummer", "kreditkarte", "carta", "cartao", "cartão", "kaart", "kartu", "kart", "カード", "카드",
        // Thirteenth pass: Russian, Vietnamese, Polish, Turkish, Arabic, Hindi and Thai card words (номер карты, số thẻ …).
        "карты", "карта", "карту", "картой", "номер карты", "số thẻ", "thẻ", "thẻ tín dụng", "karta", "karty", "kartı", "kart numarası",
        "بطاقة", "رقم البطاقة", "कार्ड", "บัตร",
    ]);

    private const int LabelAfterReach = 24;

    [ThreadStatic]
    private static List<TextSpan>? t_groups;

    public string Name => "payment_card";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "Luhn and IIN valid, or called a card";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < MinDigits)
        {
            return;
        }
        var text = input.Text;
        var before = found.Count;
        DigitChains.Find(text, t_groups ??= [], groups => Candidates(text, groups, found));
        if (input.DigitCount >= 16)
        {
            AddPairs(text, found);
        }
        if (found.Count > before)
        {
            NumberSegments.Drop(text, found, before);
        }
    }

    /// <summary>
    /// From each possible start, the run of groups to the chain's end if it is a card by its IIN and check digit (a
    /// prefix of a longer number would pass Luhn one time in ten), else the longest run the text calls a card.
    /// </summary>
    private static void Candidates(string text, List<TextSpan> groups, List<TextSpan> found)
    {
        Span<char> digits = stackalloc char[MaxDigits + 2];
        var end = CardEnd(text, groups, out var glued);
        for (var first = 0; first <= end; first++)
        {
            if (!DigitChains.MayStartAt(text, groups, first) || AfterMask(text, groups[first].Start))
            {
                continue;
            }
            var (valid, called, trim) = (-1, -1, 0);
            for (var last = first; last <= end; last++)
            {
                // Inner groups of one or two digits are counts and dates, not card blocks.
                if (last > first && groups[last - 1].End - groups[last - 1].Start < 3)
                {
                    break;
                }
                var length = DigitChains.Digits(text, groups, first, last, digits);
                var month = last == end ? glued : 0;
                if (length < 0 || length - month > MaxDigits)
                {
                    break;
                }
                if (length - month >= MinDigits)
                {
                    var start = groups[first].Start;
                    if (last == end && ValidCard(text, start, digits[..(length - month)]))
                    {
                        (valid, trim) = (last, month);
                    }
                    else if (length <= MaxDigits && CalledACard(text, start, groups[last].End, digits[..length]))
                    {
                        called = last;
                    }
                }
            }
            var chosen = valid >= 0 ? valid : called;
            if (chosen >= 0 && valid < 0 && ExampleInExplanation(text, groups, first, end, digits))
            {
                // The whole number is an illustration in an explanation: none of its prefixes is a card either.
                first = groups.Count - 1;
                continue;
            }
            if (chosen < 0)
            {
                continue;
            }
            var cut = chosen == valid ? trim : 0;
            var span = new TextSpan(groups[first].Start, groups[chosen].End - cut);
            if (!DocumentedTestNumber(text, span.Start, span.End, digits[..(DigitChains.Digits(text, groups, first, chosen, digits) - cut)])
                && !DrawPairs(text, span))
            {
                found.Add(span);
            }
            first = chosen;
        }
    }

    // A business label vetoes only where it names the number ("Order no. 4111…", "订单号：6222…"), not where it is an
    // earlier word of the sentence ("pay the invoice with 4111…").
    private static bool ValidCard(string text, int start, ReadOnlySpan<char> number) =>
        CardNetworks.Plausible(number) && Checksums.Luhn(number)
        && !LabelContext.NamedAs(text, start, LabelContext.BusinessLabels, LabelContext.CardLabels)
        && !LabelContext.LabelledAs(text, start, LabelContext.IdentityLabels, LabelContext.CardLabels);

    private static bool CalledACard(string text, int start, int end, ReadOnlySpan<char> number)
    {
        // "+86 138…" on a business card is a phone, not a card number.
        if (Placeholder(number) || (start > 0 && text[start - 1] == '+'))
        {
            return false;
        }
        if (LabelContext.LabelledAs(text, start, CardNumberLabels, LabelContext.BusinessLabels) || CardForAPurpose(text, start)
            || GluedCardLabel(text, start))
        {
            return !LabelNamesATail(text, start);
        }
        var to = Math.Min(text.Length, end + LabelAfterReach);
        return CardNumberLabels.NearestEnd(text, end, to) >= 0
            && !LabelContext.HasLabel(text, start, LabelContext.BusinessLabels);
    }

    /// <summary>
    /// "card ending 4408 … ref 8831 2290 7714", "Device Account Number •••• 7731, auth 5521 …": the card word before the number
    /// already named a card's last digits (after "ending", "ends in", "last four" or a run of mask characters), which is all a
    /// wallet, receipt or statement shows of it; a later number in the text is the receipt's reference, not the card.
    /// </summary>
    private static bool LabelNamesATail(string text, int start)
    {
        var from = Math.Max(0, start - LabelContext.Window);
        var label = CardNumberLabels.NearestEnd(text, from, start);
        if (label < 0)
        {
            return false;
        }
        var between = text.AsSpan(from + label, start - from - label);
        var digits = between.IndexOfAnyInRange('0', '9');
        if (digits < 0)
        {
            return false;
        }
        var lead = between[..digits].TrimEnd(" :#-\u00A0");
        return lead.EndsWith("ending", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("ending in", StringComparison.OrdinalIgnoreCase)
            || lead.EndsWith("ends in", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("ending with", StringComparison.OrdinalIgnoreCase)
            || lead.EndsWith("last four", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("last", StringComparison.OrdinalIgnoreCase)
            || lead.EndsWith("尾号", StringComparison.Ordinal) || (lead.Length >= 3 && IsMask(lead[^1]) && IsMask(lead[^2]) && IsMask(lead[^3]));
    }

    /// <summary>
    /// "•••• 7731", "**** **** **** 5518", "xxxx-1837": digits right after a run of mask characters are a card's shown tail, so
    /// no card starts there, whatever digits the next line or message puts after them.
    /// </summary>
    private static bool AfterMask(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] is ' ' or '-' or '\u00A0')
        {
            i--;
        }
        // Three or more: "**" is markdown bold around a whole number ("**4539 1488 …**").
        return i >= 3 && IsMask(text[i - 1]) && IsMask(text[i - 2]) && IsMask(text[i - 3]);
    }

    private static bool IsMask(char c) => c is '•' or '*' or '·' or 'x' or 'X' or '●' or '∙' or '⋅' or '…' or '＊' or '×';

    /// <summary>Example numbers in explanations: one or two distinct digits, or a straight run such as 1234 5678 9012 3456.</summary>
    private static bool Placeholder(ReadOnlySpan<char> number)
    {
        var up = true;
        var down = true;
        Span<bool> seen = stackalloc bool[10];
        var distinct = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var d = number[i] - '0';
            if (!seen[d])
            {
                seen[d] = true;
                distinct++;
            }
            if (i > 0)
            {
                var previous = number[i - 1] - '0';
                up &= d == (previous + 1) % 10;
                down &= previous == (d + 1) % 10;
            }
        }
        return distinct <= 2 || up || down;
    }

    /// <summary>
    /// A number the text calls a card but only to illustrate how card numbers look (卡号一般是16位…比如 6222 0212 3456 7890, "银行卡号
    /// 6217 0000 0000 0000 000这种格式是哪家银行的"): the whole chain fails the IIN-and-Luhn test, is padded with one digit (three
    /// fifths of it or more) or ends in a straight run of eight or more, and the sentence before it explains (比如, 格式, 一般,
    /// "for example", "looks like"…) with no first person (我的, my) — "my credit card is 7012 3456 7890 1234" stays a card.
    /// Published test cards that pass Luhn are not touched here: they count.
    /// </summary>
    private static bool ExampleInExplanation(string text, List<TextSpan> groups, int first, int end, Span<char> digits)
    {
        var length = DigitChains.Digits(text, groups, first, end, digits);
        if (length is < MinDigits or > MaxDigits)
        {
            return false;
        }
        var number = digits[..length];
        if (CardNetworks.Plausible(number) && Checksums.Luhn(number))
        {
            return false;
        }
        Span<int> counts = stackalloc int[10];
        var run = 1;
        var longestRun = 1;
        for (var i = 0; i < number.Length; i++)
        {
            var d = number[i] - '0';
            counts[d]++;
            if (i > 0)
            {
                run = d == (number[i - 1] - '0' + 1) % 10 ? run + 1 : 1;
                longestRun = Math.Max(longestRun, run);
            }
        }
        var commonest = 0;
        foreach (var count in counts)
        {
            commonest = Math.Max(commonest, count);
        }
        if (commonest * 5 < number.Length * 3 && longestRun < 8)
        {
            return false;
        }
        var start = groups[first].Start;
        var from = Math.Max(0, start - 80);
        var before = text.AsSpan(from, start - from);
        var after = text.AsSpan(groups[end].End, Math.Min(40, text.Length - groups[end].End));
        return (ExplanationWords.Any(before) || ExplanationWords.Any(after)) && !FirstPerson.Any(before);
    }

    private static readonly CueSet ExplanationWords = new(
        "for example", "e.g", "such as", "looks like", "look like", "format", "formats", "structure", "explain*", "what does", "how does",
        "how do", "mean", "means", "example", "sample", "比如", "例如", "举例", "举个例", "格式", "一般", "通常", "结构", "代表", "是什么", "什么意思",
        "怎么", "如何", "哪家", "哪个银行", "规则", "示例", "样例");

    private static readonly CueSet FirstPerson = new("my", "mine", "我的", "我", "本人");

    /// <summary>
    /// A network's or processor's published test number (Stripe, Braintree, Adyen, UnionPay sandbox…) that the text presents as
    /// a test or an example ("Stripe test card", "for testing", "sandbox", "e.g.", 测试卡号) and nowhere as someone's card (my,
    /// real, actual, 我的): documentation, not a card. "My card is 4242 4242 4242 4242" or "my real card is 4111…" stay cards.
    /// </summary>
    private static bool DocumentedTestNumber(string text, int start, int end, ReadOnlySpan<char> number)
    {
        if (!PublishedTestNumbers.Contains(number.ToString()))
        {
            return false;
        }
        var from = Math.Max(0, start - 120);
        var to = Math.Min(text.Length, end + 60);
        var window = text.AsSpan(from, to - from);
        return TestWords.Any(window) && !OwnCard.Any(window);
    }

    private static readonly HashSet<string> PublishedTestNumbers = new(StringComparer.Ordinal)
    {
        "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210", "5105105105105100",
        "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
        "3566002020360505", "6200000000000005", "4111111111111111", "4012888888881881", "4222222222222", "5431111111111111",
        "4000000000000002", "4000000000009995", "4000002500003155", "4000000000003220", "4000000000000077", "4000000000000069",
        "4000000000000127", "4000000000000119", "4000000000000341", "4100000000000019", "6011601160116611", "3530111333300000",
        "4917610000000000", "4988438843884305", "5454545454545454", "4444333322221111", "2222400070000005", "6250941006528599",
    };

    private static readonly CueSet TestWords = new(
        "test card", "test cards", "test number", "test numbers", "testing", "test mode", "sandbox", "for example", "an example",
        "example card", "example number", "sample card", "sample number", "dummy", "fake card", "e.g", "for instance", "documentation",
        "测试", "沙箱", "示例", "样例", "テスト");

    private static readonly CueSet OwnCard = new("my", "mine", "real", "actual", "our", "customer's", "我的", "本人", "真实");
}
