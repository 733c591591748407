using System.Numerics;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// The cheap checks that run before any HMAC: a bit set of every unit that occurs in a registered value (most prompt
/// words are not in it, so their n-grams are skipped) and a blocked Bloom filter of whole values, one cache line
/// (512 bits, six probes) per lookup. Both are built from keyed hashes only, so the file reveals nothing without the key.
/// </summary>
internal static class EdmFilters
{
    public const int BloomBitsPerValue = 12;
    public const int BlockWords = 8;
    private const ulong CombineSeed = 0x243F6A8885A308D3UL;

    /// <summary>The n-gram hash: unit hashes in order, so "smith john" differs from "john smith".</summary>
    public static ulong Start => CombineSeed;

    public static ulong Combine(ulong hash, ulong unitHash)
    {
        hash = (hash ^ unitHash) * 0x9E3779B97F4A7C15UL;
        return hash ^ (hash >> 29);
    }

    public static int VocabularyBits(long distinctUnits) =>
        Math.Clamp(BitOperations.Log2((ulong)Math.Max(1, distinctUnits * 16 - 1)) + 1, 6, 31);

    public static bool InVocabulary(ulong[] vocabulary, int bits, ulong unitHash)
    {
        var index = unitHash >> (64 - bits);
        return (vocabulary[index >> 6] & (1UL << (int)(index & 63))) != 0;
    }

    public static void AddToVocabulary(ulong[] vocabulary, int bits, ulong unitHash)
    {
        var index = unitHash >> (64 - bits);
        vocabulary[index >> 6] |= 1UL << (int)(index & 63);
    }

    public static int BloomBlocks(long values) => (int)Math.Max(1, (values * BloomBitsPerValue + 511) / 512);

    public static bool MayContain(ulong[] bloom, int blocks, ulong hash)
    {
        var block = (int)(((hash >> 32) * (ulong)blocks) >> 32) * BlockWords;
        var probes = hash * 0xD6E8FEB86659FD93UL;
        for (var i = 0; i < 6; i++)
        {
            var bit = (int)(probes >> (9 * i)) & 511;
            if ((bloom[block + (bit >> 6)] & (1UL << (bit & 63))) == 0)
            {
                return false;
            }
        }
        return true;
    }

    public static void AddToBloom(ulong[] bloom, int blocks, ulong hash)
    {
        var block = (int)(((hash >> 32) * (ulong)blocks) >> 32) * BlockWords;
        var probes = hash * 0xD6E8FEB86659FD93UL;
        for (var i = 0; i < 6; i++)
        {
            var bit = (int)(probes >> (9 * i)) & 511;
            bloom[block + (bit >> 6)] |= 1UL << (bit & 63);
        }
    }
}
