namespace Router.Classification.Difficulty;

/// <summary>
/// Stable 64-bit FNV-1a hashing of lower-cased words. Stable across processes and platforms, unlike
/// <see cref="string.GetHashCode()"/>, because the trained model stores bucket indices.
/// </summary>
internal static class WordHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Stands in for every number, so "NUM percent" generalises across values.</summary>
    public static readonly ulong Number = Of("<num>");

    public static ulong Add(ulong hash, char c) => (hash ^ Lower(c)) * Prime;

    /// <summary><see cref="Add"/> for a character already lower-cased.</summary>
    public static ulong AddLower(ulong hash, char lower) => (hash ^ lower) * Prime;

    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < (char)128 => c,
        _ => char.ToLowerInvariant(c),
    };

    public static ulong Of(string word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    public static ulong Pair(ulong first, ulong second) => ((first * 31) ^ second) * Prime;

    public static int Bucket(ulong hash, int bits) => (int)((hash ^ (hash >> 29)) & ((1UL << bits) - 1));
}
