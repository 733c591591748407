namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Full names of people in one text (Latin and Chinese). The personal-data detectors read them through
/// <see cref="PersonScan"/>, which finds them once per request.
/// </summary>
internal static class PersonNames
{
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var names = new List<TextSpan>();
        LatinNames.Find(text, names);
        if (HanText.Contains(text))
        {
            ChineseNames.Find(text, names);
        }
        names.RemoveAll(name => PersonContext.IsPublicFigure(text, name) || PublicFigures.IsKnown(text, name) || OrganisationNames.IsOrganisation(text, name));
        return names;
    }
}
