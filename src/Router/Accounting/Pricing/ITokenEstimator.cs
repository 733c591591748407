namespace Router.Accounting.Pricing;

/// <summary>Counts tokens when a provider reports none (budget worst cases, replays).</summary>
public interface ITokenEstimator
{
    int CountTokens(string text);
}
