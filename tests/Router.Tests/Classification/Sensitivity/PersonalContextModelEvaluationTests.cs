using System.Globalization;
using Router.Classification;
using Router.Classification.Difficulty.Training.Sensitivity;
using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Leave-one-source-out figures for the learned personal-data check (issue 15): for each tuning source (one author, pass or
/// template family) the model is trained on every other source plus half of the general questions and scores the left-out
/// one. Prints, per source, the rules' recall and false positives and those of "rules OR model" at several thresholds, and
/// the false positives the model adds on the general questions it was not trained on. The only evidence for the threshold.
/// Variants in the i16-model note: ROUTER_PCM_BUCKET_PENALTY, ROUTER_PCM_ITERATIONS, ROUTER_PCM_GENERAL_SHARE and
/// ROUTER_PCM_SIGNALS=1 (the rule detectors' person-scan signals as dense features) override the defaults.
/// </summary>
[Trait("Category", "Dev")]
public sealed class PersonalContextModelEvaluationTests(ITestOutputHelper output)
{
    private static readonly double[] Thresholds = [0.5, 0.7, 0.8, 0.9];

    [Fact]
    public void Evaluate_LeaveOneSourceOut_PrintsRecallAndFalsePositivesPerSource()
    {
        var tuning = PersonalContextCorpus.Tuning();
        var (generalTrain, generalHeldBack) = PersonalContextCorpus.General();
        var classifier = SensitivityClassifierFactory.Create();
        var rules = tuning.Select(r => classifier.Classify([r.Text], SensitivityScope.None).IsSensitive).ToArray();
        var options = PersonalContextTrainer.Defaults;
        Func<string, string?> env = Environment.GetEnvironmentVariable;
        options = options with
        {
            BucketPenalty = double.Parse(env("ROUTER_PCM_BUCKET_PENALTY") ?? options.BucketPenalty.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            Iterations = int.Parse(env("ROUTER_PCM_ITERATIONS") ?? options.Iterations.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        };
        var trainer = new PersonalContextTrainer(options) { GeneralShare = double.Parse(env("ROUTER_PCM_GENERAL_SHARE") ?? "0.5", CultureInfo.InvariantCulture), RuleSignals = env("ROUTER_PCM_SIGNALS") == "1" };
        var allScores = new List<(double Score, bool Sensitive)>();
        var missScores = new List<(double Score, bool Sensitive)>();
        output.WriteLine(Inv($"bucket penalty {options.BucketPenalty}, iterations {options.Iterations}, general share {trainer.GeneralShare}, rule signals {trainer.RuleSignals}"));
        var sources = tuning.Select(r => r.Source).Distinct().ToList();
        var gains = new double[Thresholds.Length];
        var worstFpr = new double[Thresholds.Length];
        var addedFp = new int[Thresholds.Length];
        var caught = new int[Thresholds.Length];
        var (allPositives, allNegatives, allMissed, allRuleFp) = (0, 0, 0, 0);
        output.WriteLine($"{"source",-38} {"pos",4} {"neg",4} {"rules R",8} {"rules FP",8} | " + string.Join(" | ", Thresholds.Select(t => Inv($"t={t:F2} R / +FP"))));
        foreach (var source in sources)
        {
            var model = trainer.Fit([.. tuning.Where(r => r.Source != source), .. generalTrain], 0.5);
            var index = Enumerable.Range(0, tuning.Count).Where(i => tuning[i].Source == source).ToList();
            var scores = index.ToDictionary(i => i, i => model.Score([tuning[i].Text]));
            var positives = index.Count(i => tuning[i].Sensitive);
            var negatives = index.Count - positives;
            var found = index.Count(i => tuning[i].Sensitive && rules[i]);
            var ruleFp = index.Count(i => !tuning[i].Sensitive && rules[i]);
            (allPositives, allNegatives, allMissed, allRuleFp) = (allPositives + positives, allNegatives + negatives, allMissed + positives - found, allRuleFp + ruleFp);
            allScores.AddRange(index.Select(i => (scores[i], tuning[i].Sensitive)));
            missScores.AddRange(index.Where(i => !rules[i]).Select(i => (scores[i], tuning[i].Sensitive)));
            var cells = new List<string>();
            for (var t = 0; t < Thresholds.Length; t++)
            {
                var extra = index.Count(i => tuning[i].Sensitive && !rules[i] && scores[i] >= Thresholds[t]);
                var fp = index.Count(i => !tuning[i].Sensitive && !rules[i] && scores[i] >= Thresholds[t]);
                caught[t] += extra;
                addedFp[t] += fp;
                gains[t] += positives == 0 ? 0 : (double)extra / positives / sources.Count;
                worstFpr[t] = Math.Max(worstFpr[t], negatives == 0 ? 0 : (double)fp / negatives);
                cells.Add(Inv($"{Rate(found + extra, positives)} +{fp,-3}    "));
            }

            output.WriteLine(Inv($"{source,-38} {positives,4} {negatives,4} {Rate(found, positives),8} {ruleFp,8} | ") + string.Join(" | ", cells));
        }

        output.WriteLine(Inv($"AUC of the model on the texts the rules call clean (rule misses against clean negatives, pooled): {Auc(missScores):F3}"));
        output.WriteLine(Inv($"AUC of the model alone on every left-out text: {Auc(allScores):F3}; model alone at t=0.5/0.7/0.9: recall {string.Join('/', new[] { 0.5, 0.7, 0.9 }.Select(t => Rate(allScores.Count(s => s.Sensitive && s.Score >= t), allScores.Count(s => s.Sensitive))))}, FPR {string.Join('/', new[] { 0.5, 0.7, 0.9 }.Select(t => Rate(allScores.Count(s => !s.Sensitive && s.Score >= t), allScores.Count(s => !s.Sensitive))))}"));
        output.WriteLine(Inv($"all sources: {allPositives} positives ({allMissed} missed by the rules), {allNegatives} negatives ({allRuleFp} rule FPs)"));
        var final = trainer.Fit([.. tuning, .. generalTrain], 0.5);
        var generalRules = generalHeldBack.Select(q => classifier.Classify([q], SensitivityScope.None).IsSensitive).ToArray();
        var generalScores = generalHeldBack.Select(q => final.Score([q])).ToArray();
        for (var t = 0; t < Thresholds.Length; t++)
        {
            var added = Enumerable.Range(0, generalHeldBack.Count).Count(i => !generalRules[i] && generalScores[i] >= Thresholds[t]);
            output.WriteLine(Inv($"t={Thresholds[t]:F2}: mean recall gain over sources +{gains[t]:F3}; rule misses caught {caught[t]}/{allMissed}; FPs added {addedFp[t]}/{allNegatives}; worst source FPR added {worstFpr[t]:P1}; general held-back ({generalHeldBack.Count}, rules flag {generalRules.Count(r => r)}): model adds {added}"));
        }

        Assert.True(allPositives > 500 && allNegatives > 500, $"{allPositives} positives, {allNegatives} negatives");
    }

    /// <summary>The probability that a random positive scores above a random negative (ties count half).</summary>
    private static double Auc(List<(double Score, bool Sensitive)> scored)
    {
        var positives = scored.Where(s => s.Sensitive).Select(s => s.Score).ToArray();
        var negatives = scored.Where(s => !s.Sensitive).Select(s => s.Score).ToArray();
        var wins = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0));
        return positives.Length * negatives.Length == 0 ? double.NaN : wins / positives.Length / negatives.Length;
    }

    private static string Rate(int hits, int total) => total == 0 ? "-" : ((double)hits / total).ToString("F3", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
