using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class PhoneDetectorTests
{
    private readonly PhoneDetector _detector = new();

    [Theory]
    [InlineData("Call me at (415) 555-2671 after 5", "(415) 555-2671")]
    [InlineData("please send messages to 5551234 after six", "5551234")] // local numbers after context words
    [InlineData("my registered number is 87654321", "87654321")]
    [InlineData("text me at 555 1234", "555 1234")]
    [InlineData("联系方式：87654321", "87654321")]
    [InlineData("or dial 0044 20 7946 0958 from abroad", "0044 20 7946 0958")] // 00 prefix, valid per libphonenumber
    [InlineData("from France 0033 1 42 68 53 00", "0033 1 42 68 53 00")]
    [InlineData("office 415.555.2671x204 thanks", "415.555.2671x204")]
    [InlineData("London +44 20 7946 0958.", "+44 20 7946 0958")]
    [InlineData("E.164: +14155552671", "+14155552671")]
    [InlineData("Berlin 030 1234 5678 ask for Max", "030 1234 5678")]
    [InlineData("客服电话 010-62345678，工作日", "010-62345678")]
    [InlineData("You can reach her on 9885 1152 tonight", "9885 1152")]
    [InlineData("电话：＋４４ ２０ ７９４６ ０９５８", "＋４４ ２０ ７９４６ ０９５８")]
    [InlineData("Building 3, Jean's desk: 415-555-2671", "415-555-2671")]
    [InlineData("mi móvil es 612 345 678", "612 345 678")] // accented context words
    [InlineData("Mon numéro de téléphone est le 06 12 34 56 78", "06 12 34 56 78")]
    [InlineData("ruf mich an unter 4541068", "4541068")]
    [InlineData("有事打8727124", "8727124")]
    [InlineData("If I'm not in, leave a message at 734-1298", "734-1298")]
    public void Detect_Phone_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("Meeting on 2024-01-15 at 10:30")]
    [InlineData("The text has 1234567 words")]
    [InlineData("the answer is 0012345678901234")] // 00 then no valid number
    [InlineData("Released 05.11.2023, see notes")]
    [InlineData("Part number 300-555-1234 fits the 2019 model")]
    [InlineData("Order 415-555-2671 has shipped")]
    [InlineData("Population 9885 1152 in the census")]
    [InlineData("uuid 550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("version 1.2.3.4 and 10.0.1")]
    [InlineData("The IBAN DE89 4722 4177 0210 0591 27 failed")]
    [InlineData("mi automóvil 1234567 kilómetros")] // "móvil" inside a word
    [InlineData("número de pedido 12345678, llámame si hay problemas")]
    [InlineData("Join the call: Meeting ID 845 2231 9076")]
    [InlineData("腾讯会议 会议号：062-461-777")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
