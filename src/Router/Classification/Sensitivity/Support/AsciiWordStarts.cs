using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The places of a text where a word of ASCII letters starts: an ASCII letter after anything but an ASCII letter, or an
/// upper-case letter right after a lower-case one (camelCase). Worked out once per text and thread and shared by every
/// <see cref="LabelSet"/> that looks up labels in that text, instead of a multi-word search per window.
/// </summary>
internal static class AsciiWordStarts
{
    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static int[]? t_starts;

    [ThreadStatic]
    private static int t_count;

    [ThreadStatic]
    private static bool t_lookalikes;

    [ThreadStatic]
    private static bool t_ascii;

    /// <summary>
    /// The word starts of <paramref name="text"/> in order, and whether the text is all ASCII; false when the text holds a character that a
    /// case-insensitive comparison may take for an ASCII letter (<see cref="AsciiLookalikes"/>): word starts alone
    /// cannot tell where an ASCII word matches there.
    /// </summary>
    public static bool TryGet(string text, out ReadOnlySpan<int> starts, out bool ascii)
    {
        if (!ReferenceEquals(t_text, text))
        {
            t_text = null;
            t_ascii = System.Text.Ascii.IsValid(text);
            t_lookalikes = !t_ascii && text.AsSpan().ContainsAny(AsciiLookalikes.Values);
            t_count = t_lookalikes ? 0 : Find(text, ref t_starts);
            t_text = text;
        }
        starts = t_lookalikes ? default : t_starts.AsSpan(0, t_count);
        ascii = t_ascii;
        return !t_lookalikes;
    }

    /// <summary>Whether a word starts at <paramref name="at"/> (the plain definition; tests compare with it).</summary>
    public static bool StartsAt(ReadOnlySpan<char> text, int at) =>
        char.IsAsciiLetter(text[at])
        && (at == 0 || !char.IsAsciiLetter(text[at - 1]) || (char.IsAsciiLetterLower(text[at - 1]) && char.IsAsciiLetterUpper(text[at])));

    /// <summary>Writes the word starts of <paramref name="text"/> to <paramref name="buffer"/> (grown as needed); returns their count.</summary>
    internal static int Find(ReadOnlySpan<char> text, ref int[]? buffer)
    {
        buffer ??= new int[256];
        var count = 0;
        var at = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var previousLetter = false;
            var previousLower = false;
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; at + 16 <= text.Length; at += 16)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)at);
                var lowerCase = Vector256.LessThan(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
                var upperCase = Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
                var letters = (lowerCase | upperCase).ExtractMostSignificantBits();
                var lowers = lowerCase.ExtractMostSignificantBits();
                var uppers = upperCase.ExtractMostSignificantBits();
                var before = (letters << 1) | (previousLetter ? 1u : 0u);
                var lowerBefore = (lowers << 1) | (previousLower ? 1u : 0u);
                var starts = letters & (~before | (lowerBefore & uppers)) & 0xFFFF;
                if (starts != 0)
                {
                    if (buffer.Length < count + 16)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }
                    for (; starts != 0; starts &= starts - 1)
                    {
                        buffer[count++] = at + BitOperations.TrailingZeroCount(starts);
                    }
                }
                previousLetter = (letters & 0x8000) != 0;
                previousLower = (lowers & 0x8000) != 0;
            }
        }
        for (; at < text.Length; at++)
        {
            if (StartsAt(text, at))
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                buffer[count++] = at;
            }
        }
        return count;
    }
}
