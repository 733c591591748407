using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Where the spelled-digit reader's word search must look. That reader reads a run only from a token whose letters start
/// with a digit word (<see cref="SpelledDigits"/>, LikelyRun); a hit inside any other token ("someone", "street",
/// "weight") only moves it past that token. The vectorised case-insensitive search of ~50 words costs 2-5 µs/KB on
/// Latin text however few hits it has (its three-letter fingerprints match much of any English), while one walk over the
/// letter runs, looking up the first two or three letters of each in a table of how digit words begin, costs about 2;
/// the search then runs only inside the runs the table lets through, or whose token goes on after digits ("abc3five":
/// a hit there makes the reader jump the whole token). Han, kana and Hangul have no case: they are never part of a hit,
/// and a run that starts with one starts with no digit word; any other non-ASCII character among the first three goes
/// to the search ("ſ" equals "s" ignoring case). Every hit the reader acts on is
/// returned, in the same order; the hits passed over are those it would have passed over.
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
            // A word with a non-ASCII letter among its first three ("zéro", "fünf", "três") can only start where the
            // text has a non-ASCII character there, which MayStart always lets through.
        }
    }

    /// <summary>
    /// The next hit of the search at or after <paramref name="from"/> that the reader must see, or -1. Hits are letters
    /// (the words are), so each lies within one letter run and is searched there.
    /// </summary>
    public int Next(string text, int from)
    {
        var pos = from;
        // Inside a letter run (the reader never stops there, but nothing here relies on it): searched as it is.
        if (pos > 0 && pos < text.Length && char.IsLetter(text[pos]) && char.IsLetter(text[pos - 1]))
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
            var c = text[pos];
            // Han, kana and Hangul are never part of a hit nor the start of a digit word: passed one by one like spaces.
            if (c < 128 ? !char.IsAsciiLetter(c) : IsCaseless(c) || !char.IsLetter(c))
            {
                pos++;
                continue;
            }
            var end = RunEnd(text, pos);
            // A run that started at a letter passed above ("名five") starts with no digit word. A token that goes on
            // after digits ("abc3five"): a hit here makes the reader jump the whole token, so whether there is one
            // decides whether the letters after the digits are read.
            var runStart = pos == 0 || !char.IsLetter(text[pos - 1]);
            if ((runStart && MayStart(text, pos)) || (end < text.Length && char.IsLetterOrDigit(text[end])))
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
    /// False only where no digit word can start at the letter <paramref name="at"/>: an ASCII character equals a word's
    /// letter ignoring case only as that letter or its capital; any other character goes to the search.
    /// </summary>
    private bool MayStart(string text, int at)
    {
        var c0 = text[at];
        if (c0 >= 128)
        {
            return true;
        }
        if (at + 1 >= text.Length)
        {
            return false;
        }
        var c1 = text[at + 1];
        if (c1 >= 128)
        {
            return true;
        }
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
        if (c2 >= 128)
        {
            return true;
        }
        return char.IsAsciiLetter(c2) && _three[two * Letters + (c2 | 0x20) - 'a'];
    }

    /// <summary>The end of the letters (char.IsLetter) from <paramref name="at"/>; a stretch of Han is passed at once.</summary>
    internal static int RunEnd(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (c < 128)
            {
                if (!char.IsAsciiLetter(c))
                {
                    break;
                }
                end++;
            }
            else if (c is >= HanFirst and <= HanLast)
            {
                // Every code point of the block is an ideograph, a letter (a test holds this).
                var stop = text.AsSpan(end + 1).IndexOfAnyExceptInRange(HanFirst, HanLast);
                end = stop < 0 ? text.Length : end + 1 + stop;
            }
            else if (char.IsLetter(c))
            {
                end++;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    internal const char HanFirst = '\u4E00';
    internal const char HanLast = '\u9FFF';

    private static bool IsCaseless(char c) => c is >= HanFirst and <= HanLast or >= '\u3041' and <= '\u30FA' or >= '\uAC00' and <= '\uD7A3';

    private static bool IsAsciiLower(char c) => c is >= 'a' and <= 'z';
}
