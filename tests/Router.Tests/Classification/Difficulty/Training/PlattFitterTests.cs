using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

public class PlattFitterTests
{
    [Fact]
    public void Fit_RareEvent_MatchesBaseRateAndKeepsOrder()
    {
        // One positive in ten at every logit: the calibrated probability should be near 0.1 throughout.
        var logits = Enumerable.Range(0, 1000).Select(i => (i % 10) - 4.5).ToArray();
        var outcomes = Enumerable.Range(0, 1000).Select(i => i % 100 < 10).ToArray();

        var calibration = PlattFitter.Fit(logits, outcomes);

        Assert.True(calibration.Scale > 0);
        Assert.InRange(outcomes.Zip(logits).Average(x => calibration.Apply(x.Second)), 0.09, 0.11);
    }

    [Fact]
    public void Fit_IncreasingOutcomes_GivesIncreasingProbabilities()
    {
        var logits = Enumerable.Range(0, 200).Select(i => i / 20.0 - 5).ToArray();
        var outcomes = logits.Select((z, i) => z > 0 ? i % 4 != 0 : i % 4 == 0).ToArray();

        var calibration = PlattFitter.Fit(logits, outcomes);

        Assert.True(calibration.Apply(3) > calibration.Apply(-3));
    }
}
