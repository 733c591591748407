namespace Router.Classification.Sensitivity.Support;

internal static class HanText
{
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static bool Contains(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u3400', '\u9FFF');
}
