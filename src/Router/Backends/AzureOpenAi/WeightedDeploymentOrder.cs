namespace Router.Backends.AzureOpenAi;

/// <summary>
/// Orders the available deployments of a model by weighted random sampling without replacement
/// (Efraimidis–Spirakis: key = u^(1/w), largest first), so the first choice follows the weights and the
/// rest are the failover order. Deployments with an open circuit are left out.
/// </summary>
internal static class WeightedDeploymentOrder
{
    public static IReadOnlyList<AzureDeployment> For(IEnumerable<AzureDeployment> deployments, IRandomSource random) =>
        deployments
            .Where(d => d.IsAvailable)
            .Select(d => (Deployment: d, Key: Math.Pow(random.NextDouble(), 1.0 / d.Weight)))
            .OrderByDescending(x => x.Key)
            .Select(x => x.Deployment)
            .ToList();
}
