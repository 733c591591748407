using System.Globalization;

namespace Router.Classification.Difficulty;

/// <summary>
/// Raises a text's difficulty score for what a tool or extraction request adds (<see cref="ToolRequestShape"/>), in
/// log-odds weighted by <see cref="ToolDifficultyOptions"/>: choosing between many tools, large or deeply nested
/// schemas, and earlier tool rounds to build on. Each factor comes back as a reason naming numbers only. With nothing
/// to add, the score is returned exactly as given.
/// </summary>
internal static class ToolDifficulty
{
    private const double Edge = 1e-6;

    public static (double Score, IReadOnlyList<string> Factors) Adjust(double score, ToolRequestShape shape, ToolDifficultyOptions weights)
    {
        if (!weights.Enabled || double.IsNaN(score))
        {
            return (score, []);
        }

        var factors = new List<string>();
        var total = 0.0;
        void Add(double logOdds, string what)
        {
            if (logOdds > 0)
            {
                total += logOdds;
                factors.Add(string.Create(CultureInfo.InvariantCulture, $"{what} +{logOdds:0.00}"));
            }
        }

        if (shape.ToolsToChooseFrom >= 2)
        {
            Add(weights.PerToolDoubling * Math.Log2(shape.ToolsToChooseFrom), $"{shape.ToolsToChooseFrom} tools to choose from");
        }

        Add(SchemaTerm(shape.LargestArguments.Properties, weights), $"argument schema of {shape.LargestArguments.Properties} properties");
        Add(SchemaTerm(shape.Answer.Properties, weights), $"answer schema of {shape.Answer.Properties} properties");
        var depth = Math.Max(shape.LargestArguments.Depth, shape.Answer.Depth);
        Add(weights.PerNestingLevel * Math.Max(0, depth - 2), $"nesting {depth} levels deep");
        var rounds = Math.Min(shape.ToolRounds, weights.MaxToolRounds);
        Add(weights.PerToolRound * rounds, $"{shape.ToolRounds} tool round{(shape.ToolRounds == 1 ? "" : "s")} in the history");
        if (total <= 0)
        {
            return (score, []);
        }

        if (total > weights.MaxLogOdds)
        {
            total = weights.MaxLogOdds;
            factors.Add(string.Create(CultureInfo.InvariantCulture, $"capped at +{total:0.00}"));
        }

        var p = Math.Clamp(score, Edge, 1 - Edge);
        var adjusted = 1 / (1 + Math.Exp(-(Math.Log(p / (1 - p)) + total)));
        return (Math.Max(score, adjusted), factors);
    }

    private static double SchemaTerm(int properties, ToolDifficultyOptions weights) =>
        properties > weights.SimpleSchemaProperties ? weights.PerSchemaDoubling * Math.Log2(properties / (double)weights.SimpleSchemaProperties) : 0;
}
