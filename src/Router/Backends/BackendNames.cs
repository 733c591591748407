namespace Router.Backends;

/// <summary>Names of the built-in backends, as written in <c>Router:Routes:*:Backend</c>.</summary>
public static class BackendNames
{
    public const string AzureOpenAi = "azure-openai";
    public const string GpuWorker = "gpu-worker";
}

/// <summary>Marks a registered backend name so configuration can be checked without building the backend.</summary>
internal sealed record BackendRegistration(string Name);
