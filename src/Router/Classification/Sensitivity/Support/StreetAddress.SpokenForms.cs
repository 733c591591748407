using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A house number read out in words before a street (eleventh pass, issue 15): voice-assistant and call transcripts write
/// "forty two maple drive", "one hundred and twelve birch avenue". A spelled number (units, teens, tens with an optional unit,
/// an optional "N hundred and" before), one to three name words that are no function or distance words ("two miles down the
/// road" is not an address), then a street word. Tried only where a street word and a spelled tens, teens or hundred stand in
/// the text; like every address it counts only with an owner's name or a home or delivery context.
/// </summary>
internal static partial class StreetAddress
{
    private const string SpokenUnits = "one|two|three|four|five|six|seven|eight|nine";
    private const string SpokenTens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string SpokenTeens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    private const string SpokenNumber =
        @"(?:(?:" + SpokenUnits + @")\s+hundred(?:\s+and)?\s+)?(?:(?:" + SpokenTens + @")(?:[\s-](?:" + SpokenUnits + @"))?|" + SpokenTeens + @"|" + SpokenUnits + @")";

    // A street's name word: not a function, direction or distance word.
    private const string SpokenStreetNameWord =
        @"(?!(?:the|a|an|to|down|up|of|my|our|his|her|their|your|this|that|in|on|at|along|across|off|from|into|onto|by|and|or|more|other|"
        + @"blocks?|miles?|minutes?|mins?|hours?|doors?|houses?|streets?|roads?|times?|kids?|cars?|lanes?|years?|days?|weeks?|people)\b)[\p{L}'’-]+";

    [GeneratedRegex(@"\b" + SpokenNumber + @"\s+(?:" + SpokenStreetNameWord + @"\s+){1,3}?(?:street|road|avenue|lane|drive|court|crescent|terrace|boulevard|grove|gardens|mews)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenNumberThenStreet();

    private static readonly SearchValues<string> SpokenStreetWords = SearchValues.Create(
        [" street", " road", " avenue", " lane", " drive", " court", " crescent", " terrace", " boulevard", " grove", " gardens", " mews"],
        StringComparison.OrdinalIgnoreCase);

    // In lower case and capitalised, searched first and ordinally: rarer than the street words, and an ordinal search is the
    // cheap one (this gate runs on every text without digits). Searched in groups of eight (see GroupedStringSearch).
    private static readonly GroupedStringSearch SpokenNumberWords = new(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "teen", "eleven", "twelve",
            "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Eleven", "Twelve"],
        StringComparison.Ordinal);

    /// <summary>Whether a spelled house number before a street may stand in the text (its two cheap searches).</summary>
    internal static bool MayHaveSpokenHouseNumber(ReadOnlySpan<char> span) =>
        SpokenNumberWords.ContainsAny(span) && span.ContainsAny(SpokenStreetWords);

    internal static void AddSpokenForms(string text, List<TextSpan> found)
    {
        if (MayHaveSpokenHouseNumber(text))
        {
            Add(SpokenNumberThenStreet(), text, found);
        }
    }
}
