namespace Router.Classification.Difficulty;

/// <summary>Platt scaling: a monotone map from a logit to a probability, so it never changes the ranking.</summary>
internal sealed record Calibration(double Scale, double Offset)
{
    public static Calibration Identity { get; } = new(1, 0);

    public double Apply(double logit) => 1 / (1 + Math.Exp(-((Scale * logit) + Offset)));
}
