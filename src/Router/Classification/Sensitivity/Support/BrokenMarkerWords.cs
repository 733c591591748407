namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Marker words that PDF extraction, OCR or a narrow column broke apart (fourteenth pass): across a line break
/// ("CONFIDEN\nTIAL", "DISTRI-\nBUTE", "FOR INTERNAL USE ON\nLY") or by a space inside a banner word in capitals
/// ("INTER NAL ONLY", "CONFI DENTIAL"). A copy of the text has each such word closed up, a line break moved after it and
/// a space before it, so every other character keeps its place. A break is closed only where the two pieces together spell a word of the
/// markers and neither piece is one by itself, so "INTERNAL ONLY" or a line ending in "for" stays as it is; the marker
/// found in the copy still has to label the text.
/// </summary>
internal sealed class BrokenMarkerWords
{
    private const int MinWord = 4;
    private const int MaxWord = 20;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <param name="markers">The markers whose words are closed up (their ASCII words of four letters or more).</param>
    public BrokenMarkerWords(IEnumerable<string> markers)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var marker in markers)
        {
            foreach (var word in marker.Split([' ', '-', '&', '/', ':', '\'', '’', '.', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length is >= MinWord and <= MaxWord && word.All(char.IsAsciiLetter))
                {
                    words.Add(word);
                }
            }
        }
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The text with its broken marker words closed up, and any word broken as "Confi-\ndential" (a hyphen at a line's end
    /// before a lower-case letter) too; null when nothing was closed.
    /// </summary>
    public string? ClosedUp(string text)
    {
        char[]? copy = null;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            CloseLineBreak(text, at, ref copy);
        }
        // From capital to capital (prose has far fewer capitals than spaces): a run of two or more, then a space.
        for (var at = text.AsSpan().IndexOfAnyInRange('A', 'Z'); at >= 0;)
        {
            var runEnd = at + 1;
            while (runEnd < text.Length && char.IsAsciiLetterUpper(text[runEnd]))
            {
                runEnd++;
            }
            if (runEnd - at >= 2 && runEnd < text.Length && text[runEnd] == ' ')
            {
                CloseSpace(text, runEnd, ref copy);
            }
            var next = runEnd < text.Length ? text.AsSpan(runEnd).IndexOfAnyInRange('A', 'Z') : -1;
            at = next < 0 ? -1 : runEnd + next;
        }
        return copy is null ? null : new string(copy);
    }

    private void CloseLineBreak(string text, int newline, ref char[]? copy)
    {
        var breakStart = newline > 0 && text[newline - 1] == '\r' ? newline - 1 : newline;
        var hyphen = breakStart > 0 && text[breakStart - 1] == '-';
        var leftEnd = hyphen ? breakStart - 1 : breakStart;
        var rightStart = newline + 1;
        if (leftEnd == 0 || rightStart >= text.Length || !char.IsLetter(text[leftEnd - 1]) || !char.IsLetter(text[rightStart]))
        {
            return;
        }
        var leftStart = WordStart(text, leftEnd);
        var rightEnd = WordEnd(text, rightStart);
        var left = text.AsSpan(leftStart, leftEnd - leftStart);
        var right = text.AsSpan(rightStart, rightEnd - rightStart);
        // "Confi-\ndential": a hyphenated break before a lower-case letter joins any word (the thirteenth pass's rule).
        if (!(hyphen && char.IsLower(text[rightStart])) && !SpellsMarkerWord(left, right))
        {
            return;
        }
        copy ??= text.ToCharArray();
        var breakLength = rightStart - leftEnd;
        right.CopyTo(copy.AsSpan(leftEnd));
        text.AsSpan(leftEnd, breakLength).CopyTo(copy.AsSpan(rightEnd - breakLength));
    }

    // "INTER NAL ONLY": a space inside a word in capitals, both pieces capitals.
    private void CloseSpace(string text, int space, ref char[]? copy)
    {
        if (space < 2 || space + 2 >= text.Length || !char.IsAsciiLetterUpper(text[space - 1]) || !char.IsAsciiLetterUpper(text[space + 1])
            || !char.IsAsciiLetterUpper(text[space - 2]) || !char.IsAsciiLetterUpper(text[space + 2]))
        {
            return;
        }
        var leftStart = WordStart(text, space);
        var rightEnd = WordEnd(text, space + 1);
        var left = text.AsSpan(leftStart, space - leftStart);
        var right = text.AsSpan(space + 1, rightEnd - space - 1);
        if (left.ContainsAnyExceptInRange('A', 'Z') || right.ContainsAnyExceptInRange('A', 'Z') || !SpellsMarkerWord(left, right))
        {
            return;
        }
        // The space moves before the word ("INTER NAL ONLY" reads " INTERNAL ONLY"), so the words after it keep one space.
        copy ??= text.ToCharArray();
        copy[leftStart] = ' ';
        left.CopyTo(copy.AsSpan(leftStart + 1));
        right.CopyTo(copy.AsSpan(space + 1));
    }

    private bool SpellsMarkerWord(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var length = left.Length + right.Length;
        if (length is < MinWord or > MaxWord || _words.Contains(left) || _words.Contains(right))
        {
            return false;
        }
        Span<char> joined = stackalloc char[MaxWord];
        left.CopyTo(joined);
        right.CopyTo(joined[left.Length..]);
        return _words.Contains(joined[..length]);
    }

    private static int WordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < MaxWord)
        {
            start--;
        }
        return start;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]) && end - start < MaxWord)
        {
            end++;
        }
        return end;
    }
}
