using Router.Backends.Resilience;

namespace Router.Backends.AzureOpenAi;

/// <summary>Bound from <c>Backends:AzureOpenAI</c>; checked at startup by <see cref="AzureOpenAiOptionsValidator"/>.</summary>
public sealed class AzureOpenAiOptions
{
    public const string SectionName = "Backends:AzureOpenAI";

    /// <summary>Deployments chosen by weight. Empty is allowed (a fully private setup); calls then fail Unavailable.</summary>
    public List<AzureOpenAiDeploymentOptions> Deployments { get; set; } = [];

    /// <summary>Optional key; when empty, <c>DefaultAzureCredential</c> (managed identity) is used. Never logged.</summary>
    public string? ApiKey { get; set; }

    public BackendResilienceOptions Resilience { get; set; } = new();
}

public sealed class AzureOpenAiDeploymentOptions
{
    /// <summary>Resource endpoint, e.g. https://my-resource.openai.azure.com/.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Deployment name as created in the resource.</summary>
    public string Deployment { get; set; } = "";

    /// <summary>Model the deployment serves (e.g. gpt-4o); requests for this model may use it.</summary>
    public string Model { get; set; } = "";

    /// <summary>Relative share of calls among the deployments of one model.</summary>
    public double Weight { get; set; } = 1.0;
}
