using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// One country-neutral rule for home and delivery addresses (eighteenth pass, issue 15, s26-addr): after a home or errand cue
/// (someone's home, home address, consignee, deliver/ship/send to, at his house on, from her flat, moved to, we visit at home,
/// head of household) a street with or without a known street word, in either order with its house number, then a town with or
/// without a postcode, is a home address; a client list's name set off by a comma before such a street too; OCR noise in the
/// label and street words read back; Chinese building and flat numbers written with spaces (…小区 15 栋 2403) and a name met at
/// them (…17 栋 1203 见了…). The must-fire rows are in forms of countries no earlier pass wrote (Georgian, Mongolian, Icelandic
/// farms, Faroese, Greenlandic, Samoan, Comorian, Haitian, Kyrgyz, Tongan); the hard negatives use the same forms for businesses,
/// embassies, hotels, travel questions, products, office rooms, listings, airports, moves without a street and museums. All
/// examples are written for these tests.
/// </summary>
public sealed class PersonAddressHomeContextTests
{
    private static SensitivityVerdict Classify(string text) => SensitivityClassifierFactory.Create().Classify([text], []);

    private static bool IsSensitive(string text) => Classify(text).IsSensitive;

    private static bool HasAddress(string text) => Classify(text).Entities.Any(e => e.Type == "person_address");

