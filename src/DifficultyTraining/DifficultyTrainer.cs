namespace Router.Classification.Difficulty.Training;

/// <summary>
/// Trains the two linear models (multiple-choice on MMLU, free-form on GSM8K), measures them by cross-validation
/// (MMLU grouped by subject, GSM8K plain k-fold), calibrates each on its out-of-fold scores, and refits on all data.
/// </summary>
internal sealed class DifficultyTrainer(TrainingOptions choiceOptions, TrainingOptions freeOptions, Action<string> progress)
{
    public int SubjectFolds { get; init; } = 10;
    public int PromptFolds { get; init; } = 5;
    public int RandomSeeds { get; init; } = 50;

    public (DifficultyModel Model, IReadOnlyList<ShareReport> Reports) Train(
        IReadOnlyList<LabeledPrompt> multipleChoice, IReadOnlyList<LabeledPrompt> freeForm)
    {
        if (choiceOptions.HashBits != freeOptions.HashBits)
        {
            throw new ArgumentException("Both models must share one hash size.", nameof(freeOptions));
        }

        var (choiceModel, choiceReports) = TrainOne(
            "MMLU", multipleChoice, Folds.Grouped(multipleChoice, SubjectFolds, choiceOptions.Seed), $"{SubjectFolds}-fold grouped by subject", choiceOptions);
        var (freeModel, freeReports) = TrainOne(
            "GSM8K", freeForm, Folds.Plain(freeForm.Count, PromptFolds, freeOptions.Seed), $"{PromptFolds}-fold", freeOptions);
        return (new DifficultyModel(choiceOptions.HashBits, choiceModel, freeModel), [.. choiceReports, .. freeReports]);
    }

    private (LinearModel Model, IReadOnlyList<ShareReport> Reports) TrainOne(
        string name, IReadOnlyList<LabeledPrompt> prompts, int[] folds, string validation, TrainingOptions options)
    {
        var extractor = new DifficultyFeatureExtractor(options.HashBits);
        var features = prompts.Select(p => extractor.Extract(p.Prompt)).ToArray();
        progress($"{name}: {prompts.Count} prompts, {features.Count(f => f.IsMultipleChoice)} shaped as multiple choice; cross-validating ({validation})");
        var trainable = TrainableGroups.Mask(prompts, options.MinimumStrongAccuracy, progress);
        var logits = CrossValidator.OutOfFoldLogits(prompts, features, folds, trainable, options);
        var report = Report(name, validation, prompts, logits, options.Seed);
        progress($"{name}: share at 95 %: random {report.Random:F3}, length {report.Length:F3}, model {report.Model:F3}; refitting on all prompts");
        List<ShareReport> reports = [report];
        var kept = Enumerable.Range(0, prompts.Count).Where(i => trainable[i]).ToArray();
        if (kept.Length is > 0 && kept.Length < prompts.Count)
        {
            // The same out-of-fold scores over the fitted groups alone: a group with implausible labels moves the
            // figure a lot (MMLU high_school_mathematics, where the strong model scores 3 %, flatters it).
            reports.Add(Report($"{name}-fitted", validation, [.. kept.Select(i => prompts[i])], [.. kept.Select(i => logits[i])], options.Seed));
        }

        var calibration = PlattFitter.Fit(logits, [.. prompts.Select(p => p.StrongOnly)]);
        var model = new LogisticTrainer(options).Fit(
            [.. kept.Select(i => features[i])], [.. kept.Select(i => Targets.For(prompts[i], options.Target))], GroupWeights.For(kept, prompts, options.GroupBalance));
        return (model.WithCalibration(calibration), reports);
    }

    private ShareReport Report(string name, string validation, IReadOnlyList<LabeledPrompt> prompts, double[] logits, int seed) => new(
        name, validation, prompts.Count, Baselines.Random(prompts, RandomSeeds, seed), Baselines.Length(prompts),
        Baselines.GroupOracle(prompts), StrongShareMetric.ShareToKeep(logits, prompts));
}
