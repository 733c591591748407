namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// URL-encoded form bodies ("full_name=Wendell+Osei&amp;street=14+Harrow+Crescent", eleventh pass, issue 15) write a space as
/// "+": the personal-data detectors read such a text with each "+" between two letters or digits as a space, so the name and
/// the address in the fields read as they would in prose. Same length, so spans do not move. (Percent escapes are decoded
/// into a copy after the text by <see cref="EncodedRuns"/>; a body with only "+" has no escape to set that off.)
/// </summary>
internal static class FormBodies
{
    /// <summary><paramref name="text"/> with the pluses of its form fields as spaces, or the text itself where it holds no form body.</summary>
    public static string Spaced(string text)
    {
        var plus = text.IndexOf('+');
        if (plus < 0 || !HasFormField(text))
        {
            return text;
        }
        char[]? copy = null;
        for (var at = plus; at >= 0 && at < text.Length; at = text.IndexOf('+', at + 1))
        {
            if (at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1]))
            {
                copy ??= text.ToCharArray();
                copy[at] = ' ';
            }
        }
        return copy is null ? text : new string(copy);
    }

    // "&key=" after a value, with the key in letters, digits and underscores: two fields of a form body at least.
    private static bool HasFormField(string text)
    {
        for (var at = text.IndexOf('&'); at >= 0 && at + 2 < text.Length; at = text.IndexOf('&', at + 1))
        {
            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }
            if (end > at + 1 && end < text.Length && text[end] == '=' && at > 0 && !char.IsWhiteSpace(text[at - 1]))
            {
                return true;
            }
        }
        return false;
    }
}
