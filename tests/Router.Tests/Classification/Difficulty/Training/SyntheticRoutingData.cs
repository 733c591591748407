using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

/// <summary>
/// Made-up prompts where difficulty is planted: prompts that ask for a multi-step computation (several numbers,
/// "then", "each") are the ones the weak model misses. Nothing here comes from the shared routing data.
/// </summary>
internal static class SyntheticRoutingData
{
    public static IReadOnlyList<LabeledPrompt> MultipleChoice(int perSubject, params string[] subjects)
    {
        var rng = new Random(7);
        return [.. subjects.SelectMany(subject => Enumerable.Range(0, perSubject).Select(i =>
        {
            var hard = rng.NextDouble() < 0.4;
            var stem = hard
                ? $"A {subject} sample has {rng.Next(10, 99)} units; each loses {rng.Next(2, 9)} then doubles. Calculate the total after {rng.Next(3, 7)} steps."
                : $"Which {subject} term names the {(i % 2 == 0 ? "first" : "main")} idea?";
            var prompt = $"{stem}\nA. alpha\nB. beta\nC. gamma\nD. delta\nAnswer:";
            return new LabeledPrompt(prompt, WeakCorrect: !hard ^ rng.NextDouble() < 0.1, StrongCorrect: rng.NextDouble() < 0.95, subject);
        }))];
    }

    public static IReadOnlyList<LabeledPrompt> WordProblems(int count)
    {
        var rng = new Random(11);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var hard = rng.NextDouble() < 0.4;
            var prompt = hard
                ? $"Tom buys {rng.Next(2, 9)} boxes of {rng.Next(10, 40)} pens at ${rng.Next(1, 5)}.50 each, then sells half at {rng.Next(5, 30)}% more. What is his profit?"
                : $"Ann has {rng.Next(2, 9)} apples. How many apples does Ann have?";
            return new LabeledPrompt(prompt, WeakCorrect: !hard ^ rng.NextDouble() < 0.1, StrongCorrect: rng.NextDouble() < 0.95, "words");
        })];
    }

    public static void WriteDirectory(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "mmlu"));
        Directory.CreateDirectory(Path.Combine(root, "gsm8k"));
        foreach (var group in MultipleChoice(40, "geology", "botany", "optics").GroupBy(p => p.Group))
        {
            Write(Path.Combine(root, "mmlu", $"mmlu_{group.Key}.csv"), group, extraColumn: false);
        }

        Write(Path.Combine(root, "gsm8k", "gsm8k_responses.csv"), WordProblems(60), extraColumn: true);
    }

    private static void Write(string path, IEnumerable<LabeledPrompt> prompts, bool extraColumn)
    {
        var extra = extraColumn ? ",response" : string.Empty;
        var lines = prompts.Select(p => $"\"{p.Prompt.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{p.WeakCorrect},{p.StrongCorrect}{(extraColumn ? ",\"text, more\"" : string.Empty)}");
        File.WriteAllLines(path, [$"prompt,{RoutingDataReader.WeakColumn},{RoutingDataReader.StrongColumn}{extra}", .. lines]);
    }
}
