using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Where the spelled-digit reader's word search must look in ASCII text. That reader reads a run only from a token whose
/// letters start with a digit word (<see cref="SpelledDigits"/>, LikelyRun); a hit inside any other token ("someone",
/// "street", "weight") only moves it past that token. The vectorised case-insensitive search of ~50 words costs 2-5 µs/KB
/// on English however few hits it has (its three-letter fingerprints match much of any Latin text), while one walk over
/// the letter runs, looking up the first two or three letters of each in a table of how digit words begin, costs about
/// 2; the search then runs only inside the runs the table lets through, or whose token goes on after digits ("abc3five":
/// a hit there makes the reader jump the whole token). Every hit the reader acts on is returned, in the same order; the
/// hits passed over are those it would have passed over. Only for ASCII text: on Chinese the search is already cheap
/// (it skips non-ASCII at once), and ASCII keeps the table exact (no "ſ" that equals "s" ignoring case).
/// </summary>
internal sealed class DigitWordStarts
{
    private const int Letters = 26;

    private readonly bool[] _two = new bool[Letters * Letters];
    private readonly bool[] _three = new bool[Letters * Letters * Letters];
    private readonly SearchValues<string> _search;

    /// <param name="words">Every digit word the reader reads (lower case).</param>
    /// <param name="search">The search for the words a run may be found at: ASCII letters only.</param>
    public DigitWordStarts(IEnumerable<string> words, SearchValues<string> search)
    {
        _search = search;
        foreach (var word in words)
        {
            if (word.Length == 2 && IsAsciiLower(word[0]) && IsAsciiLower(word[1]))
            {
                _two[(word[0] - 'a') * Letters + word[1] - 'a'] = true;
            }
            else if (word.Length >= 3 && IsAsciiLower(word[0]) && IsAsciiLower(word[1]) && IsAsciiLower(word[2]))
            {
                _three[((word[0] - 'a') * Letters + word[1] - 'a') * Letters + word[2] - 'a'] = true;
            }
            // A word with a non-ASCII letter among its first three starts nowhere in ASCII text.
        }
    }

    /// <summary>
    /// The next hit of the search at or after <paramref name="from"/> in ASCII <paramref name="text"/> that the reader
    /// must see, or -1. Hits are letters (the words are), so each lies within one letter run and is searched there.
    /// </summary>
    public int Next(string text, int from)
    {
        var pos = from;
        // Inside a letter run (the reader never stops there, but nothing here relies on it): searched as it is.
        if (pos > 0 && pos < text.Length && char.IsAsciiLetter(text[pos]) && char.IsAsciiLetter(text[pos - 1]))
        {
            var end = RunEnd(text, pos);
            var hit = text.AsSpan(pos, end - pos).IndexOfAny(_search);
            if (hit >= 0)
            {
                return pos + hit;
            }
            pos = end;
        }
        while (pos < text.Length)
        {
            if (!char.IsAsciiLetter(text[pos]))
            {
                pos++;
                continue;
            }
            var end = RunEnd(text, pos);
            // A token that goes on after digits ("abc3five"): a hit here makes the reader jump the whole token, so
            // whether there is one decides whether the letters after the digits are read.
            if (MayStart(text, pos) || (end < text.Length && char.IsAsciiDigit(text[end])))
            {
                var hit = text.AsSpan(pos, end - pos).IndexOfAny(_search);
                if (hit >= 0)
                {
                    return pos + hit;
                }
            }
            pos = end;
        }
        return -1;
    }

    /// <summary>
    /// False only where no digit word can start at the letter <paramref name="at"/>: in ASCII text a character equals a
    /// word's letter ignoring case only as that letter or its capital, and a word with a non-ASCII letter among its first
    /// three ("zéro", "fünf", "três") starts nowhere.
    /// </summary>
    private bool MayStart(string text, int at)
    {
        var c0 = text[at];
        if (at + 1 >= text.Length)
        {
            return false;
        }
        var c1 = text[at + 1];
        if (!char.IsAsciiLetter(c1))
        {
            return false;
        }
        var two = ((c0 | 0x20) - 'a') * Letters + (c1 | 0x20) - 'a';
        if (_two[two])
        {
            return true;
        }
        if (at + 2 >= text.Length)
        {
            return false;
        }
        var c2 = text[at + 2];
        return char.IsAsciiLetter(c2) && _three[two * Letters + (c2 | 0x20) - 'a'];
    }

    private static int RunEnd(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }
        return end;
    }

    private static bool IsAsciiLower(char c) => c is >= 'a' and <= 'z';
}
