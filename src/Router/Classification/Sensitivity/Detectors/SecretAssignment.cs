using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Parsing of "name operator value" for <see cref="SecretAssignmentDetector"/>.</summary>
internal static class SecretAssignment
{
    private static readonly string[] WordOperators =
        ["is:", "is", "was", "are", "改成了", "改成", "改为", "换成了", "换成", "设置为", "设置成", "设为", "为", "是", "="];

    // "the password for my gmail is …", "password of the server: …", "password on the router is …".
    private static readonly string[] Qualifiers = ["for", "of", "on"];

    private const int MaxQualifierWords = 4;

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
        ["consumer key", "consumer_key", "consumer-key", "consumerkey", "access_key", "access-key", "access key", "accesskey", "private_key", "private-key", "privatekey", "secret key", "mch_key", "mch key",
         "mchkey",
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
        if (value.Length < 6 || SecretValue.IsPlaceholder(value) || (!passwordName && SecretValue.IsElided(value)))
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

    /// <summary>"API key", "api_key", "apikey": the label a vendor's console puts before a key with no prefix of its own.</summary>
    public static bool IsApiKeyName(ReadOnlySpan<char> name) =>
        name.Length is 6 or 7 && name.StartsWith("api", StringComparison.OrdinalIgnoreCase) && name.EndsWith("key", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A key pasted bare after "API key" (no operator): 16 characters or more, random (no placeholder, entropy 3.5+), and either
    /// mixed-case letters with digits (Freshdesk, Mailchimp-style keys) or 32+ hex. Prose after the label ("API key rotation",
    /// "API key ExampleKey1") and camelCase names ("API key getApiKeyFromEnv2") stay no key.
    /// </summary>
    public static bool IsBareVendorKey(ReadOnlySpan<char> value)
    {
        if (value.Length < 16 || SecretValue.IsPlaceholder(value) || SecretValue.Entropy(value) < 3.5 || CamelWords(value) >= 2)
        {
            return false;
        }
        return SecretValue.CharacterClasses(value) >= 3 && !value.ContainsAnyExcept(LetterOrDigit)
            || value.Length >= 32 && !value.ContainsAnyExcept(Hex) && value.ContainsAnyInRange('0', '9') && value.ContainsAnyInRange('a', 'f');
    }

    private static readonly SearchValues<char> LetterOrDigit =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    // Runs of three or more lower-case letters after a capital or at the start ("get", "Api", "Key", "From"): words of a name.
    private static int CamelWords(ReadOnlySpan<char> value)
    {
        var words = 0;
        for (var i = 0; i < value.Length;)
        {
            var start = i;
            if (char.IsAsciiLetterUpper(value[i]))
            {
                i++;
            }
            var lower = i;
            while (i < value.Length && char.IsAsciiLetterLower(value[i]))
            {
                i++;
            }
            words += i - lower >= 3 ? 1 : 0;
            i = i == start ? i + 1 : i;
        }
        return words;
    }

    /// <summary>Spelled-out password names, the only ones prose may follow: "password", "passwd", "passcode", "passphrase".</summary>
    public static bool IsSpelledOutPassword(ReadOnlySpan<char> name) =>
        name.Length >= 6 && name.StartsWith("pass", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where a value begins when prose follows a spelled-out password name: "set the wifi password to …",
    /// "the password for my gmail is …", or the value alone after a space ("and password Summer2024!": then
    /// <paramref name="bare"/> is set, and the value must pass <see cref="IsStrongBareValue"/>). -1 when none.
    /// </summary>
    public static int SkipProse(string text, int i, out bool bare)
    {
        bare = false;
        var start = SkipSpaces(text, i);
        if (start == i || start >= text.Length)
        {
            return -1;
        }
        if (WordAt(text, start, "to"))
        {
            var value = SkipSpaces(text, start + 2);
            return value > start + 2 && value < text.Length ? SkipQuote(text, value) : -1;
        }
        foreach (var qualifier in Qualifiers)
        {
            if (WordAt(text, start, qualifier))
            {
                return SkipQualifiedOperator(text, start + qualifier.Length);
            }
        }
        bare = true;
        return start;
    }

    /// <summary>Without an operator the value must be plainly a password: three character classes, or two and 10+ characters.</summary>
    public static bool IsStrongBareValue(ReadOnlySpan<char> value) =>
        SecretValue.CharacterClasses(value) >= 3 || SecretValue.CharacterClasses(value) == 2 && value.Length >= 10;

    private static int SkipQualifiedOperator(string text, int i)
    {
        for (var words = 0; words <= MaxQualifierWords; words++)
        {
            var next = SkipSpaces(text, i);
            if (next == i && words > 0 && i < text.Length && text[i] is not (':' or '='))
            {
                return -1;
            }
            var value = SkipOperator(text, next);
            if (value >= 0)
            {
                return value;
            }
            i = next;
            while (i < text.Length && text[i] is > ' ' and not ':' and not '=' && i - next < 40)
            {
                i++;
            }
            if (i == next)
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool WordAt(string text, int i, string word) =>
        text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (i + word.Length == text.Length || !char.IsAsciiLetter(text[i + word.Length]));

    private static int SkipQuote(string text, int i) =>
        i < text.Length - 1 && text[i] is '"' or '\'' or '`' ? i + 1 : i;

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }
}
