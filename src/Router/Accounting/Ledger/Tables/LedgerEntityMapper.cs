using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// LedgerEntry ↔ table entity. Table Storage has no decimal: money is stored as an invariant string, which
/// round-trips every decimal exactly (scale included). Lists are JSON strings. The timestamp is kept as UTC ticks
/// too, because Edm.DateTime may be truncated by the store.
/// </summary>
internal static class LedgerEntityMapper
{
    public static TableEntity ToEntity(LedgerEntry entry) => new(LedgerKeys.PartitionKey(entry.Timestamp, entry.TenantId), LedgerKeys.RowKey(entry.TenantId, entry.RequestId))
    {
        ["TenantId"] = entry.TenantId,
        ["RequestId"] = entry.RequestId,
        ["At"] = entry.Timestamp,
        ["AtUtcTicks"] = entry.Timestamp.UtcTicks,
        ["Source"] = entry.Source,
        ["Route"] = entry.Route,
        ["Backend"] = entry.Backend,
        ["Model"] = entry.Model,
        ["ServedModel"] = entry.ServedModel,
        ["Deployment"] = entry.Deployment,
        ["DeploymentType"] = entry.DeploymentType,
        ["Sensitivity"] = entry.Sensitivity,
        ["EntityTypes"] = JsonSerializer.Serialize(entry.EntityTypes),
        ["Difficulty"] = entry.Difficulty,
        ["Threshold"] = entry.Threshold,
        ["Reasons"] = JsonSerializer.Serialize(entry.Reasons),
        ["CacheHit"] = entry.CacheHit,
        ["PromptTokens"] = entry.PromptTokens,
        ["CompletionTokens"] = entry.CompletionTokens,
        ["TokensEstimated"] = entry.TokensEstimated,
        ["CachedPromptTokens"] = entry.CachedPromptTokens,
        ["ReasoningTokens"] = entry.ReasoningTokens,
        ["InputPricePerMillionUsd"] = Money(entry.InputPricePerMillionUsd),
        ["OutputPricePerMillionUsd"] = Money(entry.OutputPricePerMillionUsd),
        ["CachedInputPricePerMillionUsd"] = Money(entry.CachedInputPricePerMillionUsd),
        ["CostUsd"] = Money(entry.CostUsd),
        ["CostBasis"] = entry.CostBasis,
        ["ProvisionalCostUsd"] = entry.ProvisionalCostUsd is { } provisional ? Money(provisional) : null,
        ["PremiumCostUsd"] = Money(entry.PremiumCostUsd),
        ["StandardCostUsd"] = entry.StandardCostUsd is { } standard ? Money(standard) : null,
        ["LatencyMs"] = entry.LatencyMs,
        ["GpuSeconds"] = entry.GpuSeconds,
        ["Status"] = entry.Status,
        ["FallbackFrom"] = entry.FallbackFrom,
        ["FallbackReason"] = entry.FallbackReason,
    };

    public static LedgerEntry FromEntity(TableEntity entity) => new()
    {
        TenantId = entity.GetString("TenantId"),
        RequestId = entity.GetString("RequestId"),
        Timestamp = new DateTimeOffset(entity.GetInt64("AtUtcTicks")!.Value, TimeSpan.Zero),
        Source = entity.GetString("Source"),
        Route = entity.GetString("Route"),
        Backend = entity.GetString("Backend"),
        Model = entity.GetString("Model"),
        ServedModel = entity.GetString("ServedModel"),
        Deployment = entity.GetString("Deployment"),
        DeploymentType = entity.GetString("DeploymentType"),
        Sensitivity = entity.GetString("Sensitivity"),
        EntityTypes = Strings(entity.GetString("EntityTypes")),
        Difficulty = entity.GetDouble("Difficulty") ?? 0,
        Threshold = entity.GetDouble("Threshold") ?? 0,
        Reasons = Strings(entity.GetString("Reasons")),
        CacheHit = entity.GetBoolean("CacheHit") ?? false,
        PromptTokens = entity.GetInt32("PromptTokens") ?? 0,
        CompletionTokens = entity.GetInt32("CompletionTokens") ?? 0,
        TokensEstimated = entity.GetBoolean("TokensEstimated") ?? false,
        CachedPromptTokens = entity.GetInt32("CachedPromptTokens") ?? 0,
        ReasoningTokens = entity.GetInt32("ReasoningTokens") ?? 0,
        InputPricePerMillionUsd = Money(entity.GetString("InputPricePerMillionUsd")),
        OutputPricePerMillionUsd = Money(entity.GetString("OutputPricePerMillionUsd")),
        CachedInputPricePerMillionUsd = Money(entity.GetString("CachedInputPricePerMillionUsd")),
        CostUsd = Money(entity.GetString("CostUsd")),
        CostBasis = entity.GetString("CostBasis") ?? CostBasis.Tokens,
        ProvisionalCostUsd = entity.GetString("ProvisionalCostUsd") is { Length: > 0 } p ? Money(p) : null,
        PremiumCostUsd = Money(entity.GetString("PremiumCostUsd")),
        StandardCostUsd = entity.GetString("StandardCostUsd") is { Length: > 0 } s ? Money(s) : null,
        LatencyMs = entity.GetDouble("LatencyMs") ?? 0,
        GpuSeconds = entity.GetDouble("GpuSeconds") ?? 0,
        Status = entity.GetString("Status"),
        FallbackFrom = entity.GetString("FallbackFrom"),
        FallbackReason = entity.GetString("FallbackReason"),
    };

    public static string Money(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Money(string? value) =>
        string.IsNullOrEmpty(value) ? 0m : decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string[] Strings(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
