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
        }
        if (HanText.Contains(text))
        {
            FindCjk(text, hits);
        }
        return hits;
    }

    // Every set's CJK cues by their first character: (set, that set's cues starting with it).
    private static readonly Dictionary<char, (int Set, string[] Cues)[]> CjkByFirst = Sets
        .SelectMany((set, index) => set.CjkCues.Select(cue => (Set: index, Cue: cue)))
        .GroupBy(c => c.Cue[0])
        .ToDictionary(g => g.Key, g => g.GroupBy(c => c.Set).Select(s => (s.Key, s.Select(c => c.Cue).ToArray())).ToArray());

    // The same groups as a table over the range of those first characters (1 + the group's index, 0 where no cue starts):
    // one load per character instead of a probabilistic search that stops at most Han characters and a dictionary lookup.
    private static readonly (int Set, string[] Cues)[][] CjkGroups = [.. CjkByFirst.Values];
    private static readonly char CjkLow = CjkByFirst.Count == 0 ? '\uFFFF' : CjkByFirst.Keys.Min();
    private static readonly ushort[] CjkSlots = BuildCjkSlots();

    // One pass for every set's CJK cues, listing for each set what its own CueSet.FindAllCjk would: the search of one set
    // stops at the characters its cues start with, from the end of its last hit on; here one search stops at the
    // characters any set's cues start with, and each set takes a place only from the end of its own last hit on.
    private static void FindCjk(ReadOnlySpan<char> span, List<TextSpan>[] hits)
    {
        Span<int> from = stackalloc int[hits.Length];
        from.Clear();
        var slots = CjkSlots;
        for (var at = 0; at < span.Length; at++)
        {
            var offset = (uint)(span[at] - CjkLow);
            if (offset >= (uint)slots.Length || slots[offset] == 0)
            {
                continue;
            }
            var rest = span[at..];
            foreach (var (set, cues) in CjkGroups[slots[offset] - 1])
            {
                if (at < from[set])
                {
                    continue;
                }
                var length = 0;
                foreach (var cue in cues)
                {
                    if (cue.Length > length && rest.StartsWith(cue, StringComparison.Ordinal))
                    {
                        length = cue.Length;
                    }
                }
                if (length > 0)
                {
                    hits[set].Add(new(at, at + length));
                    from[set] = at + length;
                }
                else
                {
                    from[set] = at + 1;
                }
            }
        }
    }

    private static ushort[] BuildCjkSlots()
    {
        if (CjkByFirst.Count == 0)
        {
            return [];
        }
        var slots = new ushort[CjkByFirst.Keys.Max() - CjkLow + 1];
        var index = 0;
        foreach (var first in CjkByFirst.Keys)
        {
            slots[first - CjkLow] = checked((ushort)++index);
        }
        return slots;
    }

    // The places CueSet's trie search tries: every one with no letter or digit before it.
    private static void FindAscii(ReadOnlySpan<char> span, List<TextSpan>[] hits)
    {
        Span<int> longest = stackalloc int[hits.Length];
        for (var at = 0; at < span.Length;)
        {
            if (Trie.MayStartWith(span[at]) && Trie.Longest(span, at, longest))
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