    [Theory]
    [InlineData("Please send the new SIM card to the subscriber's home address: Tamar Lomidze, Vazha-Pshavela 27, flat 12, Tbilisi 0160. Draft the SMS.")]
    [InlineData("Resettlement note: Batbayar Dorj and his family moved to Building 14, Apartment 52, Enkhtaivan Örgön Chölöö, Bayanzürkh, Ulaanbaatar 13381. Update the file.")]
    [InlineData("Consignee for the household goods: Guðrún Helgadóttir, Hvammur 2, 311 Borgarnes. Write the customs note and ask when she is at home.")]
    [InlineData("Ship the replacement hearing aid to the member's home, Jákup Joensen, Niels Finsens gøta 7, 100 Tórshavn. Write the cover note.")]
    [InlineData("Deliver to Naja Kleist, Aqqusinersuaq 18, 3900 Nuuk, she will sign for the parcel herself.")]
    [InlineData("Our nurse will courier the test kit to the patient's home, Mrs Malia Tuilagi, 45 Vaitele Uta, Apia. Write the instructions.")]
    [InlineData("Refund cheque: post it to the member's home address, Mr Ali Mmadi, Magoudjou 18, Moroni, not the branch.")]
    [InlineData("Rota: the driver picks up Ms Roseline Estimé from her house, 25 Ruelle Nazon, Port-au-Prince at 07:15. Make it a table.")]
    [InlineData("Case file: Aibek Osmonov moved to House 12, Apartment 34, Zhibek Zholu, Bishkek 720001. Summarise.")]
    [InlineData("Home sessions Tuesday: 9:00 Mr Sione Tupou, 12 Hala Taufa'ahau, Nuku'alofa (ring twice); 11:00 Mrs Ana Fifita, 8 Hala Vuna, Kolomotu'a.")]
    [InlineData("Letter to the guardians of Tevita Lolohea, we visit at home: Hala Fatafehi 9, Haveluloto, Nuku'alofa, every second Friday. Draft it.")]
    [InlineData("source notes: interviewed Levan Gelashvili at his house on Kostava 61, Tbilisi, he had the contract copies")]
    public void HomeCueThenAnyCountrysStreet_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    // A head of household named right after the address in a census or survey note.
    [Theory]
    [InlineData("Survey sheet: the blue house at 7 Matagi Lane, Apia — head of household Losa Faleolo, six people, asked us to come back.")]
    [InlineData("Door 4: 21 Route de Mutsamudu, Moroni, householder Ahmed Soilihi, no answer twice.")]
    public void HouseholdNamedAfterTheAddress_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    // OCR noise (0 for o, 1 for l) in the label and street words is read back before matching.
    [Theory]
    [InlineData("Clean the OCR: \"Pat1ent: Oliver Grant | H0me addr3ss: 14 Ashcombe R0ad, Leeds LS8 2QT | Allergy: none\"")]
    [InlineData("OCR of the tenancy form: Tenant Priya Nair, h0me address 22 Fernhill Cl0se, Bristol BS9 3TT")]
    public void OcrNoiseInLabelAndStreet_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("住处：杭州市西湖区文三路 12 栋 1501，收件人 刘海波，明早派送")]
    [InlineData("下午在 成都市武侯区玉林北路 9 栋 602 见了 王建平，他给了我合同照片")]
    [InlineData("记录：在 南宁市青秀区民族大道 18 栋 1104 见到了 王建平，他交了房租收据")]
    public void HanBuildingAndFlatWithSpacesOrNameMetThere_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    // Businesses, hotels and embassies after the same delivery cues.
    [InlineData("Please deliver to Hotel Tirana International, Sheshi Skënderbej 8, Tirana, before the conference.")]
    [InlineData("Ship to our warehouse: Unit 4, Mlynská 22, 917 01 Trnava, dock 3.")]
    [InlineData("Deliver the diplomatic pouch to the Embassy of Georgia, Vazha-Pshavela 27, Tbilisi 0160.")]
    [InlineData("Deliver to Acme Logistics Ltd, Aqqusinersuaq 18, 3900 Nuuk, gate B.")]
    [InlineData("Send the invoice to the supplier, Avenida Las Palmas #41, Colonia San Benito, San Salvador, by Friday.")]
    // Travel questions, landmarks and museums in the same street forms.
    [InlineData("Is Rruga e Kavajës 41, Tirana near the mosque? We want to walk there from the hotel.")]
    [InlineData("How far is Hvammur 2, 311 Borgarnes from the ring road?")]
    [InlineData("The museum's address is Rruga e Kavajës 5, Tirana; opening hours 9-17 except Monday.")]
    [InlineData("Mongolia's Peace Avenue runs past Building 14, Bayanzürkh, Ulaanbaatar 13381 — what is it famous for?")]
    public void BusinessesAndPlaces_DoNotFire(string text) =>
        Assert.False(IsSensitive(text), text);

    [Theory]
    // Products and model numbers, office rooms, listings with no person, airports, moves without a street, a company's move.
    [InlineData("Building 4 of the Model 3 plant, Fremont, reopened after the retooling.")]
    [InlineData("The recipient should come to Room 12, Building 4, Riverside Campus, Leeds for the interview at 10.")]
    [InlineData("Apartment for rent: Building 3, Apartment 12, Sayat-Nova St, Yerevan 0010, 2 rooms, 450 USD.")]
    [InlineData("Lost property: is there a desk at Terminal 2, Keflavík 235, or do I call the airline?")]
    [InlineData("My cousin moved to Yerevan last year, is it expensive to live there?")]
    [InlineData("Our company moved to Building 5, Technopark St, Yerevan 0014 in March.")]
    [InlineData("The president moved to Building 1, Senate Square, Moscow after the election.")]
    [InlineData("The Galaxy S24 and iPhone 15, Samsung vs Apple: which to send to my mum at home?")]
    public void ProductsRoomsListingsAndMoves_DoNotFire(string text) =>
        Assert.False(IsSensitive(text), text);

    // A listed public or historical figure's home is history, not an errand's address, even after a dwelling cue (found by
    // the lead's end-of-pass read: the errand path had dropped the figures entirely); a role word alone still does not make
    // the person public (the second and third rows must still fire).
    [Theory]
    [InlineData("Draft a plaque text for Mark Twain's house at 351 Farmington Avenue, Hartford.", false)]
    [InlineData("Tour notes: Jane Austen's home at Chawton Cottage, Winchester Road 1, Alton, opens at ten.", false)]
    [InlineData("Call sheet: the driver collects lead actress Carla Montoya from her flat, Calle Toledo 41, 3ºC, 28005 Madrid at 05:40.", true)]
    [InlineData("Courier the signed photo to the winner's home, Ms Ilse Vermeer, Kerkstraat 17, 1017 GB Amsterdam.", true)]
    public void ListedFiguresHomesAreHistoryButRolesAreNot(string text, bool sensitive) =>
        Assert.Equal(sensitive, HasAddress(text));

    [Theory]
    [InlineData("我们公司地址：杭州市西湖区文三路 12 栋 1501，欢迎来访")]
    [InlineData("在 成都市武侯区玉林北路 9 栋 602 的咖啡馆见了 王建平")]
    [InlineData("杭州市西湖区文三路 12 栋是不是离地铁站很近？")]
    public void HanOfficesAndPlaces_DoNotFire(string text) =>
        Assert.False(IsSensitive(text), text);
}
