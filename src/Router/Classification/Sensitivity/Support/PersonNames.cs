namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Full names of people in one text (Latin and Chinese). The personal-data detectors all ask for the names
/// of the same message one after another, so the last answer is kept per thread.
/// </summary>
internal static class PersonNames
{
    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static List<TextSpan>? t_names;

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        if (ReferenceEquals(t_text, text) && t_names is not null)
        {
            return t_names;
        }
        var names = new List<TextSpan>();
        LatinNames.Find(text, names);
        if (HanText.Contains(text))
        {
            ChineseNames.Find(text, names);
        }
        names.RemoveAll(name => PersonContext.IsPublicFigure(text, name));
        t_text = text;
        t_names = names;
        return names;
    }
}
