using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the seventh pass (issue 15): a number cut over lines of one message behind continuation prefixes ("msg 2:",
/// "(continued)", 第二条/后半段/后面是/剩下的, the same chat speaker again); a local phone right after a contact verb ("text
/// 889-727624"); a UK (DVLA) licence after a bare "licence"; a passport label glued to its number and to the words after
/// it; and 号码 after an invoice code, which is the invoice's number, not a phone. Positives and hard negatives are written
/// for these tests (generated values).
/// </summary>
public sealed class IdentifierSeventhPassTests
{
    private static readonly HashSet<string> IdentifierTypes =
        ["payment_card", "iban", "us_ssn", "cn_resident_id", "passport_number", "driver_license", "phone", "cn_mobile"];

    private static List<(string Type, string Value)> Identifiers(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => IdentifierTypes.Contains(e.Type)).Select(e => (e.Type, text[e.Start..e.End]))];

    [Theory]
    [InlineData("msg 1: my card is 45391488\nmsg 2: 03436467 exp 04/30", "payment_card")]
    [InlineData("message 1: card number 6011 1588\nmessage 2: 1399 8697", "payment_card")]
    [InlineData("first half of my card: 35308797\nsecond half: 30911419", "payment_card")]
    [InlineData("[10:01] Anna: the number is 453914\n[10:01] Anna: 880343\n[10:02] Anna: 6467", "payment_card")]
    [InlineData("Bob: visa 6011158813\nBob: 998697", "payment_card")]
    [InlineData("第一条：身份证前半段 440106199\n第二条：后半段 001011235", "cn_resident_id")]
    [InlineData("身份证号码前半段是440106199001\n剩下的是011235", "cn_resident_id")]
    [InlineData("IBAN part one DE89 3704 0044\n(continued) 0532 0130 00", "iban")]
    [InlineData("我手机号前面是 138001\n后面是 38000", "cn_mobile")]
    [InlineData("Part 1/2: my SSN is 536-22\nPart 2/2: 4187", "us_ssn")]
    [InlineData("Kim (14:02): card 601115\nKim (14:02): 881399\nKim (14:03): 8697", "payment_card")]
    [InlineData("Kim [14:02]: visa 60111588\nKim [14:02]: 13998697", "payment_card")]
    [InlineData("1/2: card 35308797\n2/2: 30911419", "payment_card")]
    [InlineData("first 8: 35308797\nlast 8: 30911419", "payment_card")]
    [InlineData("card first half 60111588\nand the second half 13998697", "payment_card")]
    [InlineData("卡号前8位 60111588\n后8位 13998697", "payment_card")]
    [InlineData("卡号前八位是35308797\n后八位是30911419", "payment_card")]
    [InlineData("身份证 440106199\n下一条 001011235", "cn_resident_id")]
    public void NumberCutOverContinuedLines_IsFound(string text, string type) =>
        Assert.Contains(Identifiers(text), e => e.Type == type);

    [Theory]
    [InlineData("msg 1: total 1200\nmsg 2: 3400 items")]
    [InlineData("[10:01] Anna: I have 3 apples\n[10:02] Anna: 45 pears")]
    [InlineData("[10:01] Anna: meeting at 1030\n[10:05] Bob: 1100 works")]
    [InlineData("[09:00] Lee: the build took 1200\n[09:00] Lee: 3400 ms in total")]
    [InlineData("part 1: 2019 revenue 4500000\npart 2: 2020 revenue 5100000")]
    [InlineData("第一条：价格 1200 元\n第二条：数量 3400 件")]
    [InlineData("step 1: add 1200\nstep 2: 3400 more")]
    [InlineData("1) 2019: 4500\n2) 2020: 5100")]
    [InlineData("msg 1: order 45391488\nmsg 2: 03436467 shipped")]
    [InlineData("Kim (14:02): we sold 1200\nLee (14:03): 3400 here")]
    [InlineData("1/2: add 200 g flour\n2/2: 300 g sugar")]
    [InlineData("first 4: 1200\nlast 4: 3400")]
    [InlineData("call count\n1200\n3400\n5600")]
    [InlineData("calls per day\n1380\n0013\n8000")]
    public void FiguresOnContinuedLines_AreNoIdentifier(string text) =>
        Assert.Empty(Identifiers(text));

    [Theory]
    [InlineData("text 889-727624 when you land", "889-727624")]
    [InlineData("Text: 8897-27624 tonight", "8897-27624")]
    [InlineData("ok, txt 88-972762 later", "88-972762")]
    public void LocalNumberAfterAContactVerb_IsAPhone(string text, string phone) =>
        Assert.Contains(("phone", phone), Identifiers(text));

    [Theory]
    [InlineData("手机 138\n0013\n8000", "cn_mobile")]
    [InlineData("手机\n139\n1234\n5678", "cn_mobile")]
    [InlineData("call 0412\n345\n678", "phone")]
    [InlineData("phone:\n415\n555\n2671", "phone")]
    public void PhoneNamedByItsLabel_OneGroupPerLine_IsFound(string text, string type) =>
        Assert.Contains(Identifiers(text), e => e.Type == type);

    [Theory]
    [InlineData("Read the text 12345678 carefully")]
    [InlineData("the text 889-727624 is a code")]
    [InlineData("增值税发票代码 044031900111，号码 12345678")]
    [InlineData("发票代码 144031909110 发票号码 05123456")]
    [InlineData("订单已发货，号码 87654321")]
    public void TextAsANoun_OrAnInvoiceNumber_IsNoPhone(string text) =>
        Assert.DoesNotContain(Identifiers(text), e => e.Type == "phone");

    [Theory]
    [InlineData("发票上的电话号码 12345678", "12345678")]
    [InlineData("联系号码 87654321", "87654321")]
    public void PhoneNumberWords_StillSayPhone(string text, string phone) =>
        Assert.Contains(("phone", phone), Identifiers(text));

    [Theory]
    [InlineData("Licence VLBLP-541064-JJ1XM", "VLBLP-541064-JJ1XM")]
    [InlineData("licence number MORGA753116SM9IJ", "MORGA753116SM9IJ")]
    [InlineData("my license is WOODS 807153 JM9 KT, issued 2019", "WOODS 807153 JM9 KT")]
    [InlineData("UK licence: BROWN702143AB3CD", "BROWN702143AB3CD")]
    public void UkLicenceAfterABareLicenceWord_IsFound(string text, string licence) =>
        Assert.Contains(("driver_license", licence), Identifiers(text));

    [Theory]
    [InlineData("Licence key ABCDE-123456-XY1ZZ for the software")]
    [InlineData("Software licence: AB12CD34EF56GH78")]
    [InlineData("licence fee paid on 2024-05-06 ref ABCDE123456XY1ZZ")]
    [InlineData("product code VLBLP-541064-JJ1XM in stock")]
    public void LicenceKeysAndUnlabelledCodes_AreNoLicence(string text) =>
        Assert.DoesNotContain(Identifiers(text), e => e.Type == "driver_license");

    [Theory]
    [InlineData("passportno449533347validuntil2031", "449533347")]
    [InlineData("passportnumber:E12345678expires2030", "E12345678")]
    [InlineData("PassportNo.G87654321thanks", "G87654321")]
    public void PassportLabelGluedToItsNumber_IsFound(string text, string number) =>
        Assert.Contains(("passport_number", number), Identifiers(text));

    [Theory]
    [InlineData("my passport number is, as I told you before on the other form you sent me, G87654321", "G87654321")]
    [InlineData("passport (the new one, not the old one that expired in March) : E12345678", "E12345678")]
    [InlineData("passport no. — please copy it exactly as written on the photo page and nowhere else — 449533347", "449533347")]
    public void PassportLabelBeforeAnAside_NamesTheFirstNumberAfterIt(string text, string number) =>
        Assert.Contains(("passport_number", number), Identifiers(text));

    [Theory]
    [InlineData("I renewed my passport last spring, and the new office on the high street has ticket 12345678 on the wall")]
    [InlineData("passport photos are taken at the booth downstairs; for bookings ring them, the booking code is E12345678")]
    [InlineData("my passport expired so I travelled with the ID card, which cost 25 euros, reference 123456789")]
    public void PassportWordFarBeforeAnotherNumber_IsNoPassport(string text) =>
        Assert.DoesNotContain(Identifiers(text), e => e.Type == "passport_number");

    [Theory]
    [InlineData("passports2019 and 12345678")]
    [InlineData("passportphoto1234 booth opens at 9")]
    public void PassportWordsWithoutAGluedNumber_AreNoPassport(string text) =>
        Assert.DoesNotContain(Identifiers(text), e => e.Type == "passport_number");
}
