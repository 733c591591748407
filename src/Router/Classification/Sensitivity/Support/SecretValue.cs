namespace Router.Classification.Sensitivity.Support;

/// <summary>Tells a real secret value from placeholders and ordinary words.</summary>
internal static class SecretValue
{
    private static readonly string[] Placeholders =
    [
        "changeme", "change_me", "change-me", "password", "passwd", "secret", "example", "sample", "placeholder",
        "your_password", "yourpassword", "your-password", "your_token", "your_api_key", "your-api-key", "my_password",
        "mypassword", "redacted", "hidden", "masked", "null", "none", "undefined", "empty", "required", "optional",
        "string", "todo", "tbd", "test", "dummy", "foo", "bar", "foobar", "abc", "admin", "root", "true", "false",
    ];

    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return true;
        }
        var first = value[0];
        // Templating and variable references: <your-password>, ${DB_PASS}, {{token}}, %s, $env:X, [REDACTED].
        if (first is '<' or '$' or '{' or '%' or '[' or '(' or '/' or '~')
        {
            return true;
        }
        if (!value.ContainsAnyExcept(first))
        {
            return true; // ***, xxxxxxxx, 00000000
        }
        if (!value.ContainsAnyExcept("xX*.-_"))
        {
            return true;
        }
        foreach (var placeholder in Placeholders)
        {
            if (value.Equals(placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (IsVendorSample(value))
        {
            return true;
        }
        return value.StartsWith("your", StringComparison.OrdinalIgnoreCase)
            || (value.Contains("example", StringComparison.OrdinalIgnoreCase) && !IsDocumentationKey(value))
            || value.Contains("xxxx", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A vendor's documentation sample: AWS writes its sample ids and secrets with "EXAMPLE" / "EXAMPLEKEY" in capitals
    /// (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), which no issued random key spells; also where a
    /// rejoined copy glued the next line's word to it.
    /// </summary>
    public static bool IsVendorSample(ReadOnlySpan<char> value) => value.Length > 12 && value.Contains("EXAMPLE", StringComparison.Ordinal);

    /// <summary>
    /// Drops, from what a detector found since <paramref name="from"/>, a value read in a rejoined copy whose original was
    /// elided ("sk-proj-Qf3k...9TzA" rejoined as "sk-proj-Qf3k9TzA"): the copy closed up the ellipsis that says the key is
    /// not all there.
    /// </summary>
    public static void DropElidedCopies(ScanInput input, List<TextSpan> found, int from, Func<string, int, bool>? keep = null)
    {
        if (input.View.SourceTextEnd >= input.Text.Length)
        {
            return;
        }
        for (var k = found.Count - 1; k >= from; k--)
        {
            if (input.View.OriginOf(found[k]) is { } origin && origin.End <= input.Text.Length && origin.Start < origin.End
                && ElidedAt(input.Text, origin) && keep?.Invoke(input.Text, origin.Start) != true)
            {
                found.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// A key shown with its middle or end left out ("sk-proj-Qf3k...9TzA", "AbC1…xYz9", "sk-****…3kQz"): an ellipsis or a
    /// run of three mask characters, and too few characters left around it (at most <see cref="MaxElidedVisible"/>) to be a
    /// key cut by dots. A long key with dots inside is still read as a key; callers leave passwords alone (a password may
    /// hold dots: "Tr0ub4dor...3x").
    /// </summary>
    public static bool IsElided(ReadOnlySpan<char> value)
    {
        var cut = value.IndexOf("...", StringComparison.Ordinal);
        cut = cut >= 0 ? cut : value.IndexOfAny('…', '•');
        cut = cut >= 0 ? cut : value.IndexOf("***", StringComparison.Ordinal);
        if (cut < 0)
        {
            return false;
        }
        // The key's own characters on either side of the cut (a name and '=' before it are not the key's).
        var visible = 0;
        for (var i = cut - 1; i >= 0 && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '-' or '_' or '.' or '*'); i--)
        {
            visible += char.IsAsciiLetterOrDigit(value[i]) ? 1 : 0;
        }
        for (var i = cut; i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '-' or '_' or '.' or '…' or '•' or '*'); i++)
        {
            visible += char.IsAsciiLetterOrDigit(value[i]) ? 1 : 0;
        }
        return visible <= MaxElidedVisible;
    }

    private const int MaxElidedVisible = 24;

    // The original holds the cut, or the cut follows it at once (the copy read the part before the ellipsis).
    private static bool ElidedAt(string text, TextSpan origin)
    {
        if (IsElided(text.AsSpan(origin.Start, origin.End - origin.Start)))
        {
            return true;
        }
        var after = text.AsSpan(origin.End);
        return (after.StartsWith("...", StringComparison.Ordinal) || after.StartsWith("***", StringComparison.Ordinal) || after.StartsWith('…') || after.StartsWith('•'))
            && IsElided(text.AsSpan(origin.Start, Math.Min(text.Length - origin.Start, origin.End - origin.Start + 40)));
    }

    /// <summary>
    /// A long random key that merely ends in or embeds "EXAMPLE", as vendors' documentation keys do
    /// (AWS's wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY). Those get pasted into real configs, so recall comes first,
    /// as for the documented access key id. "sk-example-123" stays a placeholder: too little is left around the word.
    /// </summary>
    private static bool IsDocumentationKey(ReadOnlySpan<char> value)
    {
        const string Word = "example";
        if (value.Length - Word.Length is < 24 or > 256)
        {
            return false;
        }
        var at = value.IndexOf(Word, StringComparison.OrdinalIgnoreCase);
        Span<char> rest = stackalloc char[value.Length - Word.Length];
        value[..at].CopyTo(rest);
        value[(at + Word.Length)..].CopyTo(rest[at..]);
        return Entropy(rest) >= 4.0 && CharacterClasses(rest) >= 3;
    }

    /// <summary>
    /// Character classes, counting a leading capital on an otherwise lower-case word as no extra class,
    /// so "Forgotten" scores like "forgotten".
    /// </summary>
    public static int CharacterClasses(ReadOnlySpan<char> value)
    {
        bool lower = false, upper = false, digit = false, symbol = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper |= i > 0 || value.Length == 1 || !char.IsAsciiLetterLower(value[1]);
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else
            {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /// <summary>Ordinary (possibly hyphenated) words such as "case-sensitive" or "Forgotten".</summary>
    public static bool IsWordLike(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = char.IsAsciiLetterLower(c) || c is '-' or '_' or '.' or '\'' || (char.IsAsciiLetterUpper(c) && (i == 0 || !char.IsAsciiLetter(value[i - 1])));
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Shannon entropy in bits per char over the ASCII range.</summary>
    public static double Entropy(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[128];
        var n = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                counts[c]++;
                n++;
            }
        }
        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / n;
                entropy -= p * Math.Log2(p);
            }
        }
        return entropy;
    }

    /// <summary>A random-looking token: long, mixed, and not a placeholder.</summary>
    public static bool LooksRandom(ReadOnlySpan<char> value, int minLength = 16) =>
        value.Length >= minLength && !IsPlaceholder(value) && Entropy(value) >= 3.0 && CharacterClasses(value) >= 2;
}
