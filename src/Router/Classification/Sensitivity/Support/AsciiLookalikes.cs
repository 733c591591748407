using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The non-ASCII characters that a case-insensitive ordinal comparison may match with an ASCII letter (dotless ı and
/// dotted İ, the long s, the Kelvin sign…): their invariant upper or lower case is ASCII. On text without any of
/// them, an ASCII word matches ignoring case only where ASCII letters equal it ignoring ASCII case, so a search may
/// compare ASCII alone.
/// </summary>
internal static class AsciiLookalikes
{
    public static readonly SearchValues<char> Values = Build();

    private static SearchValues<char> Build()
    {
        var lookalikes = new List<char>();
        for (var c = 0x80; c <= char.MaxValue; c++)
        {
            if (char.ToUpperInvariant((char)c) < 0x80 || char.ToLowerInvariant((char)c) < 0x80)
            {
                lookalikes.Add((char)c);
            }
        }
        return SearchValues.Create([.. lookalikes]);
    }
}
