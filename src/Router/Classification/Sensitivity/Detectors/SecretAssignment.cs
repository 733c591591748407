using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Parsing of "name operator value" for <see cref="SecretAssignmentDetector"/>.</summary>
internal static class SecretAssignment
{
    private static readonly string[] WordOperators = ["is:", "is", "was", "are", "为", "是", "="];

    private static readonly string[] Continuations = ["word", "wd", "phrase", "code", "_key", "-key", "key"];

    /// <summary>The end of a credential name found at <paramref name="start"/>: "pass" + "word", "secret" + "_key", ….</summary>
    public static int NameEnd(string text, int start)
    {
        var rest = text.AsSpan(start, Math.Min(24, text.Length - start));
        var baseLength = 2; // a two-character Chinese name unless an ASCII one matches
        foreach (var name in BaseNames)
        {
            if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                baseLength = name.Length;
                break;
            }
        }
        baseLength = Math.Min(baseLength, rest.Length);
        foreach (var continuation in Continuations)
        {
            if (rest[baseLength..].StartsWith(continuation, StringComparison.OrdinalIgnoreCase))
            {
                return start + baseLength + continuation.Length;
            }
        }
        return start + baseLength;
    }

    /// <summary>Names after which the value may follow with only a space: "密码 Abc123", "Bearer 8f2a…".</summary>
    public static bool OperatorOptional(ReadOnlySpan<char> name) =>
        name.Length == 2 && name[0] > 0x7F || name.Equals("bearer", StringComparison.OrdinalIgnoreCase);

    // Longest first, so "access_key" wins over "access".
    private static readonly string[] BaseNames =
        ["access_key", "access-key", "access key", "accesskey", "private_key", "private-key", "privatekey", "secret key",
         "credentials", "credential", "api_key", "api-key", "api key", "apikey", "bearer", "secret", "token", "pass", "pwd", "pin"];

    /// <summary>The index where the value begins after a name, or -1 when no assignment follows.</summary>
    public static int SkipOperator(string text, int i, bool optional = false)
    {
        // Closing quote of a JSON/YAML key, then spaces.
        if (i < text.Length && text[i] is '"' or '\'')
        {
            i++;
        }
        i = SkipSpaces(text, i);
        if (i >= text.Length)
        {
            return -1;
        }
        var op = text.AsSpan(i);
        if (op.StartsWith(":=") || op.StartsWith("=>"))
        {
            i += 2;
        }
        else if (text[i] is '=' or ':')
        {
            i++;
        }
        else
        {
            var matched = false;
            foreach (var word in WordOperators)
            {
                if (op.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (word[0] > 0x7F || op.Length == word.Length || !char.IsAsciiLetter(op[word.Length])))
                {
                    i += word.Length;
                    matched = true;
                    break;
                }
            }
            if (!matched && !optional)
            {
                return -1;
            }
            if (i < text.Length && text[i] == ':')
            {
                i++;
            }
        }
        i = SkipSpaces(text, i);
        if (i < text.Length && text[i] is '"' or '\'' or '`')
        {
            i++;
        }
        return i < text.Length ? i : -1;
    }

    /// <summary>Values are printable ASCII without spaces or quotes; trailing sentence punctuation is dropped.</summary>
    public static int ValueEnd(string text, int start, int maxLength)
    {
        var end = start;
        var limit = Math.Min(text.Length, start + maxLength);
        while (end < limit && text[end] is > ' ' and <= '~' and not '"' and not '\'' and not '`' and not ',' and not ';')
        {
            end++;
        }
        while (end > start && text[end - 1] is '.' or ')' or ']' or '}' or '?' or ':')
        {
            end--;
        }
        return end;
    }

    /// <summary>
    /// A value counts as a secret when it is not a placeholder and is either mixed (two character classes,
    /// six or more chars), long and random-looking, or — for password names only — a numeric PIN of 6+.
    /// </summary>
    public static bool IsSecretValue(ReadOnlySpan<char> value, bool passwordName)
    {
        if (value.Length < 6 || SecretValue.IsPlaceholder(value))
        {
            return false;
        }
        if (SecretValue.IsWordLike(value))
        {
            return false;
        }
        if (SecretValue.CharacterClasses(value) >= 2)
        {
            return true;
        }
        if (passwordName && !value.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }
        return value.Length >= 12 && SecretValue.Entropy(value) >= 3.0;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }
}
