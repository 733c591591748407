using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the sixth pass (issue 15): a level held in a markup attribute or a JSON/YAML key in quotes, a
/// "Label:" field whose value ends with its sentence, and "commercially / market / price sensitive" as classification words.
/// Each has cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ConfidentialMarkerSixthPassTests
{
    private static List<string> Markers(string text)
    {
        var verdict = SensitivityClassifierFactory.Create().Classify([text], []);
        return [.. verdict.Entities.Where(e => e.Type == "confidential_document").Select(e => text[e.Start..e.End])];
    }

    [Theory]
    [InlineData("<report classification=\"confidential\" owner=\"finance\"><p>Q3 plan</p></report> Summarise this.", "confidential")]
    [InlineData("{\"id\": 7, \"classification\": \"restricted\", \"body\": \"Merger talks with Fabrikam are advanced\"}", "restricted")]
    [InlineData("meta:\n  sensitivity: 'internal only'\ntext: the reorganisation plan for the sales team", "internal only")]
    [InlineData("Label: Company Confidential. Summarise the findings of the audit.", "Company Confidential")]
    public void LevelInAFieldOrAttribute_Fires(string text, string marker) =>
        Assert.Contains(marker, Markers(text));

    [Theory]
    [InlineData("<item classification=\"public\">Press release for the new store</item>")]
    [InlineData("How do I set the \"sensitivity\": \"confidential\" label in the Graph API?")]
    [InlineData("Our image classification model labels \"restricted\" areas on the map.")]
    [InlineData("Add a label: \"Confidential\" to the button in my React app? It should be red.")]
    [InlineData("What is a commercially sensitive document under the FOI Act?")]
    public void FieldWordsInOrdinaryUse_DoNotFire(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("Translate into English: \"Streng vertraulich – nur für den Vorstand. Übernahmeangebot für die Lieferfirma, Stand 3. Dezember.\"", "Streng vertraulich")]
    [InlineData("Traduce: \"Confidencial. Plan de despidos del segundo trimestre para el equipo de ventas en Madrid.\"", "Confidencial")]
    [InlineData("STRICTEMENT CONFIDENTIEL\nProjet de fusion avec Fabrikam. Résume ce document.", "STRICTEMENT CONFIDENTIEL")]
    [InlineData("社外秘：来期の人員削減計画について要約してください。", "社外秘")]
    public void OtherLanguagesMarkers_OpeningAQuotedOrHeadedDocument_Fire(string text, string marker) =>
        Assert.Contains(marker, Markers(text));

    [Theory]
    [InlineData("What does \"vertraulich\" mean in German? I saw it on a letter from my bank yesterday.")]
    [InlineData("Il posto è riservato ai clienti del ristorante, come si traduce?")]
    [InlineData("The stamp said \"Confidential – do not copy\" and that is all I know about the file.")]
    public void OtherLanguagesMarkersMentioned_DoNotFire(string text) =>
        Assert.Empty(Markers(text));
}
