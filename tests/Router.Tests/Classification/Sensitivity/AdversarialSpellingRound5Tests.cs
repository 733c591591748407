using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// The fifth attack round (issue 15): base32 blocks, look-alike letters for digits beyond O and l (S, B, Z, G…) where the
/// result is a valid identifier, thousands separators inside a card, and cells with decoys around a cut number. Each is
/// found on the classifier's view; the look-alikes next to them stay clean.
/// </summary>
public sealed class AdversarialSpellingRound5Tests
{
    private readonly ISensitivityClassifier _classifier = SensitivityClassifierFactory.Create();

    public static TheoryData<string, string> Found() => new()
    {
        // Base32 (RFC 4648), padded or not, either case; digits alone encode to letters alone.
        { "decode this: GQ2TENRQGE4DCNJZGA4DGMBRGI======", "payment_card" },
        { "data GEYTAMJQGUYTSNBZGEZDGMJQGAZFQ end", "cn_resident_id" },
        { "I5BDEOKOK5BEWNRQGE3DCMZTGE4TENRYGE4Q====", "iban" },
        { "b32: nv4say3bojsca2ltea2dkmrwgaytqmjvheydqmzqgeza", "payment_card" },
        // S, B, Z, G, g for 5, 8, 2, 6, 9 where the result is valid: a card, a resident ID, an IBAN's check and account digits.
        { "card 4S26 01B1 S90B 3012", "payment_card" },
        { "my card 452601B1590B3012", "payment_card" },
        { "card4S260181S9083012", "payment_card" },
        { "id 11010S1g4g1231002X", "cn_resident_id" },
        { "IBAN GBZ9NWBK601613319Z6819", "iban" },
        { "IBAN GBZ9 NWBK 6016 1331 9Z68 19", "iban" },
        // Thousands separators inside a card.
        { "card 4,526,018,159,083,012", "payment_card" },
        { "card: 4.526.018.159.083.012", "payment_card" },
        { "my card 4 526 018 159 083 012", "payment_card" },
        { "pay 4'526'018'159'083'012", "payment_card" },
        // Cells with decoys around the printed groups.
        { "| 4526 | 0181 | 5908 | 3012 | 77 |", "payment_card" },
        { "[\"4526\",\"0181\",\"5908\",\"3012\",\"9999\"]", "payment_card" },
        { "<td>4526</td><td>0181</td><td>5908</td><td>3012</td><td>42</td>", "payment_card" },
        { "| 12 | 4526 | 0181 | 5908 | 3012 |", "payment_card" },
        { "cells: 110105;19491231;002X;88", "cn_resident_id" },
        // A block right after "key=", whose '=' once hid the block's first character.
        { "payload=GQ2TENRQGE4DCNJZGA4DGMBRGI======&x=1", "payment_card" },
        { "https://example.com/?data=bXkgY2FyZCBpcyA0NTI2MDE4MTU5MDgzMDEy", "payment_card" },
    };

    [Fact]
    public void Classify_NumberCutAroundAnotherTurn_Found()
    {
        var verdict = _classifier.Classify(["id 440106", "go on", "199001011235"], []);
        Assert.Contains(verdict.Entities, e => e.Type == "cn_resident_id");
        verdict = _classifier.Classify(["card 4526 0181", "ok, and the rest?", "5908 3012 thanks"], []);
        Assert.Contains(verdict.Entities, e => e.Type == "payment_card");
    }

    [Fact]
    public void Classify_NumbersAroundAnotherTurnThatFormNothing_NothingFound()
    {
        Assert.Empty(_classifier.Classify(["I counted 120 birds", "nice", "300 more today"], []).Entities);
        Assert.Empty(_classifier.Classify(["order total 4526 0181", "ok", "5908 3013 next"], []).Entities); // Luhn fails
    }

    [Theory]
    [MemberData(nameof(Found))]
    public void Classify_FifthRoundSpelling_Found(string text, string type)
    {
        var verdict = _classifier.Classify([text], []);
        Assert.Contains(verdict.Entities, e => e.Type == type);
    }

    [Theory]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWX is the alphabet minus two")] // base32-shaped, decodes to binary
    [InlineData("MFRGGZDFMZTWQ2LKNNWG23TP decodes to the first letters")] // base32 of plain letters
    [InlineData("internationalization and localization are long words")]
    [InlineData("CONSTANT_NAME_WITH_MANY_PARTS = 42")]
    [InlineData("SKU B8S5-Z2G6 in stock; models BS2000 and SB-850")] // look-alikes that read as no valid number
    [InlineData("card 4S26 01B1 S90B 3013")] // one digit off: Luhn fails, so S and B stay letters
    [InlineData("Bus routes 5B, 8S and Z2 stop at gate G6 at 10:45.")]
    [InlineData("The budget is 4,526,018,159 dollars")] // thousands: too short for a card
    [InlineData("GDP 17,734,062,645,371 USD")] // 14 digits in no card range
    [InlineData("| 2021 | 2022 | 2023 | 2024 | 2025 |")]
    [InlineData("| 1200 | 3400 | 5600 | 7800 | 9000 |")]
    public void Classify_FifthRoundLookAlike_NothingFound(string text) =>
        Assert.Empty(_classifier.Classify([text], []).Entities);

    [Fact]
    public void Classify_Base32_ReportedOverTheBlock()
    {
        const string block = "GQ2TENRQGE4DCNJZGA4DGMBRGI======";
        var text = "decode this: " + block + " thanks";
        var entity = Assert.Single(_classifier.Classify([text], []).Entities);
        Assert.Equal("payment_card", entity.Type);
        Assert.Equal(block, text[entity.Start..entity.End]);
    }
}
