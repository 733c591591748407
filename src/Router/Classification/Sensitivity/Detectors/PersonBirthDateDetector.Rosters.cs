namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A household roster's or a family list's relation and age in brackets after each name (eighteenth pass): "Ibrahim … (head,
/// 61), Fatou … (wife, 52), Oumar … (son, 19)". The bracket opens right after the name, holds one relation word, a comma and
/// an age of 1–3 digits, and closes; "(head office, 2)" or "(son of a king)" hold no age.
/// </summary>
internal sealed partial class PersonBirthDateDetector
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Relations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "head", "wife", "husband", "spouse", "partner", "son", "daughter", "child", "mother", "father", "mum", "mom", "dad", "stepson",
        "stepdaughter", "grandmother", "grandfather", "grandson", "granddaughter", "grandchild", "brother", "sister", "niece",
        "nephew", "aunt", "uncle", "cousin", "lodger", "boarder", "infant", "baby", "twin", "ward", "dependant", "dependent",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void AddRelationAges(string text, ref List<TextSpan>? ages)
    {
        for (var at = text.IndexOf(" (", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" (", at + 2, StringComparison.Ordinal))
        {
            var start = at + 2;
            var end = start;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }
            if (end == start || !Relations.Contains(text.AsSpan(start, end - start)) || end + 2 >= text.Length || text[end] != ',')
            {
                continue;
            }
            var digits = end + 1;
            while (digits < text.Length && text[digits] == ' ')
            {
                digits++;
            }
            var close = digits;
            while (close < text.Length && close - digits < 4 && char.IsAsciiDigit(text[close]))
            {
                close++;
            }
            if (close - digits is >= 1 and <= 3 && text[digits] != '0' && close < text.Length && text[close] == ')')
            {
                (ages ??= []).Add(new TextSpan(start, close));
            }
        }
    }
}
