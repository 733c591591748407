using System.Text.Json;
using System.Text.Json.Serialization;
using Router.Accounting;
using Router.Functions.OpenAi;
using Router.Requests;
using Router.Routing;

namespace Router.Functions.Native;

/// <summary>camelCase JSON with enums as names and routes by their wire names, for the native API, batch results and cost reports.</summary>
internal static class NativeWire
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new RouteWireConverter(), new JsonStringEnumConverter() },
    };
}

/// <summary>POST /api/route's answer: the completion, the full decision record and what it cost. When the model
/// called tools, <see cref="ToolCalls"/> holds them in OpenAI's shape (as the request's messages carry them back)
/// and <see cref="Content"/> is the text around them, often empty.</summary>
internal sealed record RouteResponse(
    string RequestId,
    string Content,
    string Model,
    string FinishReason,
    TokenUsage Usage,
    DecisionWire Decision,
    decimal CostUsd,
    decimal PremiumCostUsd,
    double LatencyMs,
    FallbackWire? FallbackUsed = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ToolCallWire>? ToolCalls { get; init; }

    public static IReadOnlyList<ToolCallWire>? Wire(IReadOnlyList<ToolCall> calls) =>
        calls.Count == 0 ? null : calls.Select(c => new ToolCallWire(c.Id, new FunctionWire(c.Name, c.Arguments))).ToList();
}

/// <summary>Set when the decision's fallback answered: the route that failed, the one that answered, and why.</summary>
internal sealed record FallbackWire(string From, string To, string Reason);

/// <summary>The decision record with the route by its wire name, as headers and the ledger carry it.</summary>
internal sealed record DecisionWire(
    string Route,
    string Backend,
    string Model,
    string Sensitivity,
    IReadOnlyList<string> EntityTypes,
    double Difficulty,
    double Threshold,
    IReadOnlyList<string> Reasons,
    string? Fallback,
    bool CacheHit)
{
    public static DecisionWire From(RouteDecision d) => new(
        d.Route.ToWireName(), d.Backend, d.Model, d.Sensitivity.ToString(), d.EntityTypes, d.Difficulty, d.Threshold, d.Reasons, d.Fallback?.ToWireName(), d.CacheHit);
}
