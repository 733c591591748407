namespace Router.Classification.Difficulty.Training;

/// <summary>
/// Reads the RouteLLM correctness files: <c>mmlu/mmlu_&lt;subject&gt;.csv</c> and <c>gsm8k/gsm8k_responses.csv</c>,
/// each with columns <c>prompt,&lt;weak model&gt;,&lt;strong model&gt;</c> (True/False) and possibly more.
/// </summary>
internal static class RoutingDataReader
{
    public const string WeakColumn = "mistralai/Mixtral-8x7B-Instruct-v0.1";
    public const string StrongColumn = "gpt-4-1106-preview";

    public static IReadOnlyList<LabeledPrompt> ReadMmlu(string dataDirectory) =>
        [.. Directory.GetFiles(Path.Combine(dataDirectory, "mmlu"), "mmlu_*.csv")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => ReadFile(file, Path.GetFileNameWithoutExtension(file)["mmlu_".Length..]))];

    public static IReadOnlyList<LabeledPrompt> ReadGsm8k(string dataDirectory) =>
        ReadFile(Path.Combine(dataDirectory, "gsm8k", "gsm8k_responses.csv"), "gsm8k");

    public static IReadOnlyList<LabeledPrompt> ReadFile(string path, string group)
    {
        using var reader = new StreamReader(path);
        return Read(reader, group);
    }

    public static IReadOnlyList<LabeledPrompt> Read(TextReader reader, string group)
    {
        using var records = CsvReader.ReadRecords(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            return [];
        }

        var header = records.Current;
        var prompt = Column(header, "prompt");
        var weak = Column(header, WeakColumn);
        var strong = Column(header, StrongColumn);
        var result = new List<LabeledPrompt>();
        while (records.MoveNext())
        {
            var row = records.Current;
            if (row.Length > Math.Max(prompt, Math.Max(weak, strong)))
            {
                result.Add(new LabeledPrompt(row[prompt], ParseBool(row[weak]), ParseBool(row[strong]), group));
            }
        }

        return result;
    }

    private static int Column(string[] header, string name)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 ? index : throw new InvalidDataException($"Missing column '{name}'.");
    }

    private static bool ParseBool(string value) => bool.TryParse(value.Trim(), out var parsed)
        ? parsed
        : throw new InvalidDataException($"Expected True/False, got '{value}'.");
}
