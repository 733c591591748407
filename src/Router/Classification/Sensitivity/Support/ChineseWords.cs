namespace Router.Classification.Sensitivity.Support;

/// <summary>What a run of Han characters shaped like a name (surname first) is in jieba's dictionary.</summary>
internal enum ChineseWordKind
{
    /// <summary>Not in the dictionary: nothing speaks against a name.</summary>
    None,

    /// <summary>An ordinary word: 高血压, 周末, 常见, 金融, 王者.</summary>
    Word,

    /// <summary>A two-character word jieba tags as a person: mostly words (文明, 康复, 丁香), a few common names (李娜).</summary>
    NameLikeWord,

    /// <summary>A historical, public or fictional person jieba knows: 鲁迅, 诸葛亮, 林黛玉, 韦小宝.</summary>
    KnownPerson,
}

/// <summary>
/// The words of jieba's dictionary a Chinese name could be mistaken for (<c>zh-name-lookalikes.txt</c>, made by
/// scripts/zh-name-lookalikes.py from jieba.NET's dict.txt, MIT licence): about 27,000 two- to four-character words that
/// start with a surname. Looking a candidate up costs one hash probe; jieba's segmenter itself (about 38 ms per KB here)
/// is far too slow for the hot path. Loaded once, on the first lookup, which only a Chinese name candidate triggers.
/// </summary>
internal static class ChineseWords
{
    private const string ResourceName = "zh-name-lookalikes.txt";

    private static readonly Lazy<Dictionary<string, ChineseWordKind>.AlternateLookup<ReadOnlySpan<char>>> Words = new(Load);

    // Stock names of examples and templates (张三 is "John Doe"), whatever the dictionary says.
    private static readonly string[] StockNames = ["张三", "李四", "王五", "赵六", "钱七", "孙七", "周八", "吴九", "郑十", "王小二", "张某", "李某", "王某"];

    public static ChineseWordKind Kind(ReadOnlySpan<char> candidate) =>
        Words.Value.TryGetValue(candidate, out var kind) ? kind : ChineseWordKind.None;

    private static Dictionary<string, ChineseWordKind>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        using var stream = typeof(ChineseWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {typeof(ChineseWords).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, ChineseWordKind>(32_000, StringComparer.Ordinal);
        var kind = ChineseWordKind.None;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line[0] == '[')
            {
                kind = line switch
                {
                    "[word]" => ChineseWordKind.Word,
                    "[word-nr]" => ChineseWordKind.NameLikeWord,
                    "[person]" => ChineseWordKind.KnownPerson,
                    _ => throw new InvalidOperationException($"Unknown section {line} in {ResourceName}."),
                };
                continue;
            }
            words.TryAdd(line, kind);
        }
        foreach (var name in StockNames)
        {
            words[name] = ChineseWordKind.Word;
        }
        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
