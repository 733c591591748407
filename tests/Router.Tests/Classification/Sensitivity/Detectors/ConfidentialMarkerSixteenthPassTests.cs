using System.Text;
using Router.Classification;
using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the sixteenth pass (issue 15, session 24). Sentences written for these tests.
/// </summary>
public sealed class ConfidentialMarkerSixteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Fact]
    public void HanMarkers_RandomTextsWithAndWithoutEmbargoCues_GatedSearchSameAsFullSearch()
    {
        // The embargo markers (发布前请勿, 新闻禁发, 禁发至…) are searched only where 禁发/发布前 occurs: pieces of them and their
        // cues alone, other Han markers, common characters round them, Traditional spellings.
        string[] pieces = ["发", "布", "前", "请", "勿", "不", "得", "禁", "新", "闻", "至", "發", "請", "禁发", "发布前", "發布前", "禁發",
            "发布前请勿", "發布前請勿", "发布前不得", "新闻禁发", "禁发至", "禁发时间", "公布前请勿", "不得报道", "机密", "内部资料", "不得外传",
            "中", "文", "，", " ", "\n", "a", "confidential"];
        var random = new Random(24);
        var hits = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 60);
            while (text.Length < length)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var plain = ConfidentialMarkerDetector.FindBuiltIn(text.ToString(), plainSearch: true);
            hits += plain.Count;
            Assert.Equal(plain, ConfidentialMarkerDetector.FindBuiltIn(text.ToString(), plainSearch: false));
        }
        Assert.True(hits > 20_000, $"only {hits} markers: the texts do not exercise the search");
    }

    [Theory]
    [InlineData("新闻禁发\n某新能源车企将于下周一发布新车，起售价15万元。帮我改成微博文案。")]
    [InlineData("发布前请勿转载。以下是通稿：本市地铁五号线将于年底开通。帮我缩短。")]
    [InlineData("通稿第一行：发布前不得报道。正文：某银行将下调存款利率。请润色。")]
    public void EmbargoBehindTheCue_StillFound(string text) =>
        Assert.Contains("confidential_document", Types(text));
}
