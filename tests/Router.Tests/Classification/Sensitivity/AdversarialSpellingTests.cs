using System.Globalization;
using System.Text;
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

    // Third attack round (new variants of each class).

    private const string Card = "4539148803436467";
    private const string Aws = "AKIA4HXQ7TPL2MWZ9R3K";
    private const string Iban = "GB82WEST12345698765432";

    [Theory]
    [InlineData("\uFE0F")]
    [InlineData("\uFE00")]
    [InlineData("\u034F")]
    [InlineData("\u115F")]
    [InlineData("\u1160")]
    [InlineData("\u3164")]
    [InlineData("\uFFA0")]
    [InlineData("\u2800")]
    [InlineData("\u17B4")]
    [InlineData("\u180B")]
    [InlineData("\U000E0100")]
    [InlineData("\U000E0041")]
    public void Classify_InvisibleCharactersBeyondFormat_FoundInKeysCardsAndIbans(string invisible)
    {
        var key = $"key {Aws[..8]}{invisible}{Aws[8..14]}{invisible}{Aws[14..]}";
        var card = "card " + string.Join(invisible, Card.Chunk(4).Select(c => new string(c)));
        var iban = "iban " + string.Join(invisible, Iban.Chunk(4).Select(c => new string(c)));

        Assert.Equal("aws_access_key", Assert.Single(_classifier.Classify([key], []).Entities).Type);
        Assert.Equal("payment_card", Assert.Single(_classifier.Classify([card], []).Entities).Type);
        Assert.Equal("iban", Assert.Single(_classifier.Classify([iban], []).Entities).Type);
    }

    [Theory]
    [InlineData("key A\u0301K\u0301I\u0301A\u03014HXQ7TPL2MWZ9R3K", "aws_access_key")]
    [InlineData("card 4\u03325\u03323\u03329\u0332148803436467", "payment_card")]
    [InlineData("card \u2463\u2464\u2462\u2468\u2460\u2463\u2467\u2467\u24EA\u2462\u2463\u2462\u2465\u2463\u2465\u2466", "payment_card")]
    [InlineData("card \u2074\u2075\u00B3\u2079\u00B9\u2074\u2078\u2078\u2070\u00B3\u2074\u00B3\u2076\u2074\u2076\u2077", "payment_card")]
    [InlineData("key \uFF21\uFF2B\uFF29\uFF21\uFF14\uFF28\uFF38\uFF31\uFF17\uFF34\uFF30\uFF2C\uFF12\uFF2D\uFF37\uFF3A\uFF19\uFF32\uFF13\uFF2B", "aws_access_key")]
    public void Classify_MarksOverCharactersAndCompatibilityForms_Found(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Theory]
    [InlineData("myCard4539148803436467Thanks", "payment_card", "4539148803436467")]
    [InlineData("ref_4539148803436467_end", "payment_card", "4539148803436467")]
    [InlineData("keyIsAKIA4HXQ7TPL2MWZ9R3KThanks", "aws_access_key", "AKIA4HXQ7TPL2MWZ9R3K")]
    [InlineData("cfg_AKIA4HXQ7TPL2MWZ9R3K_prod", "aws_access_key", "AKIA4HXQ7TPL2MWZ9R3K")]
    [InlineData("id11010519491231002Xabc", "cn_resident_id", "11010519491231002X")]
    [InlineData("acct_GB82WEST12345698765432_x", "iban", "GB82WEST12345698765432")]
    [InlineData("\u5361\u53F74539148803436467\u8C22\u8C22", "payment_card", "4539148803436467")]
    public void Classify_GluedOnBothSides_FoundOverTheValue(string text, string type, string value)
    {
        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal((type, value), (entity.Type, text[entity.Start..entity.End]));
    }

    [Theory]
    [InlineData("payment_card", "card 4539", "1488", "03436467")]
    [InlineData("payment_card", "card 4539", "1488", "0343", "6467")]
    [InlineData("aws_access_key", "key AKIA4H", "XQ7TPL2", "MWZ9R3K")]
    [InlineData("cn_resident_id", "\u8EAB\u4EFD\u8BC1 110105", "19491231", "002X")]
    public void Classify_SplitOverThreeOrMoreMessages_FoundOnceOverTheFirstPart(string type, params string[] messages)
    {
        var entity = Assert.Single(_classifier.Classify(messages, []).Entities);

        Assert.Equal((type, 0), (entity.Type, entity.MessageIndex));
        // The value's own characters, not the label before it.
        Assert.Equal(messages[0].IndexOf(' ', StringComparison.Ordinal) + 1, entity.Start);
    }

    [Theory]
    [InlineData("card 4539  1488   0343    6467", "payment_card")]
    [InlineData("card 4539\u20031488\u20030343\u20036467", "payment_card")]
    [InlineData("card 4539\t\t1488\t\t0343\t\t6467", "payment_card")]
    [InlineData("key AKIA4HXQ\u30007TPL2M\u3000WZ9R3K", "aws_access_key")]
    [InlineData("key AKIA4HXQ7T PL2MWZ9R3K", "aws_access_key")]
    [InlineData("token ghp_aB3dE5fG7hJ9 kL1mN3pQ5rS7tU9vW1xY3zA5", "github_token")]
    [InlineData("card 4539<b>1488</b>0343<i>6467</i>", "payment_card")]
    [InlineData("card <span>4539</span><span>1488</span><span>0343</span><span>6467</span>", "payment_card")]
    [InlineData("card **4539** **1488** **0343** **6467**", "payment_card")]
    [InlineData("card `4539` `1488` `0343` `6467`", "payment_card")]
    [InlineData("key AKIA4HXQ7T<b>PL2MWZ9R3K</b>", "aws_access_key")]
    [InlineData("ssn <b>536</b>-<b>22</b>-<b>4187</b>", "us_ssn")]
    [InlineData("iban **GB82** WEST 1234 5698 7654 32", "iban")]
    [InlineData("```json\n{\"card\": \"4539 1488 0343 6467\"}\n```", "payment_card")]
    [InlineData("token <b>ghp_</b> <b>aB3d</b> <b>E5fG</b> <b>7hJ9</b> <b>kL1m</b> <b>N3pQ</b> <b>5rS7</b> <b>tU9v</b> <b>W1xY</b> <b>3zA5</b>", "github_token")]
    [InlineData("card 4539`1488`0343`6467`", "payment_card")]
    [InlineData("ssn 246-\t\t72-8\t\t408", "us_ssn")]
    [InlineData("id 1101   0519   4912   3100   2X", "cn_resident_id")]
    [InlineData("tel 1381 \t 2345 \t 678", "cn_mobile")]
    public void Classify_SplitBySpacesTabsOrMarkup_Found(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Fact]
    public void Classify_NumberCutIntoThreeMessagesWithAShortFirstPiece_Found()
    {
        Assert.Equal("payment_card", Assert.Single(_classifier.Classify(["my mir is 22", "005284", "81667966"], []).Entities).Type);
    }

    public static TheoryData<string, string> Encoded() => new()
    {
        { "decode " + Convert.ToBase64String("my card 4539148803436467!"u8).TrimEnd('='), "payment_card" },
        { "decode:\n" + Wrapped(Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Customer record follows. ", 4)) + "card number 4539 1488 0343 6467 expires 09/28. " + string.Concat(Enumerable.Repeat("Thanks for your help. ", 4))))), "payment_card" },
        { "{\"payload\": \"" + Convert.ToBase64String("key AKIA4HXQ7TPL2MWZ9R3K for prod"u8) + "\"}", "aws_access_key" },
        { "decode " + Convert.ToBase64String("card: 4539148803436467 ok??>>"u8).TrimEnd('=').Replace('+', '-').Replace('/', '_'), "payment_card" },
        { "decode twice " + Convert.ToBase64String(Encoding.ASCII.GetBytes(Convert.ToBase64String("card 4539148803436467"u8))), "payment_card" },
        { "decode " + Convert.ToBase64String(Encoding.Unicode.GetBytes("card 4539148803436467")), "payment_card" },
        { "hex: " + Convert.ToHexStringLower("card 4539148803436467"u8), "payment_card" },
        { "hex: " + Convert.ToHexString("key AKIA4HXQ7TPL2MWZ9R3K"u8), "aws_access_key" },
        { "hex: " + string.Join(' ', "card 4539148803436467"u8.ToArray().Select(b => b.ToString("x2", CultureInfo.InvariantCulture))), "payment_card" },
        { "bytes: " + string.Join(", ", "card 4539148803436467"u8.ToArray().Select(b => "0x" + b.ToString("x2", CultureInfo.InvariantCulture))), "payment_card" },
        { "s = \"" + string.Concat("card 4539148803436467"u8.ToArray().Select(b => "\\x" + b.ToString("x2", CultureInfo.InvariantCulture))) + "\"", "payment_card" },
        { "url: " + string.Concat("card 4539148803436467"u8.ToArray().Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture))), "payment_card" },
        { "https://example.com/pay?card=4539%201488%200343%206467", "payment_card" },
        { "card " + string.Concat(Card.Select(c => $"&#{(int)c};")), "payment_card" },
        { "card " + string.Concat(Card.Select(c => $"&#x{(int)c:x};")), "payment_card" },
        { "key " + string.Concat(Aws.Select(c => $"&#{(int)c}")), "aws_access_key" },
        { "card " + string.Concat(Card.Select(c => $"={(int)c:X2}")), "payment_card" },
        { "Kunde: J=C3=B6rg M=C3=BCller, Karte=204539=201488=200343=206467 =C3=84", "payment_card" },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Classify_EncodedIdentifier_DecodedAndFound(string text, string type)
    {
        Assert.Equal(type, Assert.Single(_classifier.Classify([text], []).Entities).Type);
    }

    [Theory]
    [InlineData("card &#52;&#53;&#51;&#57;&#49;&#52;&#56;&#56;&#48;&#51;&#52;&#51;&#54;&#52;&#54;&#55; thanks", 5, 85)]
    [InlineData("hex: 636172642034353339313438383033343336343637", 15, 47)]
    [InlineData("my key is AKIAZ3Q5\nWJ7KXP2MNB4R", 10, 31)]
    [InlineData("card 4539<b>1488</b>0343<i>6467</i>", 5, 31)]
    public void Classify_FoundOnlyInARejoinedOrDecodedCopy_SpanIsTheValueItself(string text, int start, int end)
    {
        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal((start, end), (entity.Start, entity.End));
    }

    [Theory]
    [InlineData("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 and 7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    [InlineData("sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("md5: d41d8cd98f00b204e9800998ecf8427e and 9e107d9d372bb6826bd81d3542a419d6")]
    [InlineData("https://www.google.com/search?q=how%20to%20bake%20bread%3F&hl=en")]
    [InlineData("Open https://example.org/wiki/Caf%C3%A9_au_lait and https://example.org/a%2Fb%2Fc")]
    [InlineData("<html><head><title>Shop</title></head><body><div class=\"row\"><span>Price: 1299</span><b>Qty 2</b></div><p>&#169; 2024 Contoso &amp; Co &#8212; all rights</p></body></html>")]
    [InlineData("Use &lt;b&gt; for bold and &#8364; for euro, &#x2014; for dash.")]
    [InlineData("<table><tr><td>4111</td><td>1111</td></tr><tr><td>1111</td><td>1111</td></tr></table>")]
    [InlineData("date,qty,price\n2024-01-02,4,1299\n2024-01-03,12,1450\n2024-01-04,7,1111")]
    [InlineData("2024-05-01T12:00:01Z INFO req=8f14e45f latency=1234ms status=200\n2024-05-01T12:00:02Z WARN req=c9f0f895 latency=4567ms status=503")]
    [InlineData("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")]
    [InlineData("00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n00000010  03 00 3e 00 01 00 00 00  40 10 00 00 00 00 00 00  |..>.....@.......|")]
    [InlineData("colors: #ff5733 #33ff57 #3357ff #f0f0f0 #123456 #abcdef")]
    [InlineData("Subject: =?UTF-8?Q?Caf=C3=A9?=\nHello=2C world=21 Price =3D 12 EUR")]
    [InlineData("types int32 uint64 float32 and x86 arm64 builds, mp3 mp4 h264 codecs")]
    [InlineData("We sold **1204** units in **March** and `3391` in April; see ~~old~~ new.")]
    [InlineData("Counts:\n1207\n6304\n3799\n2484")]
    [InlineData("Counts:\n2291\n6304\n0000\n0018")]
    [InlineData("Readings:\n0412\n5018\n2611\n9684")]
    // A hash whose digits happen to run 16 long; a number filling most of a token ("abc…def") is glued, not a hash.
    [InlineData("sha1 4539148803436467aaf3c2e1b09d8e7f6a5b4c3d is the commit")]
    public void Classify_LookAlikesOfEncodedOrSplitText_NothingFound(string text)
    {
        Assert.Empty(_classifier.Classify([text], []).Entities);
    }

    private static string Wrapped(string base64) => string.Join('\n', base64.Chunk(76).Select(c => new string(c)));
}
