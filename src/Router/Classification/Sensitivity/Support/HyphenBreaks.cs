namespace Router.Classification.Sensitivity.Support;

/// <summary>Words a scanner or a narrow column broke with a hyphen at a line's end ("Confi-\ndential"), closed up in a copy.</summary>
internal static class HyphenBreaks
{
    /// <summary>
    /// The text with each word broken as "Confi-\ndential" written whole, its hyphen and line break moved after it
    /// ("Confidential-\n"), so every character keeps its position outside the word; null when no break joins two letters.
    /// </summary>
    public static string? ClosedUp(string text)
    {
        char[]? copy = null;
        for (var at = text.IndexOf("-\n", StringComparison.Ordinal); at >= 0; at = text.IndexOf("-\n", at + 2, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(text[at - 1]) || at + 2 >= text.Length || !char.IsLower(text[at + 2]))
            {
                continue;
            }
            var end = at + 2;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            copy ??= text.ToCharArray();
            text.AsSpan(at + 2, end - at - 2).CopyTo(copy.AsSpan(at));
            copy[end - 2] = '-';
            copy[end - 1] = '\n';
        }
        return copy is null ? null : new string(copy);
    }
}
