using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Whether a text holds one of the street-type words of the world address forms (<see cref="StreetAddress"/>'s
/// WorldStreetThenNumber gate): the same answer as one ordinal SearchValues of all of <see cref="Words"/>, found faster. That
/// one search held "C/" and "in via …", so it ran on two-character prefixes, and "in", "al", "os", "pl" stop it at most words
/// of prose (3 % of a 1 KB English text, perf). Here the words of three or more characters are searched alone (in groups of
/// eight, <see cref="GroupedStringSearch"/>), "C/" by its own search, and the Italian "in via …" forms by their street word
/// with "in " before it.
/// </summary>
internal static class WorldStreetWordSearch
{
    /// <summary>Polish, Spanish, Portuguese, Italian, Romanian and Indonesian street-type words, as the pattern needs them.</summary>
    internal static readonly string[] Words =
    [
        "al.", "Al.", "os.", "Os.", "pl.", "Pl.", "C/", "Paseo ", "Camino ", "Ronda ", "Travesía ", "Avinguda ", "Passeig ", "Ctra.", "Pza.",
        "Av.", "Travessa ", "Trav.", "Largo ", "Praça ", "Estrada ", "Alameda ", "Rodovia ", "Corso ", "Vicolo ", "Piazzale ",
        "Lungomare ", "Contrada ", "Str.", "Bd.", "Bdul", "Calea ", "Aleea ", "Bulevardul ", "Splaiul ", "Intrarea ", "Jl.", "JL.",
        "Jln", "Jalan ", "Gg.", "in via ", "in viale ", "in corso ", "in vicolo ", "in largo ", "in piazzale ",
    ];

    private const string Slash = "C/";

    private const string Italian = "in ";

    private static readonly GroupedStringSearch LongWords = new(
        Words.Where(w => w != Slash && !w.StartsWith(Italian, StringComparison.Ordinal)), StringComparison.Ordinal);

    private static readonly SearchValues<string> ItalianStreets = SearchValues.Create(
        [.. Words.Where(w => w.StartsWith(Italian, StringComparison.Ordinal)).Select(w => w[Italian.Length..])], StringComparison.Ordinal);

    public static bool In(ReadOnlySpan<char> text)
    {
        if (LongWords.ContainsAny(text) || text.Contains(Slash, StringComparison.Ordinal))
        {
            return true;
        }
        // Every place an Italian street word starts, in order, until one has "in " before it.
        for (var from = 0; text[from..].IndexOfAny(ItalianStreets) is var hit and >= 0; from += hit + 1)
        {
            var at = from + hit;
            if (at >= Italian.Length && text[(at - Italian.Length)..at].SequenceEqual(Italian))
            {
                return true;
            }
        }
        return false;
    }
}
