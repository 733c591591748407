namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// <see cref="char.IsLetter(char)"/>, <see cref="char.IsLetterOrDigit(char)"/>, <see cref="char.IsUpper(char)"/> and
/// <see cref="char.IsDigit(char)"/> as one bit per UTF-16 unit, worked out once from those methods: outside Latin-1
/// each of them looks up the Unicode category, which costs more than the word scans that ask it for every Chinese character.
/// </summary>
internal static class CharTable
{
    private static readonly ulong[] Letters = Build(char.IsLetter);
    private static readonly ulong[] LettersOrDigits = Build(char.IsLetterOrDigit);
    private static readonly ulong[] Uppers = Build(char.IsUpper);
    private static readonly ulong[] Digits = Build(char.IsDigit);

    public static bool IsLetter(char c) => (Letters[c >> 6] & (1UL << c)) != 0;

    public static bool IsLetterOrDigit(char c) => (LettersOrDigits[c >> 6] & (1UL << c)) != 0;

    public static bool IsUpper(char c) => (Uppers[c >> 6] & (1UL << c)) != 0;

    public static bool IsDigit(char c) => (Digits[c >> 6] & (1UL << c)) != 0;

    private static ulong[] Build(Func<char, bool> test)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (test((char)c))
            {
                bits[c >> 6] |= 1UL << c;
            }
        }
        return bits;
    }
}
