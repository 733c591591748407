using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English and other Latin-script classes of the ninth pass (issue 15, s17-ctxen): a record quoted in Polish, Turkish, Czech,
/// Romanian, a Nordic language, Vietnamese, Indonesian or a Romance language inside an English request (birth, pay, health and
/// customer/patient words read with or without their accents); addresses of other countries (Polish al./os., Spanish C/,
/// Portuguese Av., Italian "in via", Turkish Mah./Sok./Cad. No:, Indonesian Jl., Norwegian "… gate 22", Vietnamese districts,
/// and a street and number before a postcode of a distinctive shape); passenger-list names ("HOLLOWAY/JAMES MR"); a possessive
/// name before "address"; other countries' company legal forms; birth years before 1900 as history. Every rule has cases that
/// must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class PersonContextNinthPassTests
{
    private static List<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Please translate: Bogumiła Czarnecka, urodzona 21.09.1983 w Gdańsku, złożyła skargę.", "person_birth_date")]
    [InlineData("Translate to English: Radosław Pietrzak zarabia 11 200 zł brutto.", "person_finance")]
    [InlineData("Can you put this in English? Pensja Teresy Wilk to 5400 zł, a czynsz zalega od maja.", "person_finance")]
    [InlineData("Translate: Grzegorz Kubiak choruje na stwardnienie i jest w szpitalu.", "person_health")]
    [InlineData("English please: Serkan Aksoy 1991 doğumlu ve Bursa'da yaşıyor.", "person_birth_date")]
    [InlineData("Translate: Tuğba Erdem'in maaşı 51.300 TL, kredi borcu da var.", "person_finance")]
    [InlineData("Translate: Volkan Korkmaz'ın şeker hastalığı var, insülin kullanıyor.", "person_health")]
    [InlineData("Translate: Vojtěch Beneš, narozen 3. 2. 1977, žije v Olomouci.", "person_birth_date")]
    [InlineData("Translate: Zdeňka Marešová vydělává 41 000 Kč měsíčně.", "person_finance")]
    [InlineData("Translate: Cristina Munteanu, născută la 05.06.1990, solicită un certificat.", "person_birth_date")]
    [InlineData("Translate: Bogdan Stanciu este bolnav și internat la spitalul județean.", "person_health")]
    [InlineData("Translate: Henrik Dahlberg, född 1969-11-02, tjänar 41 000 kronor i månaden.", "person_finance")]
    [InlineData("Translate: Sigrid Haugen er sykemeldt og ligger på sykehus.", "person_health")]
    [InlineData("Translate: Võ Thị Hồng, sinh ngày 14/02/1988, xin cấp lại thẻ.", "person_birth_date")]
    [InlineData("Translate: Hendra Gunawan, lahir 2 Mei 1979 di Medan, mendaftar kursus.", "person_birth_date")]
    [InlineData("Translate: Pasien Wulan Sari dirawat di rumah sakit karena demam berdarah.", "person_health")]
    [InlineData("Translate: A cliente Rosana Duarte ganha R$ 3.900 e deve duas prestações.", "person_finance")]
    [InlineData("Translate: Il signor Ettore Gallo guadagna 2.100 euro al mese.", "person_finance")]
    [InlineData("Translate: Maëlle Fontaine souffre d'une dépression depuis l'hiver.", "person_health")]
    [InlineData("Translate: Klaus Wendt leidet an Morbus Bechterew.", "person_health")]
    [InlineData("Translate: Thi Lan Phan nợ ngân hàng 300 triệu đồng.", "person_finance")]
    [InlineData("Translate: Ioana Petrescu câștigă 7.200 lei pe lună.", "person_finance")]
    [InlineData("Translate: Agus Salim bergaji Rp 9.500.000 per bulan.", "person_finance")]
    [InlineData("Translate: Klient Jan Horák, nar. 14. 8. 1972, žádá o odklad splátek.", "person_birth_date")]
    public void OtherLanguageRecordInAnEnglishRequest_Fires(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("Translate: O cliente Anselmo Barreto reclamou da fatura de abril.", "Anselmo Barreto")]
    [InlineData("Translate: Müşteri Ceren Yavuz iade talep etti.", "Ceren Yavuz")]
    [InlineData("Translate: Pacjentka Danuta Sowa czeka na wyniki.", "Danuta Sowa")]
    [InlineData("Translate: Nasabah Rudi Hartono mengajukan keluhan.", "Rudi Hartono")]
    public void OtherLanguageRecordRole_Fires(string text, string name) =>
        Assert.Contains(("person_record", name), Entities(text));

    [Theory]
    [InlineData("Translate: Ile zarabia programista w Polsce? Średnio 15 000 zł.")]
    [InlineData("Translate: Türkiye'de asgari ücret maaşı 17.002 TL oldu.")]
    [InlineData("Translate: Şeker hastalığı belirtileri nelerdir?")]
    [InlineData("Translate: Jaký je průměrný plat v Praze? Asi 50 000 Kč.")]
    [InlineData("Translate: Bệnh tiểu đường là gì và có nguy hiểm không?")]
    [InlineData("Translate: Gaji minimum di Jakarta tahun 2024 adalah Rp 5.067.381.")]
    [InlineData("Translate: Pasien di rumah sakit umum harus membawa KTP.")]
    [InlineData("Translate: O cliente sempre tem razão, disse o gerente da loja.")]
    [InlineData("Translate: Wang Lei scored 6 goals this season.")]
    [InlineData("The Dong Ha bridge is 120 m long and Lei Feng Street has 6 shops.")]
    [InlineData("TL;DR: Ewa Kamińska wrote 2 summaries of the quarterly results.")]
    [InlineData("How do I say \"born on\" in Turkish? Is it \"doğumlu\"?")]
    [InlineData("Translate: Urodziny Chopina są obchodzone 1 marca.")]
    public void OtherLanguageGeneralTextOrNoPerson_DoesNotFire(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));

    [Theory]
    [InlineData("Translate: Mikołaj Kopernik urodził się w Toruniu w 1473 roku.")]
    [InlineData("Translate: Nguyễn Du sinh năm 1765 tại Hà Tĩnh.")]
    [InlineData("Translate: Atatürk 1881 doğumlu bir devlet adamıdır.")]
    [InlineData("Summarise: Jan Kowalski, the 19th-century painter, was born in 1842 in Kraków.")]
    [InlineData("Edmund Harwood was born in Torun in 1473 and died in 1543.")]
    public void BirthYearBefore1900_IsHistory(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_birth_date");

    [Theory]
    [InlineData("Reply to Wiesław Nowakowski, al. Armii Krajowej 12/7, 30-150 Kraków, about the delay.", "al. Armii Krajowej 12")]
    [InlineData("Parcel for Iwona Lis, os. Piastów 21/40, 31-624 Kraków.", "os. Piastów 21")]
    [InlineData("Send the keys to Alba Serrano, C/ Goya 14, 3º izda., 28001 Madrid.", "C/ Goya 14")]
    [InlineData("Ship to Nuno Teixeira, Av. dos Aliados 88, 4000-064 Porto.", "Av. dos Aliados 88")]
    [InlineData("Translate: Ornella Bruno abita in via dei Mille 7, 80121 Napoli.", "via dei Mille 7")]
    [InlineData("Deliver to Gianni Ferri, Corso Buenos Aires 52, 20124 Milano.", "Corso Buenos Aires 52")]
    [InlineData("Write a delivery note for Eda Polat, Moda Cad. No: 41 D: 3, Kadıköy.", "Moda Cad. No: 41")]
    [InlineData("Ship to Onur Kılıç, Yıldız Mah. Papatya Sok. No:9/2 Beşiktaş.", "Yıldız Mah. Papatya Sok. No:9")]
    [InlineData("Deliver to Dimas Prasetyo, Jl. Diponegoro No. 21, Surabaya 60241.", "Jl. Diponegoro No. 21")]
    [InlineData("Ship to Kari Solberg, Thorvald Meyers gate 18, 0555 Oslo.", "Thorvald Meyers gate 18")]
    [InlineData("Translate: Đỗ Văn Long sống tại 18 Hai Bà Trưng, Quận 3, TP. Hồ Chí Minh.", "18 Hai Bà Trưng, Quận 3")]
    [InlineData("Translate: Libuše Krejčí bydlí na adrese Jugoslávská 15, 120 00 Praha 2.", "Jugoslávská 15")]
    [InlineData("Send the refund letter to Ilse Verbeek, Oudegracht 112, 3511 AV Utrecht.", "Oudegracht 112")]
    [InlineData("Customer Rafał Sadowski, Polna 3, 05-500 Piaseczno, wants a callback.", "Polna 3")]
    [InlineData("Translate: Andreea Vlad locuiește pe Str. Mihai Eminescu nr. 14, Iași.", "Str. Mihai Eminescu nr. 14")]
    public void OtherCountriesAddressOfAPerson_Fires(string text, string address) =>
        Assert.Contains(("person_address", address), Entities(text));

    [Theory]
    [InlineData("What is the best restaurant near Corso Vittorio Emanuele 20, Roma?")]
    [InlineData("Our office is at al. Jerozolimskie 65, 00-697 Warszawa; opening hours 9-17.")]
    [InlineData("How do I get from Bağdat Cad. No: 200 to Taksim by metro?")]
    [InlineData("The museum at Av. da Liberdade 194, 1250-096 Lisboa opens at 10.")]
    [InlineData("Is Karl Johans gate 31, 0159 Oslo near the Royal Palace?")]
    [InlineData("Acme Sp. z o.o., ul. Prosta 20, 00-850 Warszawa, NIP 527-00-00-000.")]
    [InlineData("Ship 12 units to Ankara Lojistik A.Ş., Organize Sanayi Bölgesi 3. Cad. No:14, Sincan.")]
    [InlineData("Jones et al. Nature 2019 reported 12 cases.")]
    [InlineData("Boarding at gate 22 closes 20 minutes before departure.")]
    [InlineData("Hotels near Jl. Malioboro No. 52, Yogyakarta: which is cheapest?")]
    public void OtherCountriesAddressWithoutAPerson_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("Passenger manifest: PRZYBYLSKA/AGATA MRS, seat 22A, DOB 04APR1986.", "person_birth_date", "PRZYBYLSKA/AGATA MRS")]
    [InlineData("PNR QW3E9R: OKONJO/CHIDI EMEKA MR born 11/09/1979.", "person_birth_date", "OKONJO/CHIDI EMEKA MR")]
    [InlineData("Booking ref 8KD2L, pax DUBOIS/MARGOT, allergic to penicillin.", "person_health", "DUBOIS/MARGOT")]
    [InlineData("Meeting notes: Min-seo Kang's new address is 7 Ferry Lane, Bristol BS1 6TY.", "person_address", "7 Ferry Lane")]
    public void PassengerAndPossessiveNames_Fire(string text, string type, string value) =>
        Assert.Contains((type, value), Entities(text));

    [Theory]
    [InlineData("HOLLOWAY/LONDON route: next departure 14:20, 12 seats left.")]
    [InlineData("Flight BA117 LHR/JFK departs 08:25, gate B32.")]
    [InlineData("Set the FILE/PATH variable to 12 before the SALARY report runs.")]
    public void SlashedCapitalsWithoutTitleOrBooking_AreNoName(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));

    [Theory]
    [InlineData("Note for the nursery: Alfie Brennan is just 1 year and 7 months old.", "Alfie Brennan")]
    [InlineData("Imogen Castell is 9 weeks old and feeding well.", "Imogen Castell")]
    [InlineData("Eamon Tierney, 58 years of age, applied for the caretaker post.", "Eamon Tierney")]
    [InlineData("Our niece Rosa Villanueva, six months old, has her first check-up.", "Rosa Villanueva")]
    public void BabyAgesAndFormalAges_AreBirthData(string text, string name) =>
        Assert.Contains(("person_birth_date", name), Entities(text));

    [Theory]
    [InlineData("The bread Nadia Okafor baked is 3 days old now.")]
    [InlineData("Nadia Okafor says the contract template is 8 months old and needs a review by the legal team.")]
    [InlineData("How many months old should a puppy be before its first walk?")]
    [InlineData("The statue of Ho Chi Minh was unveiled; he was born in 1890.")]
    [InlineData("Kim Jong-un was born in 1984 according to most sources.")]
    public void OldThingsAndPublicFigures_AreNoBirthData(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_birth_date");

    [Theory]
    [InlineData("Import these rows: \"Name: PHAM THI THU TRANG; Date of birth: 02.III.1991\"", "person_birth_date", "PHAM THI THU TRANG")]
    [InlineData("Nguyen Van Minh Duc was admitted with dengue fever on Monday.", "person_health", "Nguyen Van Minh Duc")]
    [InlineData("Ward list, tidy it up:\nOYELARAN, Bisi: diagnosed with sickle cell 2015", "person_health", "OYELARAN, Bisi")]
    // "meds" beside the name is a health cue since the sixteenth pass: the patient's name is reported as health data (High).
    [InlineData("Tidy this handover note: patient wojtek marczak transferred to ward 9, meds with him", "person_health", "wojtek marczak")]
    [InlineData("Translate the CRM note: \"Kunden Ragnhild Moe ringte om fakturaen.\"", "person_record", "Ragnhild Moe")]
    public void RecordNameForms_AreNames(string text, string type, string value) =>
        Assert.Contains((type, value), Entities(text));

    [Theory]
    [InlineData("Pull JSON {name, street, postcode} out of this order:\nSHIP TO: ADEBAYO-COLE, Tunde\n14 Marsh Lane\nLeeds LS9 8AB", "14 Marsh Lane")]
    [InlineData("Crew handover:\nPICKUP: 31 Heron Way, Flat 2, Bolton BL1 4QT\nPT: WALSH, Niamh\nFall at home, conscious.", "31 Heron Way")]
    [InlineData("Make my ad nicer: \"Spare room in my flat, 2nd floor, 88 Gloucester Road, Bristol BS7 8AE, ask for Maya\" - listing goes up Friday.", "88 Gloucester Road")]
    public void RecordAddressForms_Fire(string text, string address) =>
        Assert.Contains(("person_address", address), Entities(text));

    [Theory]
    [InlineData("Why do Russian Mir cards start with 2200 to 2204, and how do banks route them?")]
    [InlineData("Fill the template: Dear {name}, your parcel to {street} ships on Monday.")]
    [InlineData("Flats to let at 12 Harbour View, Plymouth PL1 2AA: viewing Saturday 10-12.")]
    [InlineData("Rooms 101 to 120, Block C: cleaning on Tuesday.")]
    public void RangesTemplatesAndListings_DoNotFire(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));
}
