namespace Router.Accounting.Reconciliation;

/// <summary>The meters reconciliation reports, and which Cost Management MeterCategory values belong to each.</summary>
internal static class BillMeters
{
    public const string OpenAiTokens = "OpenAI tokens";
    public const string ContainerAppsGpu = "Container Apps GPU";
    public const string Functions = "Functions";
    public const string Redis = "Redis";
    public const string Storage = "Storage";
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All = [OpenAiTokens, ContainerAppsGpu, Functions, Redis, Storage, Other];

    /// <summary>Azure OpenAI is billed under Cognitive Services (older exports) or Foundry Models; the GPU worker is the
    /// deployment's only container app; the function app is on Flex Consumption (category Functions).</summary>
    public static string Of(BillLine line) => line.MeterCategory.Trim().ToLowerInvariant() switch
    {
        "cognitive services" or "azure openai" or "azure openai service" or "foundry models" or "azure ai services" => OpenAiTokens,
        "azure container apps" or "container apps" => ContainerAppsGpu,
        "functions" or "azure functions" => Functions,
        "redis cache" or "azure cache for redis" or "azure managed redis" => Redis,
        "storage" => Storage,
        _ => Other,
    };
}
