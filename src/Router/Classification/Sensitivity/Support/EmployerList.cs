namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Employers compared in a general pay question (seventeenth pass, issue 15): "Compare pilot salaries at Etihad, Saudia and Gulf
/// Air", "What do nurses earn at Mayo Clinic or Kaiser?". The capitalised names of a list that opens right after "at", "between",
/// "among" or "across", with a pay word shortly before it, are the companies whose pay is asked about, whatever sector they are
/// in, not people with pay. A name joined to the list by anything but commas, "and", "or", "vs" or a slash (a colon, a verb,
/// "of") is not in it: "salaries at Acme: Tom Baker earns £52,000" still names Tom Baker's pay.
/// </summary>
internal static class EmployerList
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "at", "between", "among", "across",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Joiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "vs", "versus",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly CueSet PayWords = new(
        "salary", "salaries", "wage*", "pay", "paid", "earn*", "compensation", "bonus*", "benefits", "pay scale*", "payscale*",
        "pay band*", "pay rise*", "raises", "package*", "stipend*");

    private const int PayReach = 40;

    /// <summary>Whether the name at <paramref name="name"/> stands in a list of employers after a pay word and "at".</summary>
    public static bool Holds(string text, TextSpan name)
    {
        var i = name.Start;
        for (var words = 0; words < 12; words++)
        {
            // Step back over the separator before the current word: spaces, a comma or a slash.
            var end = i;
            while (i > 0 && text[i - 1] is ' ' or ',' or '/' or '&')
            {
                i--;
            }
            if (i == end || i == 0)
            {
                return false;
            }
            var wordEnd = i;
            while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '\'' or '’' or '-'))
            {
                i--;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (word.IsEmpty)
            {
                return false;
            }
            if (char.IsUpper(word[0]) || Joiners.Contains(word))
            {
                continue;
            }
            if (!ListOpeners.Contains(word))
            {
                return false;
            }
            var from = Math.Max(0, i - PayReach);
            var before = text.AsSpan(from, i - from);
            var stop = before.LastIndexOfAny(".!?\n:;");
            return PayWords.Any(stop < 0 ? before : before[(stop + 1)..]);
        }
        return false;
    }
}
