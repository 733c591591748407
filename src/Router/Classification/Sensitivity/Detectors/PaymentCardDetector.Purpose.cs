using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A card word before a business word that only says what the card pays for (sixteenth pass).</summary>
internal sealed partial class PaymentCardDetector
{
    /// <summary>
    /// "The debit card we hold for the booking is 6011 …", "the card on the order was …", "the amex attached to this invoice is
    /// …": a business word after a preposition says what the card pays for, and the copula after it says the number is the
    /// card's (the subject's), so the card word before it labels the number, whatever its prefix or check digit (issue 15:
    /// a number the text calls a card is sensitive). "Order 4111…", "card for order 4111…" and "paid by card for order:
    /// 4111…" still name the order's number: no copula, or no preposition before the business word.
    /// </summary>
    private static bool CardForAPurpose(string text, int start)
    {
        var from = Math.Max(0, start - LabelContext.Window);
        var card = CardNumberLabels.NearestEnd(text, from, start);
        var business = LabelContext.BusinessLabels.NearestEnd(text, from, start);
        if (card < 0 || business <= card)
        {
            return false;
        }
        var copula = text.AsSpan(from + business, start - from - business).Trim(" \t:").ToString();
        if (!Copulas.Contains(copula))
        {
            return false;
        }
        var word = from + business;
        while (word > from + card && char.IsAsciiLetter(text[word - 1]))
        {
            word--;
        }
        var lead = text.AsSpan(from + card, word - from - card).TrimEnd(' ');
        var last = LastWord(lead);
        if (Determiners.Contains(last.ToString().ToLowerInvariant()))
        {
            lead = lead[..^last.Length].TrimEnd(' ');
            last = LastWord(lead);
        }
        return Prepositions.Contains(last.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// "cardno4980…thanks", "mycreditcardis6011…", "visa4980…": words run together before the number hide the card label from the
    /// label search (which finds labels where words start); the letters glued before the number holding a card word label it.
    /// </summary>
    private static bool GluedCardLabel(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < 24 && char.IsAsciiLetter(text[from - 1]))
        {
            from--;
        }
        return start - from >= 4 && text.AsSpan(from, start - from).IndexOfAny(GluedCardWords) >= 0;
    }

    private static readonly System.Buffers.SearchValues<string> GluedCardWords =
        System.Buffers.SearchValues.Create(["card", "ccn", "visa", "amex", "mastercard"], StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> span)
    {
        var at = span.Length;
        while (at > 0 && char.IsAsciiLetter(span[at - 1]))
        {
            at--;
        }
        return span[at..];
    }

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "are", "were", "is still", "will be" };

    private static readonly HashSet<string> Determiners =
        new(StringComparer.Ordinal) { "the", "this", "that", "these", "our", "your", "my", "his", "her", "their", "its", "a", "an", "each", "every" };

    private static readonly HashSet<string> Prepositions =
        new(StringComparer.Ordinal) { "for", "on", "of", "to", "with", "against", "from", "in", "under", "behind", "per", "via" };
}
