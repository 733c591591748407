using System.Text;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// The licence search reads number shapes only near a label's literal core, enumerated from places no shape straddles
/// (<see cref="DriverLicenseDetector.NoShapeAcross"/>): it must find exactly what the plain enumeration over the whole
/// text finds.
/// </summary>
public sealed class DriverLicenseDetectorSpeedTests
{
    private static readonly string[] Pieces =
    [
        "driver's license", "Driving Licence", "driver lic.", "DL", "dl", "DLN", "CDL", " dl #", "dl no ", "dl:", "驾驶证", "驾照",
        " number is ", " no. ", "(CA) ", "D123-4567-8901", "123-456-789", "S530 4626 1234 5", "MORGA 753116 SM9IJ 35",
        "S-530-462-612-345", "WDL-ABC1234-5", "12345", "A1 B2 C3", " ", " ", "-", ".", ", ", "\n", "x", "AB", "7", "9", "Z",
        "eligible ", "public ", "handle ", "档案编号", "号码",
        "alice.martin@example.com ", "operator's license", "license (driver's)", "lic. - Driving", "Führerschein", "licencia de conducir", "lic ",
        "DL ", "CNH ", "MORGA-753116-SM9IJ", "123/456/789", "12-AB-34567",
        "12345678-Z", "驾驶执照", "permiso de conducir ", "TX ", "(Texas) ", "/",
    ];

    // Every alternative of the label pattern, in several cases and cut short, with words around them.
    private static readonly string[] LabelPieces =
    [
        "driver's license", "Driving Licence", "DRIVER LIC.", "driving lic", "driver-permit", "operator's license", "Operator licence",
        "license (driver's)", "lic. # - driving", "licence number, Driver", "lic no. – drivers)", "Führerschein-Nr.", "fuehrerscheinnummer",
        "permis de conduire", "Licencia de conducir", "carnet de conducir", "patente di guida", "Rijbewijsnummer", "carta de condução",
        "DVLA driving licence", "dvla", "numéro de permis de conduire", "licencia de manejo", "permiso de conducción", "Carteira de motorista",
        "carteira nacional de habilitação", "prawo jazdy", "ehliyet", "learner's licence", "Provisional permit", "CNH", "驾驶执照", "CDL", "DLN", "DL", "dl #", "dl no", "dl number", "dl:", "驾驶证", "驾照", "運転免許証番号", "운전면허증 번호",
        "lic", "alice", "license", "driver", "driving", "operator", " ", "-", ".", "'", "’", "(", ")", ",", "x", "7", "\n",
    ];

    [Fact]
    public void MentionsLicence_RandomTexts_SameAsCaseInsensitiveContains()
    {
        // "licen" cut and in every case, with the odd case forms (dotless and dotted I, Kelvin sign, long s) round it.
        string[] pieces = ["licen", "LICEN", "Licen", "lICEn", "lic", "en", "l", "i", "I", "c", "C", "e", "E", "n", "N", "L", "\u0131", "\u0130",
            "\u212A", "\u017F", "é", "中", " ", "ce", "li"];
        var random = new Random(818);
        int hits = 0, odd = 0;
        for (var n = 0; n < 40_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 24);
            while (text.Length < length)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var value = random.Next(4) == 0 ? text.ToString() : text.Replace("\u0131", "i").Replace("\u0130", "I").Replace("\u212A", "k").Replace("\u017F", "s").ToString();
            var plain = value.Contains("licen", StringComparison.OrdinalIgnoreCase);
            hits += plain ? 1 : 0;
            odd += DriverLicenseDetector.HasOddCaseForms(value) ? 1 : 0;
            Assert.Equal(plain, DriverLicenseDetector.MentionsLicence(value));
        }
        Assert.True(hits is > 5_000 and < 35_000 && odd > 5_000, $"{hits} hits, {odd} texts with odd case forms: the texts do not exercise the search");
    }

    [Fact]
    public void LabelPattern_EveryMatchHoldsALiteralCore()
    {
        // The near-label search starts only from the literal cores: a label alternative without one would be missed there.
        var label = new Regex(DriverLicenseDetector.LabelPattern, RegexOptions.CultureInvariant);
        var random = new Random(817);
        var matches = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            while (text.Length < 60)
            {
                text.Append(LabelPieces[random.Next(LabelPieces.Length)]);
            }
            foreach (Match match in label.Matches(text.ToString()))
            {
                matches++;
                Assert.True(DriverLicenseDetector.HoldsCore(match.Value), $"'{match.Value}' in '{text}' holds no core");
            }
        }
        Assert.True(matches > 20_000, $"only {matches} label matches");
    }

    [Fact]
    public void NearLabels_RandomTexts_SameAsEnumeratingEverywhere()
    {
        var random = new Random(815);
        var differences = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random);
            var everywhere = new List<TextSpan>();
            var nearLabels = new List<TextSpan>();
            DriverLicenseDetector.DetectEverywhere(text, everywhere);
            DriverLicenseDetector.DetectNearLabels(text, nearLabels);

            if (!everywhere.SequenceEqual(nearLabels))
            {
                differences++;
                Assert.Fail($"'{text}': everywhere [{string.Join(", ", everywhere)}], near labels [{string.Join(", ", nearLabels)}]");
            }
        }
        Assert.Equal(0, differences);
    }

    [Fact]
    public void NoShapeAcross_RandomTexts_NoMatchOfThePatternStraddlesIt()
    {
        // The property the search relies on, checked against the pattern itself: wherever NoShapeAcross holds, no match of
        // the enumeration over the whole text holds both the character before and the one at that place, and enumerating
        // from there gives the same later matches. An edit of the pattern that breaks this fails here.
        var number = new Regex(DriverLicenseDetector.NumberPattern, RegexOptions.CultureInvariant);
        var random = new Random(816);
        for (var n = 0; n < 5_000; n++)
        {
            var text = RandomText(random);
            var all = number.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            for (var at = 1; at < text.Length; at++)
            {
                if (!DriverLicenseDetector.NoShapeAcross(text, at))
                {
                    continue;
                }
                Assert.DoesNotContain(all, m => m.Index < at && m.Index + m.Length > at);
                var later = number.Matches(text, at).Select(m => (m.Index, m.Length)).ToList();
                Assert.Equal(all.Where(m => m.Index >= at), later);
            }
        }
    }

    [Fact]
    public void Detect_LabelledNumbersFoundEitherWay()
    {
        var detector = new DriverLicenseDetector();
        foreach (var text in new[]
        {
            "My driver's license number is D123-4567-8901, expires soon.",
            "the lıcense (dotless i) of DL # D123-4567-8901",
            "DL # S530 4626 1234 5 and CDL 123-456-789",
        })
        {
            var input = new ScanInput(text, confidentialTerms: null);
            var found = new List<TextSpan>();
            detector.Detect(input, found);

            var plain = new List<TextSpan>();
            DriverLicenseDetector.DetectEverywhere(input.Text, plain);
            Assert.NotEmpty(plain);
            Assert.Equal(plain, found);
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var parts = random.Next(1, 14);
        for (var i = 0; i < parts; i++)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            text.Append(random.Next(6) == 0 ? piece.ToUpperInvariant() : piece);
            if (random.Next(3) == 0)
            {
                text.Append(random.Next(4) == 0 ? (char)random.Next('0', '9' + 1) : ' ');
            }
        }
        return text.ToString();
    }
}
