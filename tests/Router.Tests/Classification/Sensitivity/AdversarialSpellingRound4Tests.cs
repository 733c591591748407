using System.Text;
using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// The fourth attack round (issue 15): new variants of each class that still reached the closed route — JSON escapes
/// in raw schema and argument texts, identifiers glued to capitals, digits or hex letters, digits scattered by mixed
/// or unusual separators, array and table cells, numbers spelled out (en, es, fr, de, zh), phone words in other
/// languages and with accents, letters standing for digits, Cyrillic look-alike letters, spaced and UTF-16BE base64.
/// Each is found on the classifier's view; the look-alikes next to them stay clean.
/// </summary>
public sealed class AdversarialSpellingRound4Tests
{
    private const string Visa = "4341672110684038";
    private const string Mastercard = "2720885421430447";
    private const string Amex = "373244519568326";
    private const string ResidentId = "110105198803174725";
    private const string Aws = "AKIAQ7R2MZ4KX9TPW3LB";

    private readonly ISensitivityClassifier _classifier = SensitivityClassifierFactory.Create();

    public static TheoryData<string, string> Found() => new()
    {
        // JSON escapes a raw schema or tool-call argument text keeps (the backend's parser decodes them), doubled too.
        { "{\"const\":\"" + Escaped(Visa, @"\u") + "\"}", "payment_card" },
        { "{\"default\":\"" + Escaped(Visa, @"\\u") + "\"}", "payment_card" },
        { "{\"title\":\"" + Escaped("card " + Amex, @"\u") + "\"}", "payment_card" },
        // Glued on either side: capitals and digits after a key, a word before an OpenAI key, hex letters around an ID.
        { "KEY" + Aws + "END", "aws_access_key" },
        { Aws + "2024", "aws_access_key" },
        { "mykeysk-proj-4fT9qLx2Vb7Kp3Zr8Wm1Ny6Hc5Jd0Sa", "openai_key" },
        { "api_key_sk-proj-4fT9qLx2Vb7Kp3Zr8Wm1Ny6Hc5Jd0Sa", "openai_key" },
        { "abc" + ResidentId + "def", "cn_resident_id" },
        // Separators: one after every digit, mixed, or ones no chain reads.
        { "card 4-3-4-1-6-7-2-1-1-0-6-8-4-0-3-8", "payment_card" },
        { "card 4.3.4.1.6.7.2.1.1.0.6.8.4.0.3.8", "payment_card" },
        { "card 4,3,4,1,6,7,2,1,1,0,6,8,4,0,3,8", "payment_card" },
        { "card 4_3_4_1_6_7_2_1_1_0_6_8_4_0_3_8", "payment_card" },
        { "pay 2720.8854_2143/0447", "payment_card" },
        { "card 4341\u22126721\u22121068\u22124038", "payment_card" },
        { "card 4341\u20226721\u20221068\u20224038", "payment_card" },
        { "card 4341\u22C56721\u22C51068\u22C54038", "payment_card" },
        // Cells of arrays and tables, string concatenation.
        { "card parts: [\"4341\",\"6721\",\"1068\",\"4038\"]", "payment_card" },
        { "{\n  \"card\": [\n    \"4341\",\n    \"6721\",\n    \"1068\",\n    \"4038\"\n  ]\n}", "payment_card" },
        { "[\"AKIAQ\", \"7R2MZ\", \"4KX9T\", \"PW3LB\"] join these", "aws_access_key" },
        { "\u8EAB\u4EFD\u8BC1 [\"110105\",\"19880317\",\"4725\"]", "cn_resident_id" },
        { "<table><tr><td>2720</td><td>8854</td><td>2143</td><td>0447</td></tr></table> my card", "payment_card" },
        { "card = ''.join(['4341', '6721', '1068', '4038'])", "payment_card" },
        { "key = \"AKIAQ7R2MZ\" + \"4KX9TPW3LB\"", "aws_access_key" },
        // Spelled out, digit by digit.
        { "my card number is four three four one six seven two one one zero six eight four zero three eight", "payment_card" },
        { "CARD FOUR-THREE-FOUR-ONE-SIX-SEVEN-TWO-ONE-ONE-ZERO-SIX-EIGHT-FOUR-ZERO-THREE-EIGHT", "payment_card" },
        { "card fourthreefouronesixseventwooneonezerosixeightfourzerothreeeight", "payment_card" },
        { "card 4 three 4 one 6 seven 2 one 1 zero 6 eight 4 zero 3 eight", "payment_card" },
        { "mi tarjeta cuatro tres cuatro uno seis siete dos uno uno cero seis ocho cuatro cero tres ocho", "payment_card" },
        { "carte quatre trois quatre un six sept deux un un zéro six huit quatre zéro trois huit", "payment_card" },
        { "Kartennummer vier drei vier eins sechs sieben zwei eins eins null sechs acht vier null drei acht", "payment_card" },
        { "my ssn is five three six two two four one eight seven", "us_ssn" },
        { "\u6211\u7684\u5361\u53F7\u662F\u56DB\u4E09\u56DB\u4E00\u516D\u4E03\u4E8C\u4E00\u4E00\u96F6\u516D\u516B\u56DB\u96F6\u4E09\u516B", "payment_card" },
        { "\u5361\u53F7\u8086\u53C1\u8086\u58F9\u9646\u67D2\u8D30\u58F9\u58F9\u96F6\u9646\u634C\u8086\u96F6\u53C1\u634C", "payment_card" },
        { "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u4E00\u4E00\u3007\u4E00\u3007\u4E94\u4E00\u4E5D\u516B\u516B\u3007\u4E09\u4E00\u4E03\u56DB\u4E03\u4E8C\u4E94", "cn_resident_id" },
        { "\u624B\u673A \u4E00 \u4E09 \u4E5D \u4E00 \u4E8C \u4E09 \u56DB \u4E94 \u516D \u4E03 \u516B", "cn_mobile" },
        // Phone words with accents (composed or not) and in other scripts.
        { "mi m\u00F3vil es 612 345 678", "phone" },
        { "mi mo\u0301vil es 612 345 678", "phone" },
        { "mi n\u00FAmero: 612345678", "phone" },
        { "\u043C\u043E\u0439 \u043D\u043E\u043C\u0435\u0440 \u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430 8 912 345-67-89", "phone" },
        { "\u092E\u0947\u0930\u093E \u092B\u093C\u094B\u0928 \u0928\u0902\u092C\u0930 98765 43210", "phone" },
        { "\u0631\u0642\u0645 \u0647\u0627\u062A\u0641\u064A 0501234567", "phone" },
        // Letters for digits inside a labelled number; Cyrillic and Greek look-alikes.
        { "card 4341 6721 1O68 4O38", "payment_card" },
        { "card number 2720 8854 2l43 O447", "payment_card" },
        { "\u8EAB\u4EFD\u8BC1 11O1O5198803174725", "cn_resident_id" },
        { "\u624B\u673A l39l2345678", "cn_mobile" },
        { "IBAN DE8937O4OO44O532O13OOO", "iban" },
        { "card 4341 6721 1\u041E68 4\u041E38", "payment_card" },
        { "key \u0410\u041AIAQ7R2MZ4KX9TPW3LB", "aws_access_key" },
        // Base64 in spaced groups of four, and of UTF-16BE text.
        { "decode: a2V5 IEFL SUFR N1Iy TVo0 S1g5 VFBX M0xC", "aws_access_key" },
        { "decode AGMAYQByAGQAIAA0ADMANAAxADYANwAyADEAMQAwADYAOAA0ADAAMwA4", "payment_card" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Classify_FourthRoundSpelling_Found(string text, string type)
    {
        var verdict = _classifier.Classify([text], []);

        Assert.Contains(verdict.Entities, e => e.Type == type);
    }

    [Theory]
    [InlineData("I have four one-bedroom units and two studios to rent.")]
    [InlineData("She scored nine out of ten, then one two three four times in a row.")]
    [InlineData("Count: one, two, three, four, five, six, seven, eight, nine, ten.")]
    [InlineData("zero one zero one is binary for five.")]
    [InlineData("Phone keypad, call buttons: 1 2 3 / 4 5 6 / 7 8 9 / * 0 #")]
    [InlineData("Call and count along: one two three four five six seven eight nine zero.")]
    [InlineData("my lucky numbers are seven, three, nine, one and four.")]
    [InlineData("Card games: four, one, one, one, one, the dealer counts aloud.")]
    [InlineData("\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u662F\u4E2D\u6587\u6570\u5B57\u3002")]
    [InlineData("\u5171\u8BA1\u4E00\u4E09\u516B\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E07\u5143")]
    [InlineData("The matrix is [[1,2,3],[4,5,6],[7,8,9]] and [1001, 2002, 3003, 4004].")]
    [InlineData("Ports: [\"8080\",\"8443\",\"9090\",\"3000\"]")]
    [InlineData("Timestamps: [1700000000, 1700000060, 1700000120]")]
    [InlineData("Scores: 12, 15, 20, 18, 9, 11, 14 for the card game.")]
    [InlineData("The card payment total was 4,539,148,803,436 won.")]
    [InlineData("Order #4539-1488 shipped in 3 boxes: 12, 15, 20 kg.")]
    [InlineData("Room 1O1 on floor l, gate O7; model codes A1O0, B2l1, C3I0.")]
    [InlineData("[\"apple\",\"banana\",\"cherry\",\"durian\"]")]
    [InlineData("Version 1.0.0, then l0l and OOO in the code.")]
    [InlineData("The disk-usage-report-2024-q3-final-version ran twice.")]
    [InlineData("\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430? \u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u0432 10:30.")]
    [InlineData("Mi m\u00F3vil es nuevo y el n\u00FAmero de la oficina es p\u00FAblico.")]
    [InlineData("This line has what they want from some good work done.")]
    [InlineData("Write one hundred twenty three thousand four hundred fifty six in digits.")]
    [InlineData("The date 2024-01-15 12:30:45 and build 3.2.1-4_5/7 are in the log.")]
    [InlineData("{\"name\":\"\\u0041\\u006c\\u0069\\u0063\\u0065\"} is JSON for Alice")]
    public void Classify_FourthRoundLookAlike_NothingFound(string text)
    {
        Assert.Empty(_classifier.Classify([text], []).Entities);
    }

    [Fact]
    public void Classify_ArrayCells_ReportedOverTheCells()
    {
        var text = "data [\"4341\",\"6721\",\"1068\",\"4038\"] ok";

        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal("payment_card", entity.Type);
        Assert.Equal("4341\",\"6721\",\"1068\",\"4038", text[entity.Start..entity.End]);
    }

    [Fact]
    public void Classify_SpelledNumber_ReportedOverTheWords()
    {
        var words = "four three four one six seven two one one zero six eight four zero three eight";
        var text = $"card {words}, thanks";

        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal("payment_card", entity.Type);
        Assert.Equal(words, text[entity.Start..entity.End]);
    }

    private static string Escaped(string text, string prefix)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(prefix).Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
