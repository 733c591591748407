using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Spellings an attack run used to get identifiers past the classifier (issue 15). Each is caught on the
/// normalised view, and the entity's span points at the original characters.
/// </summary>
public sealed class AdversarialSpellingTests
{
    private readonly ISensitivityClassifier _classifier = SensitivityClassifierFactory.Create();

    [Theory]
    [InlineData("my ssn is 123-45\u200B-6789", "us_ssn")]
    [InlineData("card 4111\u00AD1111\u200C1111\u20601111", "payment_card")]
    [InlineData("\u8EAB\u4EFD\u8BC1 1101\uFEFF0519491231002X", "cn_resident_id")]
    public void Classify_FormatCharactersInside_Found(string text, string type)
    {
        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal(type, entity.Type);
    }

    [Theory]
    [InlineData("card \u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661")]
    [InlineData("card \u096A\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967")]
    [InlineData("card \u0E54\u0E51\u0E51\u0E51 \u0E51\u0E51\u0E51\u0E51 \u0E51\u0E51\u0E51\u0E51 \u0E51\u0E51\u0E51\u0E51")]
    [InlineData("card \U0001D7D2\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7CF")]
    public void Classify_DigitsOfOtherScripts_FoundWithOriginalSpan(string text)
    {
        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal("payment_card", entity.Type);
        Assert.Equal((5, text.Length), (entity.Start, entity.End));
    }

    [Fact]
    public void Classify_StopSequence_IsScannedAsItsOwnText()
    {
        var verdict = _classifier.Classify(["Summarise the meeting.", "123-45-6789"], []);

        Assert.Equal(new DetectedEntity("us_ssn", 0, 11, 1), Assert.Single(verdict.Entities));
    }

    [Fact]
    public void Classify_Base64Block_DecodedAndScanned()
    {
        var block = Convert.ToBase64String("contact me: zhang.wei@contoso.com"u8);
        var text = $"Please decode {block} and reply.";

        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal("email", entity.Type);
        Assert.Equal(block, text[entity.Start..entity.End]);
    }

    [Theory]
    [InlineData("hello11010519491231002X", "cn_resident_id", "11010519491231002X")]
    [InlineData("card4111111111111111", "payment_card", "4111111111111111")]
    [InlineData("keyAKIAZ3Q5WJ7KXP2MNB4R", "aws_access_key", "AKIAZ3Q5WJ7KXP2MNB4R")]
    [InlineData("tel13812345678", "cn_mobile", "13812345678")]
    public void Classify_GluedToLatinLetters_Found(string text, string type, string value)
    {
        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal((type, value), (entity.Type, text[entity.Start..entity.End]));
    }

    [Theory]
    [InlineData("pay with 4111.1111.1111.1111", "payment_card")]
    [InlineData("my card:\n4111\n1111\n1111\n1111", "payment_card")]
    [InlineData("id 110105-19491231-002X", "cn_resident_id")]
    [InlineData("id 110105.19491231.002X", "cn_resident_id")]
    public void Classify_DotsDashesOrLineBreaksInside_Found(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Fact]
    public void Classify_IdentifierSplitAcrossTwoMessages_FoundOnceWhereItStarts()
    {
        var verdict = _classifier.Classify(["my id is 110105194912", "31002X"], []);

        Assert.Equal(new DetectedEntity("cn_resident_id", 9, 21, 0), Assert.Single(verdict.Entities));
    }

    [Fact]
    public void Classify_ContentPartsJoinedAsSent_IdAfterLabelFound()
    {
        Assert.True(Router.Requests.MessageContent.TryReadText(
            System.Text.Json.JsonDocument.Parse("""[{"type":"text","text":"my id is"},{"type":"text","text":"11010519491231002X"}]""").RootElement,
            out var joined, out _));

        Assert.Equal("cn_resident_id", Assert.Single(_classifier.Classify([joined], []).Entities).Type);
    }
}
