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

    // Second attack round (new variants of each class).

    [Theory]
    [InlineData("card 4111\u20661111\u20691111\u180E1111", "payment_card")]
    [InlineData("iban DE89\u061C3704\U000E00200044\u200E0532\u200F0130\u202A00", "iban")]
    [InlineData("key AKIA\u2063Z3Q5\u2061WJ7K\uFEFFXP2MNB4R", "aws_access_key")]
    public void Classify_OtherFormatCharactersInside_Found(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Theory]
    [InlineData("card \u09EA\u09E7\u09E7\u09E7 \u09E7\u09E7\u09E7\u09E7 \u09E7\u09E7\u09E7\u09E7 \u09E7\u09E7\u09E7\u09E7", "payment_card")]
    [InlineData("card \uFF14\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11", "payment_card")]
    [InlineData("ssn \u1043\u1042\u1043-\u1044\u1045-\u1046\u1047\u1048\u1049", "us_ssn")]
    [InlineData("\u8EAB\u4EFD\u8BC1 \u07C1\u07C1\u07C0\u07C1\u07C0\u07C5\u07C1\u07C9\u07C4\u07C9\u07C1\u07C2\u07C3\u07C1\u07C0\u07C0\u07C2X", "cn_resident_id")]
    [InlineData("card \U0001D7FA\U0001D7F7\U0001D7F7\U0001D7F7 \U0001D7F7\U0001D7F7\U0001D7F7\U0001D7F7 \U0001D7F7\U0001D7F7\U0001D7F7\U0001D7F7 \U0001D7F7\U0001D7F7\U0001D7F7\U0001D7F7", "payment_card")]
    public void Classify_DigitsOfMoreScripts_Found(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Theory]
    [InlineData("aws_access_key", "my key is AKIAZ3Q5WJ7K", "XP2MNB4R")]
    [InlineData("us_ssn", "my ssn is 123-45-", "6789")]
    [InlineData("iban", "iban DE8937040044", "0532013000")]
    [InlineData("github_token", "token ghp_aB3dE5fG7hJ9kL1mN3pQ", "5rS7tU9vW1xY3zA5")]
    public void Classify_TokenSplitAcrossTwoMessages_FoundOnceInTheFirst(string type, string first, string second)
    {
        var entity = Assert.Single(_classifier.Classify([first, second], []).Entities);

        Assert.Equal((type, 0), (entity.Type, entity.MessageIndex));
    }

    [Theory]
    [InlineData("my key is AKIAZ3Q5\nWJ7KXP2MNB4R", "aws_access_key")]
    [InlineData("sk-proj-\nAbCd1234EfGh5678\nIjKl9012MnOp3456\nQrSt7890UvWx1234\nYzAb5678CdEf9012GhIj", "openai_key")]
    [InlineData("card:\n\n4111\n\n1111\n\n1111\n\n1111", "payment_card")]
    [InlineData("card:\u00854111\u00851111\u00851111\u00851111", "payment_card")]
    [InlineData("iban\r\nGB82WEST\r\n12345698765432", "iban")]
    public void Classify_TokenSplitByLineBreaks_Found(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Theory]
    [InlineData("pay with 4111/1111/1111/1111", "payment_card")]
    [InlineData("pay with 4111|1111|1111|1111", "payment_card")]
    [InlineData("pay with 4111_1111_1111_1111", "payment_card")]
    [InlineData("pay with 4111 · 1111 · 1111 · 1111", "payment_card")]
    [InlineData("pay with 4111\u30FB1111\u30FB1111\u30FB1111", "payment_card")]
    [InlineData("key AKIA-Z3Q5-WJ7K-XP2M-NB4R", "aws_access_key")]
    [InlineData("key AKIA\u2014Z3Q5\u2014WJ7K\u2014XP2M\u2014NB4R", "aws_access_key")]
    [InlineData("token ghp_\u30FBaB3d\u30FBE5fG\u30FB7hJ9\u30FBkL1m\u30FBN3pQ\u30FB5rS7\u30FBtU9v\u30FBW1xY\u30FB3zA5", "github_token")]
    [InlineData("iban DE89.3704.0044.0532.0130.00", "iban")]
    [InlineData("card 5 5 0 0 0 0 0 0 0 0 0 0 0 0 0 4", "payment_card")]
    [InlineData("iban DE 89 37 04 00 44 05 32 01 30 00", "iban")]
    public void Classify_TokenCutByARepeatedSeparator_Found(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Theory]
    [InlineData("ibanDE89370400440532013000", "iban")]
    [InlineData("iban: DE89370400440532013000ok", "iban")]
    [InlineData("zzGB82WEST12345698765432", "iban")]
    [InlineData("ssn123-45-6789", "us_ssn")]
    [InlineData("my SSN is123456789", "us_ssn")]
    public void Classify_GluedToAWord_MoreTypesFound(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Theory]
    [InlineData("for (var i = 0; i < 10; i++)\n{\n    total += prices[i] * 1.2m;\n}")]
    [InlineData("id,amount,date\n1001,25.50,2024-01-02\n1002,13.75,2024-01-03")]
    [InlineData("MAC 00:1A:2B:3C:4D:5E and 00:1A:2B:3C:4D:5F")]
    [InlineData("Dates: 2024/01/15, 2024/02/15, 2024/03/15")]
    [InlineData("Lottery numbers: 4 11 23 35 42 47 and 8 12 19 27 33 41")]
    [InlineData("git log\na1b2c3d fix build\n4e5f6a7 add tests\n8b9c0d1 bump 2.0.1")]
    [InlineData("Path: /var/lib/docker/overlay2/1a2b3c4d/merged/usr/lib/x86_64-linux-gnu")]
    [InlineData("Slots 09:30-10:45, 11:00-12:15, 13:30-14:45")]
    [InlineData("part XK123-45-6789 is back-ordered")]
    public void Classify_LineBreaksAndSeparatorsInOrdinaryText_NothingFound(string text)
    {
        Assert.Empty(_classifier.Classify([text], []).Entities);
    }
}
