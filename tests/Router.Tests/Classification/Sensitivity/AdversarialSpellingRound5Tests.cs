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
    };

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
