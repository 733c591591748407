using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Characters that an OrdinalIgnoreCase comparison matches only with themselves: their invariant upper case is
/// themselves and no other character has it as its upper case (Han, digits, most punctuation; not 's', whose class
/// holds 'S' and the long s; not surrogates, since pairs are compared as whole code points). A search for text made
/// only of these can be ordinal and find the same places.
/// </summary>
internal static class CaselessChars
{
    public static readonly SearchValues<char> Values = Build();

    private static SearchValues<char> Build()
    {
        var sharing = new int[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            sharing[char.ToUpperInvariant((char)c)]++;
        }
        var caseless = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.ToUpperInvariant((char)c) == c && sharing[c] == 1 && !char.IsSurrogate((char)c))
            {
                caseless.Add((char)c);
            }
        }
        return SearchValues.Create([.. caseless]);
    }
}
