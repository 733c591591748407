using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Chinese test and demo data made of stock names and blanked places (fifteenth pass, issue 15): "测试数据：张三，…住址某某市某某区…",
/// "演示用例：李四…". 张三 and 李四 are China's "John Doe", and 某某市 / 某某区 / 某某路 no one's real town or street; written as test,
/// demo or sample data they are a template. Real people are called 张三 too, and 王某某 redacts a real name in a real record, so
/// neither counts alone: the text must call itself test, demo or sample data AND hold a stock name or a blanked place.
/// </summary>
internal static class HanTestData
{
    // What a writer calls made-up data (测试数据, 演示用, 示例数据, 假数据, 单元测试…).
    private static readonly SearchValues<string> DataWords = SearchValues.Create(
        ["测试数据", "测试用例", "测试账号", "单元测试", "测试用", "用于测试", "演示数据", "演示用", "示例数据", "样例数据", "假数据", "模拟数据",
         "虚拟数据", "造一份", "造几条", "占位数据", "示例：", "示例:", "mock", "Mock"], StringComparison.Ordinal);

    // Stock names of examples (张三 is "John Doe") and a blanked place (某某 before a place word: 某某市, 某某区, 某某路, 某某小区).
    private static readonly SearchValues<string> StockNames = SearchValues.Create(
        ["张三", "李四", "王五", "赵六", "钱七", "孙七", "周八", "吴九", "郑十", "王小二"], StringComparison.Ordinal);

    private const string PlaceEnds = "省市区县镇乡村路街道巷弄号小楼";

    /// <summary>Whether the text calls itself test or demo data and holds a stock name or a blanked place.</summary>
    public static bool IsStockTestData(ReadOnlySpan<char> text) =>
        text.ContainsAny(DataWords) && (text.ContainsAny(StockNames) || HasBlankedPlace(text));

    private static bool HasBlankedPlace(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf("某某", StringComparison.Ordinal); at >= 0;)
        {
            if (at + 2 < text.Length && PlaceEnds.Contains(text[at + 2]))
            {
                return true;
            }
            var next = text[(at + 2)..].IndexOf("某某", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 2 + next;
        }
        return false;
    }
}
