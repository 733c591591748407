using Router.Classification.Sensitivity.Detectors;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The cue sets the personal-data detectors search the whole text of a request for, found together in one pass
/// (<see cref="PersonScan.Cues"/> keeps the result per request): one walk of one trie from each place a word may start
/// gives every set's hits, exactly as each set's own <see cref="CueSet.FindAll"/> would list them.
/// </summary>
internal static class SharedCues
{
    // A set with in-word cues ("*'s place") joins the walk from word starts; its hits inside words are searched on
    // their own and merged in.
    private static readonly CueSet[] Sets =
    [
        PersonHealthDetector.HealthCues, PersonFinanceDetector.FinanceCues, PersonBirthDateDetector.BirthCues,
        PersonRecordDetector.RoleCues, PersonContext.Fiction, PersonAddressDetector.HomeOrDelivery,
    ];

    private static readonly CueTrie Trie = new([.. Sets.Select(s => s.AsciiCues)]);

    /// <summary>The index of <paramref name="set"/> in the shared pass, or -1 when it is not one of them.</summary>
    public static int SlotOf(CueSet set) => Array.IndexOf(Sets, set);

    /// <summary>Every shared set's hits in <paramref name="text"/>, by <see cref="SlotOf"/>.</summary>
    public static List<TextSpan>[] FindAll(string text)
    {
        var hits = new List<TextSpan>[Sets.Length];
        for (var set = 0; set < hits.Length; set++)
        {
            hits[set] = [];
        }
        FindAscii(text, hits);
        for (var set = 0; set < hits.Length; set++)
        {
            if (Sets[set].HasInWordCues)
            {
                Sets[set].AddInWordHits(text, hits[set], 0);
            }
            Sets[set].FindAllCjk(text, hits[set]);
        }
        return hits;
    }

    // The places CueSet's trie search tries: every one with no letter or digit before it.
    private static void FindAscii(ReadOnlySpan<char> span, List<TextSpan>[] hits)
    {
        Span<int> longest = stackalloc int[hits.Length];
        for (var at = 0; at < span.Length;)
        {
            if (Trie.Longest(span, at, longest))
            {
                for (var set = 0; set < longest.Length; set++)
                {
                    if (longest[set] > 0)
                    {
                        hits[set].Add(new(at, at + longest[set]));
                        longest[set] = 0;
                    }
                }
            }
            at = CueSet.NextWordStart(span, at);
        }
    }
}
