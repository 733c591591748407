using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Instant-messaging accounts that reach a person as surely as a phone number: a QQ number (5–11 digits) or a WeChat
/// ID (6–20 letters, digits, _ or -, starting with a letter) right after a QQ / 微信 / WeChat label, and WeChat's
/// internal <c>wxid_</c> ids anywhere. A WeChat ID must hold a digit, _ or -, so "微信 MiniProgram" is a product name.
/// </summary>
internal sealed partial class ImAccountDetector : ISensitivityDetector
{
    private static readonly SearchValues<string> LatinTriggers = SearchValues.Create(["qq", "wechat", "weixin", "wxid_"], StringComparison.OrdinalIgnoreCase);

    // Vectorised searches for what the trigger found: Contains(word, OrdinalIgnoreCase) is a scalar loop under invariant globalization.
    private static readonly SearchValues<string> QqWord = SearchValues.Create(["qq"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> WeChatWords = SearchValues.Create(["wechat", "weixin"], StringComparison.OrdinalIgnoreCase);

    public string Name => "im_account";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "QQ / WeChat label";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        var latin = text.AsSpan().ContainsAny(LatinTriggers);
        if (!latin && !text.Contains("微信", StringComparison.Ordinal))
        {
            return;
        }
        if (latin && input.DigitCount >= 5 && text.AsSpan().ContainsAny(QqWord))
        {
            Add(Qq().Matches(text), found);
        }
        if (text.Contains("微信", StringComparison.Ordinal) || text.AsSpan().ContainsAny(WeChatWords))
        {
            foreach (Match match in WeChat().Matches(text))
            {
                var id = match.Groups["value"];
                if (id.ValueSpan.IndexOfAny("0123456789_-") >= 0)
                {
                    found.Add(new(id.Index, id.Index + id.Length));
                }
            }
        }
        if (latin && text.Contains("wxid_", StringComparison.Ordinal))
        {
            Add(WxId().Matches(text), found);
        }
    }

    private static void Add(MatchCollection matches, List<TextSpan> found)
    {
        foreach (Match match in matches)
        {
            var value = match.Groups["value"];
            found.Add(new(value.Index, value.Index + value.Length));
        }
    }

    private const string Connector = @"[ \t]*(?:[:：]|是|为|(?i:is))?[ \t]*";

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?i:QQ)(?:号码?|账号|帳號|帐号|[ \t]*(?i:id|number|no\.?|#))?" + Connector + @"(?<value>[1-9][0-9]{4,10})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Qq();

    [GeneratedRegex(@"(?:微信(?:号|账号|帐号|ID|id)?|(?<![A-Za-z])(?i:wechat|weixin)(?:[ \t]*(?i:id))?)" + Connector + @"(?<value>[A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex WeChat();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?<value>wxid_[a-z0-9]{8,24})(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex WxId();
}
