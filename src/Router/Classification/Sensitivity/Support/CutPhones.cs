namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A phone number cut inside a group by a line break, in one text or across messages ("+44 7700" / "900461", "phone
/// 020 79" / "46 0958"; eighth pass). Phone shapes read no line break, and the rejoining of <see cref="SplitTokens"/>
/// takes only the token next to the break, so the number's country code or first groups were lost. The digit groups
/// on both sides of the break are added as one number (the break removed, everything else kept) after a little of the
/// text before them, when the groups before it start with an international '+' or a phone label names them; a column
/// of figures has neither.
/// </summary>
internal static class CutPhones
{
    private const int MaxSide = 18;
    private const int MinDigits = 8;
    private const int MaxDigits = 15;
    private const int Context = 24;

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var i = 0;
        while ((i = text.IndexOf('\n', i)) >= 0)
        {
            var at = i++;
            if (at == 0 || at + 1 >= text.Length || !char.IsAsciiDigit(text[at - 1]) || !char.IsAsciiDigit(text[at + 1]))
            {
                continue;
            }
            var start = at;
            while (start > 0 && at - start < MaxSide && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is ' ' or '-' or '(' or ')'))
            {
                start--;
            }
            while (start < at && !char.IsAsciiDigit(text[start]) && text[start] != '(')
            {
                start++;
            }
            var international = start > 0 && text[start - 1] == '+';
            start -= international ? 1 : 0;
            if (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            var end = at + 1;
            while (end < text.Length && end - at <= MaxSide && (char.IsAsciiDigit(text[end]) || text[end] is ' ' or '-'))
            {
                end++;
            }
            while (end > at + 1 && !char.IsAsciiDigit(text[end - 1]))
            {
                end--;
            }
            var digits = ScanInput.CountDigits(text.AsSpan(start, end - start));
            if (digits is < MinDigits or > MaxDigits || (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                || !(international || LabelContext.NamedAs(text, start, LabelContext.PhoneLabels, LabelContext.BusinessLabels)))
            {
                continue;
            }
            var contextStart = start;
            while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
            {
                contextStart--;
            }
            var joined = new MappedText();
            joined.Copy(text, contextStart, at - contextStart);
            joined.Copy(text, at + 1, end - at - 1);
            result.Add(new SplitTokens.Joined(contextStart, end, joined.Text, joined.Map));
            i = end;
        }
    }
}
