namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Name shapes of lists and rosters (thirteenth pass, issue 15): a winner after an award's period ("Employee of the Month Fatima
/// …"), a name right before the currency code of its amount in a dues or tithe list ("Dewi Lestari Rp 500.000"), and a South
/// Indian name of one initial and one given name in an enrolment letter or a class list ("R. Karthik, date of birth …").
/// </summary>
internal static partial class LatinNames
{
    // An award's period after "the" ("Employee of the Month", "Volunteer of the Year"), which a winner's name may follow.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "month", "week", "quarter", "year",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Currency codes written right after a name in a dues or tithe list ("Dewi Lestari Rp 500.000", "Wanjiku Kamau KSh 2,000",
    // "Aminah Yusof RM 350"): the amount's code, which does not make the name a longer capitalised run.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodeLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "Rp", "KSh", "Ksh", "RM", "R", "KES", "NGN", "GHS", "PHP", "USD", "EUR", "GBP", "SGD", "MYR", "IDR", "INR", "ZAR", "AUD", "CAD",
        "NZD", "HKD", "CHF",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "R. Karthik, date of birth …", "enrolled: S. Harini (DOB …)": South Indian names write the father's or the village's initial
    // before one given name. One capital initial counts before a capitalised given name inside a line (not an outline's or a
    // quiz's "A. Introduction" heading a line) that ends the run: a comma, a bracket, a full stop or a lower-case word follows.
    private static bool SingleInitialName(string text, List<(int Start, int End)> words, int w, int k)
    {
        // Not a middle initial ("Jane Q. Public") nor the last of a run of initials ("U. S. Census"): a given name or an
        // initial before it is read with it as a full name, or not at all.
        if (HeadsLine(text, words[w].Start) || words[k].End - words[k].Start < 3 || (w > 0 && text[words[w].Start - 1] != ' ')
            || (w > 0 && (IsCapitalised(Word(text, words[w - 1])) || words[w - 1].End - words[w - 1].Start == 1)))
        {
            return false;
        }
        // In a list or a letter's field: after a colon, comma, semicolon, bracket, dash or "and" ("intake: S. Meenakshi and R.
        // Karthik"), not after a word of prose ("… age as S. According to …", "… is X. Then …": a sentence ends at the capital).
        var before = text.AsSpan(0, words[w].Start).TrimEnd(' ');
        if (!before.IsEmpty && before[^1] is not (':' or ',' or ';' or '(' or '-' or '–' or '—' or '&')
            && !before.EndsWith(" and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var end = words[k].End;
        return end == text.Length || text[end] is ',' or '(' or ')' or '.' or ';' or ':'
            || (text[end] == ' ' && end + 1 < text.Length && (char.IsLower(text[end + 1]) || text[end + 1] is '(' or '-' or '–' or '—'));
    }
}
