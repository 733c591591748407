namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A documentation or test sample of an ID number whose own sentence says it is no one's (fourteenth pass, issue 15):
/// 示例…（校验位是错的，仅作演示）, 测试用…（虚构号码）, …是假的吧？校验码对不上, 示例数据，非真实号码. An ID label vouches for a number
/// whatever its check digit; this is the text taking that back. A failed check said alone takes nothing back: the policy
/// keeps a labelled number with a wrong check digit an ID (fail closed), and "系统提示校验位错误，是不是我输错了" is the writer's own ID
/// typed wrong. A number that fails its check is cleared by words that make it a demo or a fake; one with a valid check digit
/// only by words that say it is made up (虚构, 非真实).
/// </summary>
internal static class IdSampleText
{
    // A demo or a fake: only a number that indeed fails its check is cleared by these.
    private static readonly CueSet Demo = new(
        "格式演示", "仅作演示", "仅供演示", "演示用", "测试用", "是假的", "假号码", "假的身份证", "示例号码", "样例号码", "文档示例",
        "接口文档", "说明文档");

    // Said to be made up: these clear a number whatever its check digit.
    private static readonly CueSet MadeUp = new(
        "虚构号码", "虚构的号码", "号码为虚构", "号码系虚构", "非真实号码", "非真实身份", "并非真实", "不是真实", "不是真的", "示例数据",
        "测试数据", "随机生成", "编造的");

    // An explanation of the number's parts, with an example right before the number (请解释…18位分别代表什么，例如…的每一段).
    private static readonly CueSet Explains = new(
        "分别代表", "代表什么", "每一段", "每一位", "各段", "各位数字", "什么含义", "什么意思", "怎么算", "如何计算", "怎么计算", "编码规则",
        "组成规则", "结构");

    private static readonly CueSet ExampleWords = new("例如", "比如", "举例", "例子", "示例", "样例", "范例", "譬如");

    /// <summary>Whether the sentence around <paramref name="number"/> (reaching into the next one) says it is a sample.</summary>
    public static bool Says(string text, TextSpan number, bool validCheck)
    {
        var start = SentenceStart(text, number.Start);
        var end = Math.Min(text.Length, number.End + 40);
        var window = text.AsSpan(start, end - start);
        var lead = text.AsSpan(Math.Max(start, number.Start - 8), number.Start - Math.Max(start, number.Start - 8));
        return MadeUp.Any(window) || (!validCheck && Demo.Any(window)) || (ExampleWords.Any(lead) && Explains.Any(window));
    }

    private static int SentenceStart(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        var stop = text.AsSpan(from, at - from).LastIndexOfAny("。！？!?\n");
        return stop < 0 ? from : from + stop + 1;
    }
}
