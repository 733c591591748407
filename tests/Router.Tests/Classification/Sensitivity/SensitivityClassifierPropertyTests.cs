using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

public sealed class SensitivityClassifierPropertyTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    // Fragments that push detectors to their edges: lone surrogates, controls, long digit runs, prefixes.
    private static readonly string[] Fragments =
    [
        "\uD83D", "\uDE00", "😀", "\0", "\u0007", "\r\n", "\t", "１２３", "：", "\u3000", "@", ".", "-", " ", ":", "::", ";", "=",
        new string('9', 40), new string('4', 19), "4111111111111111", "11010519491231002X", "13812345678", "+86",
        "eyJhbGciOiJIUzI1NiJ9", "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", "AccountKey=", "Password=",
        "password is ", "密码：", "sk-", "ghp_", "AKIA", "DE89", "192.168.", "2001:db8", "a@b.co", "(", ")", "x", "ext",
        "Authorization: Basic ", "Bearer ", "curl -u ", "user:", "cm9vdDpUMHBTM2NyZXQh", "====", "driver's license ", "DL# ",
        "QQ号", "微信", "wxid_", "一三八", "幺", "〇", "EXAMPLE", "wJalrXUtnFEMI/K7MDENG",
    ];

    [Property(MaxTest = 300)]
    public bool Classify_ArbitraryString_NeverThrowsAndSpansInBounds(string? text) => Check(text ?? string.Empty);

    [Property(MaxTest = 300)]
    public Property Classify_AdversarialFragments_NeverThrowsAndSpansInBounds() =>
        Prop.ForAll(
            Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            Check);

    [Fact]
    public void Classify_VeryLongDigitRun_FinishesWithoutEntities()
    {
        var text = new string('7', 200_000);

        Assert.True(Check(text));
        Assert.False(Classifier.Classify([text], []).IsSensitive);
    }

    private static bool Check(string text)
    {
        var verdict = Classifier.Classify([text, text], ["Falcon", "星辰"]);
        return verdict.Entities.All(e => e.Start >= 0 && e.Start < e.End && e.End <= text.Length && e.MessageIndex is 0 or 1)
            && !verdict.Reasons.Any(r => r.StartsWith("fail-closed", StringComparison.Ordinal));
    }
}
