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
        SplitNameFields.Find(text, names);
        if (LowerCaseNames.MayHave(text))
        {
            LowerCaseNames.Find(text, names);
        }
        if (HanText.Contains(text))
        {
            ChineseNames.Find(text, names);
        }
        names.RemoveAll(name =>
        {
            if ((PersonContext.IsPublicFigure(text, name) || PublicFigures.IsKnown(text, name) || StageNames.IsRealNameOfHandle(text, name))
                && !DisclaimsTheFamousOne(text, name))
            {
                publicFigures?.Add(name);
                return true;
            }
            return OrganisationNames.IsOrganisation(text, name);
        });
        return names;
    }

    // "员工刘德华（不是演员那位）", "王菲（同名，不是歌手）": the writer says right after the name that this is not the famous
    // person of that name, so it is a private person's.
    private static readonly string[] Disclaimers =
        ["同名", "重名", "撞名", "不是那位", "不是那个", "不是演员", "不是歌手", "不是明星", "不是名人", "不是主持人", "不是运动员", "非明星", "并非明星", "不是同一个人"];

    private static bool DisclaimsTheFamousOne(string text, TextSpan name)
    {
        if (!HanText.IsHan(text[name.Start]))
        {
            return DisclaimsInLatin(text, name);
        }
        var after = text.AsSpan(name.End, Math.Min(14, text.Length - name.End));
        if (after.IsEmpty)
        {
            return false;
        }
        var stop = after.IndexOfAny("。！？\n");
        if (stop >= 0)
        {
            after = after[..stop];
        }
        foreach (var disclaimer in Disclaimers)
        {
            if (after.Contains(disclaimer, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // "Liam Gallagher's coach (not the singer, my son)", "Emma Watson — no relation to the actress": the Latin forms, within the
    // name's sentence and a few words after it.
    private static readonly string[] LatinDisclaimers =
    [
        "no relation", "not related to the", "same name as the", "not the singer", "not the actor", "not the actress", "not the footballer",
        "not the player", "not the politician", "not the famous", "not the celebrity", "not the real", "not the author", "not the writer",
        "not the musician", "not the presenter", "not the rapper", "not the comedian", "not the athlete", "not that one", "not the one",
    ];

    private static bool DisclaimsInLatin(string text, TextSpan name)
    {
        var after = text.AsSpan(name.End, Math.Min(60, text.Length - name.End));
        var stop = after.IndexOfAny(".!?\n");
        if (stop >= 0)
        {
            after = after[..stop];
        }
        if (after.IndexOf("not ", StringComparison.OrdinalIgnoreCase) < 0 && after.IndexOf("no rel", StringComparison.OrdinalIgnoreCase) < 0
            && after.IndexOf("same name", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }
        foreach (var disclaimer in LatinDisclaimers)
        {
            if (after.Contains(disclaimer, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
