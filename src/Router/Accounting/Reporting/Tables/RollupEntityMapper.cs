using System.Globalization;
using Azure.Data.Tables;
using Router.Accounting.Ledger.Tables;

namespace Router.Accounting.Reporting.Tables;

/// <summary>DailyRollup ↔ table entity; money as invariant strings (exact), like ledger rows.</summary>
internal static class RollupEntityMapper
{
    public static TableEntity ToEntity(DailyRollup row) => new(
        LedgerKeys.DayKey(row.Day),
        $"{LedgerKeys.EscapePart(row.TenantId)}_{LedgerKeys.EscapePart(row.Route)}_{LedgerKeys.Escape(row.Model, escapeSeparator: false)}")
    {
        ["TenantId"] = row.TenantId,
        ["Route"] = row.Route,
        ["Model"] = row.Model,
        ["Requests"] = row.Requests,
        ["CostUsd"] = LedgerEntityMapper.Money(row.CostUsd),
        ["PremiumCostUsd"] = LedgerEntityMapper.Money(row.PremiumCostUsd),
        ["RoutingSavingsUsd"] = LedgerEntityMapper.Money(row.RoutingSavingsUsd),
        ["BatchSavingsUsd"] = LedgerEntityMapper.Money(row.BatchSavingsUsd),
        ["CacheSavingsUsd"] = LedgerEntityMapper.Money(row.CacheSavingsUsd),
        ["CacheHits"] = row.CacheHits,
        ["SensitiveRequests"] = row.SensitiveRequests,
        ["SensitiveKeptPrivate"] = row.SensitiveKeptPrivate,
        ["PromptTokens"] = row.PromptTokens,
        ["CompletionTokens"] = row.CompletionTokens,
        ["LatencyHistogram"] = row.LatencyHistogram,
    };

    public static DailyRollup FromEntity(TableEntity entity) => new()
    {
        Day = DateOnly.ParseExact(entity.PartitionKey, "yyyyMMdd", CultureInfo.InvariantCulture),
        TenantId = entity.GetString("TenantId"),
        Route = entity.GetString("Route"),
        Model = entity.GetString("Model"),
        Requests = entity.GetInt64("Requests") ?? 0,
        CostUsd = LedgerEntityMapper.Money(entity.GetString("CostUsd")),
        PremiumCostUsd = LedgerEntityMapper.Money(entity.GetString("PremiumCostUsd")),
        RoutingSavingsUsd = LedgerEntityMapper.Money(entity.GetString("RoutingSavingsUsd")),
        // Roll-ups stored before the column existed read 0: their batch saving is inside routing, as it was counted then.
        BatchSavingsUsd = LedgerEntityMapper.Money(entity.GetString("BatchSavingsUsd")),
        CacheSavingsUsd = LedgerEntityMapper.Money(entity.GetString("CacheSavingsUsd")),
        CacheHits = entity.GetInt64("CacheHits") ?? 0,
        SensitiveRequests = entity.GetInt64("SensitiveRequests") ?? 0,
        SensitiveKeptPrivate = entity.GetInt64("SensitiveKeptPrivate") ?? 0,
        PromptTokens = entity.GetInt64("PromptTokens") ?? 0,
        CompletionTokens = entity.GetInt64("CompletionTokens") ?? 0,
        LatencyHistogram = entity.GetString("LatencyHistogram") ?? "",
    };
}
