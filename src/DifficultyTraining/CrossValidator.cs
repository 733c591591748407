namespace Router.Classification.Difficulty.Training;

/// <summary>Out-of-fold logits: each prompt is scored by a model trained without its fold.</summary>
internal static class CrossValidator
{
    public static double[] OutOfFoldLogits(
        IReadOnlyList<LabeledPrompt> prompts, IReadOnlyList<FeatureVector> features, int[] folds, bool[] trainable, TrainingOptions options)
    {
        var logits = new double[prompts.Count];
        foreach (var fold in folds.Distinct().Order())
        {
            var train = Enumerable.Range(0, prompts.Count).Where(i => folds[i] != fold && trainable[i]).ToArray();
            var model = new LogisticTrainer(options).Fit(
                [.. train.Select(i => features[i])], [.. train.Select(i => Targets.For(prompts[i], options.Target))], GroupWeights.For(train, prompts, options.GroupBalance));
            for (var i = 0; i < prompts.Count; i++)
            {
                if (folds[i] == fold)
                {
                    logits[i] = model.Logit(features[i]);
                }
            }
        }

        return logits;
    }
}
