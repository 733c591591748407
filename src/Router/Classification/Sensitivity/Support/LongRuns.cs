using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Finds long runs of one character class without visiting every word: a run of 16+ characters holds a whole block
/// of eight that starts at a multiple of eight, so blocks are tested eight characters at a time and only a block that
/// is all of the class is followed out to its run's ends. Prose, whose words are shorter, costs one vector test per
/// eight characters.
/// </summary>
internal static class LongRuns
{
    private const int Block = 8;

    /// <summary>
    /// The start of the first run of at least <paramref name="minLength"/> (16 or more) base64 alphabet characters
    /// (A-Z a-z 0-9 + / - _) in <paramref name="span"/> from <paramref name="from"/> on, a run that begins before
    /// <paramref name="from"/> counting from there; -1 when there is none.
    /// </summary>
    public static int FirstBase64Run(ReadOnlySpan<char> span, int from, int minLength)
    {
        if (minLength < 2 * Block)
        {
            throw new ArgumentOutOfRangeException(nameof(minLength));
        }
        var block = (from + Block - 1) / Block * Block;
        while (block + Block <= span.Length)
        {
            if (!AllBase64(span, block))
            {
                block += Block;
                continue;
            }
            var start = block;
            while (start > from && IsBase64(span[start - 1]))
            {
                start--;
            }
            var end = block + Block;
            while (end < span.Length && IsBase64(span[end]))
            {
                end++;
            }
            if (end - start >= minLength)
            {
                return start;
            }
            // The run is short; the next block that can hold a long run starts after it.
            block = (end + Block) / Block * Block;
        }
        return -1;
    }

    public static bool IsBase64(char c) =>
        (uint)((c | 0x20) - 'a') < 26 || char.IsAsciiDigit(c) || c is '+' or '/' or '-' or '_';

    private static bool AllBase64(ReadOnlySpan<char> span, int at)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            var v = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span)), (nuint)at);
            var letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
            var digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var symbol = Vector128.Equals(v, Vector128.Create((ushort)'+')) | Vector128.Equals(v, Vector128.Create((ushort)'/'))
                | Vector128.Equals(v, Vector128.Create((ushort)'-')) | Vector128.Equals(v, Vector128.Create((ushort)'_'));
            return (letter | digit | symbol) == Vector128<ushort>.AllBitsSet;
        }
        foreach (var c in span.Slice(at, Block))
        {
            if (!IsBase64(c))
            {
                return false;
            }
        }
        return true;
    }
}
