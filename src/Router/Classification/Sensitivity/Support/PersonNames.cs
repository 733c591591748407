namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Full names of people in one text (Latin and Chinese). The personal-data detectors read them through
/// <see cref="PersonScan"/>, which finds them once per request.
/// </summary>
internal static class PersonNames
{
    public static IReadOnlyList<TextSpan> Find(string text) => Find(text, null);

    /// <summary>The private names; the public figures taken out of them are added to <paramref name="publicFigures"/> when given.</summary>
    public static IReadOnlyList<TextSpan> Find(string text, List<TextSpan>? publicFigures)
    {
        var names = new List<TextSpan>();
        LatinNames.Find(text, names);
        if (HanText.Contains(text))
        {
            ChineseNames.Find(text, names);
        }
        names.RemoveAll(name =>
        {
            if (PersonContext.IsPublicFigure(text, name) || PublicFigures.IsKnown(text, name))
            {
                publicFigures?.Add(name);
                return true;
            }
            return OrganisationNames.IsOrganisation(text, name);
        });
        return names;
    }
}
