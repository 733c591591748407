namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Where the ASCII labels of every <see cref="LabelSet"/> start a word in a text, found in one walk over the text's word
/// starts (<see cref="AsciiWordStarts"/>) for all sets at once, once per text and thread. A set then answers a window
/// from the places inside it instead of searching the window. Labels are looked up by their first two characters.
/// </summary>
internal static class LabelStarts
{
    private static readonly Lock s_lock = new();
    private static Table s_table = new([], 0);

    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static Table? t_table;

    [ThreadStatic]
    private static Hits[]? t_hits;

    [ThreadStatic]
    private static bool t_usable;

    [ThreadStatic]
    private static bool t_ascii;

    /// <summary>Adds a set's ASCII labels (each two characters or longer, starting with a letter); returns the set's slot.</summary>
    public static int Register(IReadOnlyList<string> labels)
    {
        lock (s_lock)
        {
            var table = s_table;
            var byPrefix = table.ByPrefix.Length == 0 ? new Entry[]?[26 * 128] : ((Entry[]?[])table.ByPrefix.Clone());
            var slot = table.Slots;
            foreach (var label in labels)
            {
                var key = Key(label[0], label[1]);
                var length = Math.Min(4, label.Length);
                byPrefix[key] = [.. byPrefix[key] ?? [], new Entry(slot, label, Head(label), ulong.MaxValue >> (64 - (16 * length)))];
            }
            s_table = new Table(byPrefix, slot + 1);
            return slot;
        }
    }

    /// <summary>The places the labels of set <paramref name="slot"/> start a word in <paramref name="text"/>; null when word starts cannot tell.</summary>
    public static Hits? For(string text, int slot)
    {
        var table = Volatile.Read(ref s_table);
        if (!ReferenceEquals(t_text, text) || !ReferenceEquals(t_table, table))
        {
            Build(text, table);
        }
        return t_usable ? t_hits![slot] : null;
    }

    private static void Build(string text, Table table)
    {
        t_text = null;
        var hits = t_hits;
        if (hits is null || hits.Length < table.Slots)
        {
            Array.Resize(ref hits, Math.Max(table.Slots, 2 * (hits?.Length ?? 16)));
            t_hits = hits;
        }
        for (var i = 0; i < hits.Length; i++)
        {
            (hits[i] ??= new Hits()).Count = 0;
        }
        t_usable = AsciiWordStarts.TryGet(text, out var starts, out t_ascii);
        if (t_usable)
        {
            foreach (var at in starts)
            {
                if (at + 1 >= text.Length || text[at + 1] >= 128 || table.ByPrefix[Key(text[at], text[at + 1])] is not { } labels)
                {
                    continue;
                }
                var head = Head(text.AsSpan(at));
                foreach (var (slot, label, prefix, mask) in labels)
                {
                    // The first four characters compared at once (ASCII case folded: no look-alikes here), then the rest.
                    if ((head & mask) == prefix && (label.Length <= 4 || text.AsSpan(at).StartsWith(label, StringComparison.OrdinalIgnoreCase)))
                    {
                        hits[slot].Add(at, label);
                    }
                }
            }
        }
        t_table = table;
        t_text = text;
    }

    /// <summary>Whether the text of the last <see cref="For"/> on this thread is all ASCII (no CJK or accented label can occur).</summary>
    public static bool LastIsAscii => t_ascii;

    /// <summary>Up to four characters, ASCII letters lower-cased, one per 16 bits (zero past the end).</summary>
    internal static ulong Head(ReadOnlySpan<char> text)
    {
        var head = 0UL;
        for (var k = 0; k < 4 && k < text.Length; k++)
        {
            var c = text[k];
            head |= (ulong)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) << (16 * k);
        }
        return head;
    }

    /// <summary>An ASCII letter and an ASCII character, lower-cased.</summary>
    private static int Key(char first, char second) =>
        ((first | 0x20) - 'a') * 128 + (char.IsAsciiLetterUpper(second) ? second | 0x20 : second);

    private readonly record struct Entry(int Slot, string Label, ulong Prefix, ulong Mask);

    private sealed record Table(Entry[]?[] ByPrefix, int Slots);

    /// <summary>Every place a set's label starts a word in one text, in text order (labels sharing a place in list order).</summary>
    internal sealed class Hits
    {
        public int Count;
        public int[] Positions = new int[16];
        public string[] Labels = new string[16];

        public void Add(int at, string label)
        {
            if (Count == Positions.Length)
            {
                Array.Resize(ref Positions, 2 * Count);
                Array.Resize(ref Labels, 2 * Count);
            }
            Positions[Count] = at;
            Labels[Count++] = label;
        }
    }
}
