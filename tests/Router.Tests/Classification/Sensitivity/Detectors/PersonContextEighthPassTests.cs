using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English and other Latin-script classes of the eighth pass (issue 15, i16-ctx4en): a record quoted in German, Spanish, French,
/// Portuguese, Italian or Dutch inside a translate request (health, pay and debt words, German street forms); record name forms
/// (initials and a surname, names in capitals where records put them, "SURNAME, Given"); a table whose header names a birth
/// column; a visit to someone's home. Every rule has cases that must fire and cases that must not; all examples are written for
/// these tests.
/// </summary>
public sealed class PersonContextEighthPassTests
{
    private static List<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Translate to English: Herr Konstantin Bergmann ist seit Montag krankgeschrieben, Bandscheibenvorfall.", "person_health")]
    [InlineData("Traduce al inglés: Rodrigo Fuentes Ibarra fue operado de la rodilla el martes pasado.", "person_health")]
    [InlineData("Traduci in inglese: La signora Graziella Monticelli è in malattia per un intervento al ginocchio.", "person_health")]
    [InlineData("Vertaal naar het Engels: Femke Dijkstra ligt in het ziekenhuis na een hartaanval.", "person_health")]
    [InlineData("Traduza para o inglês: O senhor Anselmo Queiroz está internado com pneumonia desde sexta.", "person_health")]
    [InlineData("Traduce al inglés: Lucía Barrenechea cobra 2.300 euros al mes y debe tres cuotas de la hipoteca.", "person_finance")]
    [InlineData("Traduis en anglais : Le salaire net de Mme Céline Marchetti, 2 840 €, sera versé le 28.", "person_finance")]
    [InlineData("Bitte übersetzen: Jörg Hallmann hat 14.000 Euro Schulden und zahlt die Miete seit März nicht.", "person_finance")]
    [InlineData("Übersetze bitte: Frau Annegret Vollmer wohnt privat Am Sonnenhang 12, 34119 Kassel.", "person_address")]
    public void OtherLanguageRecordInATranslateRequest_Fires(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("¿Qué es la metformina y para qué sirve?")]
    [InlineData("Qu'est-ce qu'un salaire net en France ?")]
    [InlineData("Wie hoch ist das durchschnittliche Gehalt in Deutschland?")]
    [InlineData("Wie lange ist man nach einem Bandscheibenvorfall krankgeschrieben?")]
    [InlineData("Traduce al inglés: el hospital abre a las 8 y la farmacia a las 9.")]
    [InlineData("Traduce al inglés: El señor Gómez es operador de grúa y cobra por horas.")]
    [InlineData("Traduis en anglais : Victor Hugo est né en 1802 à Besançon et il était malade en 1885.")]
    [InlineData("Am Montag um 12 Uhr treffen wir uns im Büro in Kassel.")]
    public void OtherLanguageGeneralTextOrPublicFigure_DoesNotFire(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));

    [Theory]
    [InlineData("A. K. Lindström was admitted with chest pain on Friday.", "person_health", "A. K. Lindström")]
    [InlineData("patient j. r. okonkwo, dob 04.11.1962, on warfarin", "person_health", "j. r. okonkwo")]
    [InlineData("MR ABDUL-RAHMAN QURESHI, 22 Elm Grove, Leeds LS6 2AB", "person_address", "22 Elm Grove")]
    [InlineData("MAXIMILIAN HOFER — born 14 March 1988 in Graz — Senior Engineer", "person_birth_date", "MAXIMILIAN HOFER")]
    [InlineData("QURESHI, Abdul-Rahman S. — DOB 1979-04-17 — ward 6", "person_birth_date", "QURESHI, Abdul-Rahman S.")]
    [InlineData("Olsen, Kari — gross 4,250.00 — net 3,118.42", "person_finance", "Olsen, Kari")]
    [InlineData("user kiran patel, dob 1990-07-02, asked to reset the password", "person_birth_date", "kiran patel")]
    [InlineData("Technician visited GORDON PIKE at home, 41 Birchwood Avenue, to fix the boiler.", "person_address", "41 Birchwood Avenue")]
    public void RecordNameForms_AreNames(string text, string type, string value) =>
        Assert.Contains((type, value), Entities(text));

    [Theory]
    [InlineData("BOARD MINUTES — 12 March 2024, salary review on the agenda.")]
    [InlineData("We ran the query with INNER JOIN salaries on the employee id 42.")]
    [InlineData("Austin, Texas — salary range $120,000 for senior engineers.")]
    [InlineData("Section A. Results show the income of 40 households.")]
    [InlineData("See U. S. Census data on median income of 52,000 dollars.")]
    [InlineData("the FAST TRACK lane costs 20 euros per person at the airport")]
    [InlineData("J. R. R. Tolkien was born in 1892 in Bloemfontein.")]
    [InlineData("Smith, John wrote in 1998 that the income effect dominates (see p. 44).")]
    public void CapitalsInitialsAndCommasElsewhere_DoNotFire(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));

    [Fact]
    public void TableWithABirthColumn_EveryRowIsAPersonAndABirthDate()
    {
        var text = "| Name | Born | City |\n|---|---|---|\n| Oskar Brandt | 1974-02-11 | Ulm |\n| Petra Lenz | 1981-09-30 | Jena |";
        var entities = Entities(text);
        Assert.Contains(("person_birth_date", "Oskar Brandt"), entities);
        Assert.Contains(("person_birth_date", "Petra Lenz"), entities);
    }

    [Theory]
    [InlineData("| Name | Born | Role |\n|---|---|---|\n| Ada Lovelace | 1815 | mathematician |\n| Alan Turing | 1912 | computer scientist |")]
    [InlineData("| Name | City | Team |\n|---|---|---|\n| Oskar Brandt | Ulm | 4 |\n| Petra Lenz | Jena | 7 |")]
    [InlineData("| Character | Born | Series |\n|---|---|---|\n| Hermione Granger | 1979 | Harry Potter |")]
    public void TableOfPublicFiguresOrWithoutBirthColumn_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_birth_date");

    [Theory]
    [InlineData("Officers visited the family home of Mrs. Evelyn Crabtree, 18 Ashdown Road, RG4 7PL.")]
    [InlineData("The nurse visited Harold Beckett at home, 7 Quarry Lane, after the clinic closed.")]
    public void VisitToAPersonsHome_IsTheirAddress(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("Tourists visited the Louvre at noon, then lunch at 12 Rue de Rivoli.")]
    [InlineData("We visited the museum shop, 4 Market Street, before heading home.")]
    public void VisitToAPlace_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("NAME: J0HN 0'NEILL, DOB 12/03/1981, diagnosis: type 2 diabetes", "person_health")]
    [InlineData("Patient: Ann Wi1son, admitted 3 May with pneumonia.", "person_health")]
    [InlineData("C0NFIDENTIAL - D0 N0T F0RWARD. Q3 board minutes attached.", "confidential_document")]
    public void OcrDigitsForLetters_AreReadAsTheLetters(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("The H1N1 vaccine and the A1C test were discussed at 10AM in room B1.")]
    [InlineData("Order 10 units of SKU A10B and 1 pack of C0-2 cables for the lab.")]
    [InlineData("Plan b. 2 is cheaper than plan a.")]
    public void CodesAndNumbersWithLetters_StayAsTheyAre(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));

    [Theory]
    [InlineData("Turn this into bullet points (the doc is marked Strictly Confidential): Project Heron, a buyout at 6x EBITDA.")]
    [InlineData("Summarise this memo marked \"Do not distribute outside the board\": the plant closes on 3 May.")]
    public void RequestSaysHowItsDocumentIsMarked_LabelsIt(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("What does it mean when a memo is marked \"Do not distribute\": can I forward it?")]
    [InlineData("Our policy: documents marked \"Confidential\" must be shredded after use.")]
    public void MarkingTalkedAbout_DoesNotLabel(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("Extract the fields from this entry row: bib 812; AMARA OKONJO; 14 Fernhill Road, Bristol BS6 5QE; size L", "person_address")]
    [InlineData("Fix the formatting: \"Ines Vogt (b. 02/11/1987, Hamburg) joined the Zurich team.\"", "person_birth_date")]
    [InlineData("Send the consent form to our study participant Tomasz Wrona before his second visit.", "person_record")]
    [InlineData("Traduza: A requerente, Beatriz Lemos, entregou os documentos ontem.", "person_record")]
    [InlineData("Translate to English: Il signor Franco Bellini porta l'apparecchio acustico da due anni.", "person_health")]
    public void RecordCellsBirthAbbreviationAndRoles_Fire(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("Draft a letter to Fjordvik Bakeries AS, Storgata 14, 0184 Oslo, asking for their price list.")]
    [InlineData("Our vendor is Lindqvist Maskin, Verkstadsgatan 12, Gothenburg — chase the missing quote.")]
    public void CompanyWithLegalFormOrBusinessRole_IsNoPerson(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("Convert to JSON: order 88120 ship to: AMINATA DIALLO-BAH, 19 rue des Vignes, 69003 Lyon", "person_address")]
    [InlineData("goran petrovic, a customer since 2018, wants his card replaced.", "person_record")]
    [InlineData("lena vukovic (patient) did not come to her follow-up.", "person_record")]
    [InlineData("milos jankovic, 41, was moved to the night shift.", "person_birth_date")]
    [InlineData("petar ilic turned 65 on friday and leaves next month.", "person_birth_date")]
    public void CapitalsAfterALabelAndLowerCaseRecordLeads_AreNames(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("good morning, a customer asked about opening hours.")]
    [InlineData("last week, 12, maybe 15 people came to the open day.")]
    [InlineData("Status: NOT STARTED, owner to be assigned; budget 4,000.")]
    [InlineData("the quick brown fox, a classic pangram, has 35 letters.")]
    public void EverydayLowerCaseLeadsAndStatusFields_DoNotFire(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));
}
