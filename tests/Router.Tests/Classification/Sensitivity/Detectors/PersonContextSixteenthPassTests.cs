using Router.Classification;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Address, birth-date and public-person classes of the sixteenth pass (issue 15, s24-ctx1): a vCard's ADR street whatever its
/// words, Ukrainian streets in transliteration, "our flat's at" and a German street word standing on its own, log fields with
/// JSON-escaped quotes, FHIR and HL7 patient names written in mixed case with the birth date, a private player's card, Chinese
/// name–date lists under a task line; and, as exemptions, a star's handle with the real name in brackets in a career question and
/// anime, cartoon and game characters. Hard negatives beside each class and must-still-fire rows with the writer's own data for
/// each exemption (GUIDE 3b). All examples are written for these tests.
/// </summary>
public sealed class PersonContextSixteenthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nFN:Wiesława Kowalczyk\nADR;TYPE=HOME:;;Słoneczna 41;Toruń;;87-100;Poland\nEND:VCARD\nWhy does my phone show the street twice?")]
    [InlineData("BEGIN:VCARD\nVERSION:4.0\nFN:Eero Laaksonen\nADR;TYPE=\"home\":;;Puistokatu 8 B 12;Turku;;20100;Finland\nEND:VCARD")]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nN:Brzezińska;Halina;;;\nFN:Halina Brzezińska\nADR:;;Polna 17/4;Lublin;;20-001;Poland\nEND:VCARD\nexplain each field")]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nFN:Mateja Novak\nitem1.ADR;type=HOME;type=pref:;;Trubarjeva 22;Ljubljana;;1000;Slovenia\nEND:VCARD")]
    [InlineData("帮我把这张名片转成表格：\nBEGIN:VCARD\nFN:Dorota Wiśniewska\nADR;TYPE=home:;;Kwiatowa 5;Kraków;;30-001;Poland\nEND:VCARD")]
    [InlineData("BEGIN:VCARD\nVERSION:2.1\nFN:Jonas Petrauskas\nADR;HOME:;;Vilniaus 31-7;Kaunas;;44280;Lithuania\nEND:VCARD")]
    public void VCardHomeStreets_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("In a vCard, ADR;TYPE=home:;;street;city;region;postcode;country: which part is the street?")]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nFN:[Full name]\nADR;TYPE=home:;;[Street 1];[City];;[Postcode];[Country]\nEND:VCARD\nUse this template.")]
    [InlineData("BEGIN:VCARD\nVERSION:3.0\nORG:Kowalski Okna Sp. z o.o.\nADR;TYPE=work:;;Przemysłowa 12;Bydgoszcz;;85-758;Poland\nEND:VCARD")]
    public void VCardStreets_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Please address the box to Halyna Tkachenko, vul. Sadova 14, kv. 7, Poltava 36000, Ukraine.")]
    [InlineData("pls format nicely: Iryna Bondarenko, prosp. Peremohy 37, kv. 101, Kyiv 03056")]
    [InlineData("Send the papers to Andriy Koval, prov. Tykhyi 3, Odesa 65000.")]
    [InlineData("Taras Hnatyuk, bul. Shevchenka 22, bud. 4, kv. 9, Kharkiv 61000 - write it in Cyrillic")]
    [InlineData("把这个地址翻成中文填快递单：Olena Kravets, vul. Kozatska 8, kv. 15, Dnipro 49000, Ukraine")]
    [InlineData("My grandmother lives at vul. Zelena 112, kv. 4, Lviv 79000: how do I write that on a Christmas card?")]
    public void TransliteratedUkrainianStreets_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What does vul. mean in Ukrainian addresses, and is kv. the flat number?")]
    [InlineData("The museum is at vul. Lesi Ukrainky 11, Lviv. What are its opening hours?")]
    [InlineData("Our company office: TOV Sonyachnyi, vul. Promyslova 5, Kharkiv 61000.")]
    public void TransliteratedUkrainianStreets_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("my flat's at Mariahilfer Straße 101, 4th floor, 1060 Wien; write a short note for the cleaner")]
    [InlineData("Our house's at Lindenstraße 3, 2nd floor, 50674 Köln. Make a checklist for the cat sitter.")]
    [InlineData("Please post the spare keys to Anna Berger, Mariahilfer Straße 101, 1060 Wien.")]
    [InlineData("Ship the parcel to Lukas Brandt, Karl Marx Allee 90, 10243 Berlin.")]
    [InlineData("Wir wohnen in der Neue Gasse 7, 3. Stock, 8001 Zürich. Our flat is at Neue Gasse 7: translate the note for the sitter.")]
    [InlineData("我们家在 Kaiser Platz 4, 2. OG, 80331 München，帮我写一段给保姆的说明。")]
    public void EuropeanHomes_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Our office is at Friedrich Straße 68, 4th floor, 10117 Berlin; add it to the email signature.")]
    [InlineData("The gallery is at Schönhauser Allee 36, 2nd floor, Berlin. Is it open on Sundays?")]
    [InlineData("Is Mariahilfer Straße 101 in Vienna a good area for tourists to stay?")]
    public void EuropeanHomes_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("[2026-11-05 22:14:53] device=Front-Door owner=\\\"Kwame Mensah\\\" location=\\\"14 Akosombo Road, Airport Residential, Accra\\\" event=motion")]
    [InlineData("doorbell_event user=\\\"Ngozi Adeyemi\\\" home=\\\"5 Allen Avenue, Ikeja, Lagos\\\" battery=81")]
    [InlineData("Why does my parser choke on this: level=info owner=\\\"Marek Dvorak\\\" location=\\\"22 Larch Way, Inverness IV2 4LP\\\" msg=door_open")]
    [InlineData("日志解析报错：device=门铃 owner=\\\"Olumide Bakare\\\" location=\\\"9 Adeola Odeku Street, Victoria Island, Lagos\\\" event=ring，怎么转义？")]
    public void EscapedLogFields_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("device=Lobby-Cam owner=\\\"facilities\\\" location=\\\"Level 3 lobby, 12 Market Street\\\" event=motion")]
    [InlineData("Format: device=<id> owner=\\\"<name>\\\" location=\\\"<address>\\\" event=<type>. What does the backslash do?")]
    [InlineData("device=Cam-2 owner=\\\"Acme Security Ltd\\\" location=\\\"Unit 9, 40 Industrial Way\\\" event=tamper")]
    public void EscapedLogFields_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Lindgren\",\"given\":[\"Maja\"]}],\"birthDate\":\"1990-02-17\",\"gender\":\"female\"} why does the validator complain?")]
    [InlineData("{\"resourceType\": \"Patient\", \"gender\": \"female\", \"name\": [{\"use\": \"official\", \"family\": \"Nakashima\", \"given\": [\"Ren\"]}], \"birthDate\": \"2001-12-05\"}")]
    [InlineData("Patient export: {\"family\": \"Moreau\", \"given\": [\"Claire\", \"Anne\"], \"birthDate\": \"1972-08-30\"} convert to XML")]
    [InlineData("这个FHIR资源校验不通过：{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Asante\",\"given\":[\"Kofi\"]}],\"birthDate\":\"1983-11-30\"}，哪里错了？")]
    [InlineData("PID|1||778812^^^MRN||Haddad^Samir^J||19850611|M|||22 Cedar St^^Boston^MA^02118")]
    [InlineData("MSH|^~\\&|LAB|HOSP|||202611031200||ADT^A01|1|P|2.5\nPID|||5521^^^HOSP^MR||Ferreira^Ana||19680301|F\nparse this")]
    public void PatientRecords_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"[Family]\",\"given\":[\"[Given]\"]}],\"birthDate\":\"YYYY-MM-DD\"}")]
    [InlineData("In FHIR, what format does Patient.birthDate use, and is 1979-10-03 valid without a time?")]
    [InlineData("PID-5 holds the patient name as Family^Given and PID-7 the date of birth as YYYYMMDD: which field is the MRN?")]
    public void PatientRecords_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Write a player card: Kacper Nowicki, born 9 January 2005, from Wroclaw, AWPs for our academy squad.")]
    [InlineData("Player profile for the club site: Tiago Mendes Rocha, born 14 February 2007, from Braga, plays left back.")]
    [InlineData("Player bio please: real name Emeka Obi, born 30 June 2006, from Enugu, mains Thresh.")]
    [InlineData("Team page blurb: real name Mateus Carvalho, born 21 June 2006, from Porto Alegre, plays support.")]
    [InlineData("Birthday post for my mate Ruairi Gallagher, born 11/12/2004, turning 22 this week.")]
    [InlineData("选手卡片：本名 Lucas Andrade Costa，出生于 2006 年 5 月 8 日，来自 Manaus，主玩辅助。帮我润色。")]
    public void PrivatePlayersAndFriends_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Write a player card template: Name, born DD Month YYYY, from [Town], role.")]
    [InlineData("Who is the youngest player ever born in 2007 to play at Worlds?")]
    [InlineData("Write a birthday post for Taylor Swift, born 13 December 1989.")]
    public void PrivatePlayers_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("酒店入住批量登记，整理成表格：韦嘉宁 1992-05-14；蒲晓东 1989-11-02；两人一间。")]
    [InlineData("报名信息导入：林书瑶 2012-06-08；陈海涛 2011-10-21；同一个班。")]
    [InlineData("合同签约人：裴思琪（1987-03-15）、卫子昂（1985-07-22），帮我写进附件。")]
    [InlineData("签约客户导入：周嘉怡 1993-02-11、吴浩然 1990-08-30，帮我转成表格。")]
    [InlineData("团员名单转Excel：柏子轩 2001-08-19，邬若兰 1999-12-03，卜一鸣 2003-01-27。")]
    [InlineData("帮我把这几个人按年龄排序：滕雨欣 1995/04/11、鄢浩然 1990/09/30、訾梦琪 1998/02/05。")]
    public void HanNameDateLists_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("入住日期：韦嘉宁 2016-05-14；蒲晓东 2016-05-15；两人一间。")]
    [InlineData("请假记录：\n周嘉怡 2015-02-11")]
    [InlineData("转成表格：2024-03-22 上线；2024-07-09 复盘；同一个项目。")]
    [InlineData("请假记录：周嘉怡 2015-02-11；吴浩然 2015-08-30。")]
    public void HanNameDateLists_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("TheShy (Kang Seung-lok) was born in 2000; which teams has he played for?")]
    [InlineData("s1mple (Oleksandr Kostyliev) was born in 1997. How many majors did he win?")]
    [InlineData("ZywOo (Mathieu Herbaut) was born in 2000 — what titles has he won?")]
    public void StarHandles_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // The same handle-and-real-name shape for the writer's own player, friend or child still fires.
    [Theory]
    [InlineData("My teammate Blaze (Tom Harris) was born in 1999; which teams should he try out for?")]
    [InlineData("Our sub Nova (Lena Moran) was born on 3 May 2008 — which teams did she play for before us?")]
    [InlineData("Kestrel (Ayo Bankole) was born on 12 March 2009, he's my son: which teams has he played for this season?")]
    public void StarHandles_OwnPlayersStillFire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Write a bio for Edward Elric: age 15, from Resembool.")]
    [InlineData("Write a profile for Sailor Moon (Usagi Tsukino): age 14, lives in Azabu-Juban.")]
    [InlineData("Character sheet for Tanjiro Kamado: age 13, born 14 July, from Mount Kumotori.")]
    public void CartoonCharacters_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // A private person in the same request shape, beside a character's name in another sentence, still fires.
    [Theory]
    [InlineData("Write a bio for my son Kieran Walsh: age 12, from Galway, plays hurling.")]
    [InlineData("My daughter loves Naruto. Write a bio for her: Aoife Brennan, age 11, from Cork, for her school page.")]
    [InlineData("Write a profile for our new intern Jake Moss: age 19, from Leeds.")]
    public void CartoonCharacters_PrivatePeopleStillFire(string text) =>
        Assert.True(IsSensitive(text));
    [Theory]
    [InlineData("ADR;TYPE=home:;;Słoneczna 41;Toruń;;87-100;Poland", "Słoneczna 41")]
    [InlineData("FN:Eero Laaksonen\nitem2.ADR:;;Puistokatu 8 B 12;Turku;;20100;Finland", "Puistokatu 8 B 12")]
    [InlineData("Label: Andriy Koval, prov. Tykhyi 3, Odesa 65000", "prov. Tykhyi 3")]
    [InlineData("Taras Hnatyuk, bul. Shevchenka 22, bud. 4, kv. 9, Kharkiv", "bul. Shevchenka 22, bud. 4, kv. 9")]
    [InlineData("Bitte an Anna Berger, Mariahilfer Straße 101, 1060 Wien", "Mariahilfer Straße 101")]
    public void Find_SixteenthPassShapes_FindsAddress(string text, string expected)
    {
        var found = new List<TextSpan>();
        StreetAddress.Find(text, ScanInput.CountDigits(text), found);

        Assert.Contains(found, f => text[f.Start..f.End] == expected);
    }

    [Theory]
    [InlineData("Roster bio: real name Joaquim Reis, born 3 March 2007, from Recife.")]
    [InlineData("The contract ran from 12 May 2019, then renewed.")]
    [InlineData("QUADR;TYPE=home:;;Kowalska 5;Gdańsk")]
    [InlineData("The DRADR: 12 units; 14 boxes;")]
    public void Find_DatesAndLookalikes_FindNoAddress(string text)
    {
        var found = new List<TextSpan>();
        StreetAddress.Find(text, ScanInput.CountDigits(text), found);

        Assert.Empty(found);
    }
}
