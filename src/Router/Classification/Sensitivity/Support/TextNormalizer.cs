namespace Router.Classification.Sensitivity.Support;

internal static class TextNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const char IdeographicSpace = '\u3000';

    /// <summary>
    /// Maps full-width ASCII forms (１２３, ：, ＠) and the ideographic space to ASCII one char for one, so
    /// offsets are unchanged. Returns the same instance, without allocating, when there is nothing to fold.
    /// </summary>
    public static string FoldFullWidth(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange(FullWidthFirst, FullWidthLast);
        var space = text.AsSpan().IndexOf(IdeographicSpace);
        if (first < 0 && space < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                target[i] = c switch
                {
                    >= FullWidthFirst and <= FullWidthLast => (char)(c - 0xFEE0),
                    IdeographicSpace => ' ',
                    _ => c,
                };
            }
        });
    }
}
