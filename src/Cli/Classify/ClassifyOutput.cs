using System.Text.Json;
using System.Text.Json.Serialization;
using Router.Cli.Evaluation;
using Router.Cli.Input;
using Router.Routing;

namespace Router.Cli.Classify;

/// <summary>One output line of <c>router classify</c>: entity types and spans, never the values.</summary>
internal sealed record ClassifyOutput(
    JsonElement? Id,
    bool Sensitive,
    string Sensitivity,
    IReadOnlyList<EntityOutput> Entities,
    double Difficulty,
    string Route,
    string? Backend,
    string? Model,
    string? Fallback,
    double? Threshold,
    IReadOnlyList<string> Reasons)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Refused { get; init; }

    public static ClassifyOutput From(RequestLine line, Evaluation.Evaluation evaluation)
    {
        var verdict = evaluation.Classification.Sensitivity;
        var decision = evaluation.Decision;
        return new ClassifyOutput(
            line.Id,
            verdict.IsSensitive,
            verdict.Level.ToString().ToLowerInvariant(),
            verdict.Entities.Select(e => new EntityOutput(e.Type, e.Start, e.End, e.MessageIndex)).ToArray(),
            evaluation.Classification.Difficulty,
            decision?.Route.ToWireName() ?? "refused",
            decision?.Backend,
            decision?.Model,
            decision?.Fallback?.ToWireName(),
            decision?.Threshold,
            [.. verdict.Reasons, .. decision?.Reasons ?? []])
        {
            Refused = evaluation.Refusal,
        };
    }
}

internal sealed record EntityOutput(string Type, int Start, int End, int Message);

/// <summary>An input line that could not be read: its id (or line number) and why.</summary>
internal sealed record ErrorOutput(JsonElement? Id, int Line, string Error);

internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
