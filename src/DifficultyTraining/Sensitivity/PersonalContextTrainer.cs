using Router.Classification.Difficulty;

namespace Router.Classification.Difficulty.Training.Sensitivity;

/// <summary>One training text for the personal-data model, with its label, sample weight and source (author or template family).</summary>
internal sealed record PersonalContextRow(string Text, bool Sensitive, string Source, double Weight = 1);

/// <summary>
/// An EXPERIMENT, not shipped (issue 15, session 16): leave-one-source-out showed no recall gain on the rules' misses
/// without many added false positives (PersonalContextModelEvaluationTests, docs in the i16-model note). Kept offline so the
/// figures can be reproduced and a better feature set tried against the same harness.
/// Fits <see cref="PersonalContextModel"/> with the difficulty model's <see cref="LogisticTrainer"/> (full-batch Adam, L2,
/// no sampling: deterministic). General questions are weighted so that together they count as <see cref="GeneralShare"/> of
/// the tuning rows, and positives and negatives of the tuning rows are balanced.
/// </summary>
internal sealed class PersonalContextTrainer(TrainingOptions options)
{
    public const string GeneralSource = "general";

    public static TrainingOptions Defaults { get; } = new()
    {
        HashBits = 16, DensePenalty = 0.01, BucketPenalty = 0.0001, Iterations = 600, LearningRate = 0.05,
    };

    public double GeneralShare { get; init; } = 0.5;

    /// <summary>Whether the rule detectors' person-scan signals are dense features (<see cref="PersonalContextFeatures.Dense"/>).</summary>
    public bool RuleSignals { get; init; }

    public PersonalContextModel Fit(IReadOnlyList<PersonalContextRow> rows, double threshold)
    {
        var tuning = rows.Where(r => r.Source != GeneralSource).ToList();
        var positives = Math.Max(1, tuning.Count(r => r.Sensitive));
        var negatives = Math.Max(1, tuning.Count(r => !r.Sensitive));
        var general = Math.Max(1, rows.Count - tuning.Count);
        var weights = rows.Select(r => r.Weight * (r.Source == GeneralSource
            ? GeneralShare * tuning.Count / general
            : r.Sensitive ? tuning.Count / 2.0 / positives : tuning.Count / 2.0 / negatives)).ToArray();
        var features = rows.Select(r => PersonalContextFeatures.Extract([r.Text], options.HashBits, RuleSignals)).ToArray();
        var linear = new LogisticTrainer(options).Fit(features, [.. rows.Select(r => r.Sensitive ? 1.0 : 0.0)], weights);
        return new PersonalContextModel(options.HashBits, linear, threshold, RuleSignals);
    }
}
