using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the sixteenth pass (issue 15, session 24), from the thirteenth and twelfth authors' classes. Found: a number a
/// card word labels across a purpose phrase ("the card we hold for the booking is …", any prefix, bad check digit), a card whose
/// expiry month the OCR glued onto the digit run, a +country number libphonenumber finds valid after a business word, European
/// phone words ("mobilnr", "puh.", "moje číslo", "numaram"), and labels run together with the number ("mynumberis…",
/// "callmeon…", "cardno…"). Not phones: digits glued to a mask run (a masked 身份证 after a phone word). Messages of one request
/// are split at U+241E. Every value and sentence is written for these tests (card check digits generated, good or bad on purpose).
/// </summary>
public sealed class IdentifierSixteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) =>
        [.. Classifier.Classify(text.Split('\u241E'), SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    private static bool Sensitive(string text) =>
        Classifier.Classify(text.Split('\u241E'), SensitivityScope.WithTerms([])).IsSensitive;

    // Every network's prefix, each with a failing Luhn digit (generated).
    public static TheoryData<string> BadLuhnCards =>
    [
        "4994 5989 6339 5187", "5173 7707 3993 9640", "2221 4727 9025 5757", "3451 689364 46199", "3740 454820 89976",
        "6011 0947 1578 3736", "6542 2107 9633 0806", "6447 1435 8786 3536", "3635 226399 2973", "3528 5820 7455 9556",
        "6244 8146 5212 2649", "6304 1656 7562 2038 157", "5063 9511 0985 8091", "2200 2663 7975 3781", "8177 7226 2783 1340",
        "9792 4348 4210 0974",
    ];

    [Theory]
    [MemberData(nameof(BadLuhnCards))]
    public void BadLuhnNumber_AfterACardLabel_IsACard(string number)
    {
        Assert.Contains("payment_card", Types($"my card number is {number}"));
        Assert.Contains("payment_card", Types($"Credit card: {number}"));
        Assert.Contains("payment_card", Types($"The debit card we keep for the reservation is {number}."));
        Assert.Contains("payment_card", Types($"The card on the order was {number} — she says it is a card from a small bank."));
    }

    [Theory]
    [InlineData("The credit card we hold for the booking is 6011 0947 1578 3736 — the client says it is a corporate card from a credit union.")]
    [InlineData("The debit card we have for the order is 4994 5989 6339 5187, and he says it is a prepaid card from a local bank.")]
    [InlineData("the amex attached to this invoice is 3451 689364 46199, a company card apparently")]
    [InlineData("Her visa on the booking was 5173 7707 3993 9640 — she said it's from a regional bank.")]
    [InlineData("The card for the shipment is 2200 2663 7975 3781; the buyer says it is a Mir card.")]
    [InlineData("Mastercard on the ticket is 2221 4727 9025 5757. Guest says it is a business card from his employer.")]
    [InlineData("The card we charged for the reservation is 6304 1656 7562 2038 157, a Maestro card from a savings bank.")]
    [InlineData("Invoice from the hotel: the card on the invoice was 6542 2107 9633 0806")]
    public void CardWord_BeforeAPurposePhrase_LabelsTheNumber(string text) =>
        Assert.Contains("payment_card", Types(text));

    [Theory]
    [InlineData("Booking reference 6011 0947 1578 3736 — please confirm the dates for the card holder.")]
    [InlineData("Order number 4994598963395187 was paid by card.")]
    [InlineData("Paid by card for order 5173770739939640.")]
    [InlineData("Card payment for invoice 2221472790255757 received, thank you.")]
    [InlineData("The card reader for order 6542210796330806 is broken.")]
    [InlineData("Tracking number 3528 5820 7455 9556 for the gift card shipment.")]
    public void BusinessNumber_NearACardWord_NotACard(string text) =>
        Assert.DoesNotContain("payment_card", Types(text));

    [Theory]
    [InlineData("cardno6011094715783736thanks")]
    [InlineData("mycreditcardis4994598963395187ok")]
    [InlineData("visa5173770739939640pls")]
    [InlineData("hereismycardnumber2221472790255757")]
    [InlineData("amex345168936446199thx")]
    [InlineData("thecardnumberis6447143587863536")]
    public void CardLabel_RunTogetherWithTheNumber_IsACard(string text) =>
        Assert.Contains("payment_card", Types(text));

    [Theory]
    [InlineData("order4994598963395187thanks")]
    [InlineData("giftcertificate4994598963395187")]
    [InlineData("invoiceno5173770739939640")]
    public void BusinessWord_RunTogetherWithANumber_NotACard(string text) =>
        Assert.DoesNotContain("payment_card", Types(text));

    [Theory]
    [InlineData("OCR of a parking receipt: 'Paid 4533 1165 0816 4789 07/28  Level 3  Hours 4'. Put it in a table.")]
    [InlineData("folio scan: Guarantee 5341 9580 0613 1953 11/29 Room 212 Nights 2")]
    [InlineData("slip OCR — Deposit 6304 9642 0199 7828 197 03/30 Bay 7 Days 6")]
    [InlineData("rental slip: Hold 6282 6997 5001 8266 1 12/28 Stall 4")]
    [InlineData("receipt: Amex 3794 989498 98307 1/27 Table 9 Guests 4")]
    [InlineData("租车单 OCR：押金 6222 3629 8640 6935 08/2029 车位 12 天数 3，整理成表格")]
    [InlineData("Guarantee 2720 3015 7103 423709/28 Room 14")]
    [InlineData("scan: Card 4541 2354 8276 2008 742 05/31 Pump 2")]
    public void Card_WithItsExpiryGluedOn_IsACard(string text) =>
        Assert.Contains("payment_card", Types(text));

    [Theory]
    [InlineData("Batch 1234 5678 9012 3456 08/29 Bay 14")]
    [InlineData("Version 2024 0815 3321 0047 08/29")]
    [InlineData("Meter 0012 3456 7788 9901 08/29 reading")]
    [InlineData("Shipment 4533 1165 0816 4780 07/28 pallet 4")]
    public void NumberBeforeADate_NotACard(string text) =>
        Assert.DoesNotContain("payment_card", Types(text));

    [Theory]
    [InlineData("Invoice contact: +36 30 512 7734")]
    [InlineData("Order placed by +44 7911 123456 yesterday, can you draft a reply?")]
    [InlineData("Tracking updates go to +49 151 23456789")]
    [InlineData("Number on the quote: +36 20 318 4470. Is this a landline?")]
    [InlineData("Booking made from +46 73 612 45 90, which carrier is that?")]
    [InlineData("Ticket raised by +48 512 334 778 this morning")]
    public void ValidInternationalNumber_AfterABusinessWord_IsAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("Order +12 shipped")]
    [InlineData("Invoice total +36 300 EUR")]
    [InlineData("Order number 36305127734 shipped")]
    public void PlusAmounts_AfterABusinessWord_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("Mit nummer er 22 33 44 55, kan du svare på engelsk?")]
    [InlineData("Moje číslo je 602 123 456, můžeš odpovědět anglicky?")]
    [InlineData("Mitt mobilnr är 073-612 45 90")]
    [InlineData("puh. 040 123 4567, vastaa englanniksi")]
    [InlineData("Mobilszámom 06 30 512 7734, írj vissza angolul")]
    [InlineData("Telefon numaram 0532 123 45 67, İngilizce cevap verir misin?")]
    [InlineData("Numărul meu de telefon este 0722 123 456")]
    [InlineData("Moj broj je 091 234 5678, možeš odgovoriti na engleskom?")]
    [InlineData("tlf.nr 22 33 44 55")]
    [InlineData("Mijn nummer is 06 1234 5678")]
    public void LocalPhoneWord_BeforeANationalNumber_IsAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("Ordrenummer 22 33 44 55 er sendt")]
    [InlineData("Číslo objednávky 602 123 456")]
    [InlineData("Numer zamówienia 512 334 778")]
    [InlineData("Bestellnummer 0171 2345678")]
    public void OrderNumber_InOtherLanguages_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("mynumberis473920186thanks")]
    [InlineData("callmeon0712345678pls")]
    [InlineData("heyitsmariamynumberis0412 555 019thanks")]
    [InlineData("textmeat+447911123456")]
    [InlineData("myphonenumberis2025550143")]
    [InlineData("reachmeon 0612345678")]
    [InlineData("pleaseringmeat0161 832 4417 tonight")]
    public void PhoneLabel_RunTogetherWithTheNumber_IsAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("ordernumberis473920186thanks")]
    [InlineData("mynumberofitemsis12345678")]
    [InlineData("callmethod1234567")]
    [InlineData("version473920186build")]
    [InlineData("sha473920186abc")]
    public void RunTogetherWords_WithoutAPhoneLabel_NotAPhone(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("联系电话示例：身份证号格式示例 310104198807156XXX 能放进帮助文档里吗")]
    [InlineData("电话格式示例 138****5678，能写进文档吗")]
    [InlineData("Phone field sample: 0712345xxx (masked)")]
    [InlineData("tel. 3101041988071XX is how the masked export looks")]
    public void DigitsGluedToAMask_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    // GUIDE 3b: the writer's own numbers beside the same mask cue still count.
    [Theory]
    [InlineData("Phone on file: 0712 345 678, the old one is 0712345xxx")]
    [InlineData("电话 13812345678，身份证 310104198807156XXX")]
    [InlineData("Call me on 020 7123 4567 — my ID 310104198807156XXX is masked for you")]
    public void OwnNumber_BesideAMaskedValue_StillCounts(string text) =>
        Assert.True(Sensitive(text));
}
