namespace Router.Classification.Sensitivity.Detectors;

/// <summary>IBAN length per country (SWIFT IBAN registry, and the IBAN-format numbers of a few countries outside it).</summary>
internal static class IbanLengths
{
    public const int Max = 34;

    private static readonly Dictionary<string, int> Lengths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27,
        ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20,
        ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27,
        ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NL"] = 18, ["NO"] = 15,
        ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["SA"] = 24,
        ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["ST"] = 25, ["SV"] = 28,
        ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
        // Joined the registry later: Burundi, Djibouti, Falklands, Honduras, Mongolia, Nicaragua, Oman, Russia, Somalia, Yemen.
        ["BI"] = 27, ["DJ"] = 27, ["FK"] = 18, ["HN"] = 28, ["MN"] = 20, ["NI"] = 28, ["OM"] = 23, ["RU"] = 33, ["SO"] = 23, ["YE"] = 30,
        // IBAN-format account numbers used in countries outside the registry (African and other banks publish them).
        ["DZ"] = 26, ["AO"] = 25, ["BJ"] = 28, ["BF"] = 28, ["CM"] = 27, ["CV"] = 25, ["CF"] = 27, ["TD"] = 27, ["KM"] = 27,
        ["CG"] = 27, ["CI"] = 28, ["GQ"] = 27, ["GA"] = 27, ["GW"] = 25, ["IR"] = 26, ["MG"] = 27, ["ML"] = 28, ["MA"] = 28,
        ["MZ"] = 25, ["NE"] = 28, ["SN"] = 28, ["TG"] = 28,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Lengths.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The IBAN length for a two-letter country code, or 0 when the country has no IBAN.</summary>
    public static int For(ReadOnlySpan<char> country) => Lookup.TryGetValue(country, out var length) ? length : 0;
}
