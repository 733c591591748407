namespace Router.Requests;

/// <summary>Every caller-set parameter that can change a completion; all of them are part of the cache key.</summary>
public sealed record SamplingParameters
{
    public float? Temperature { get; init; }
    public float? TopP { get; init; }
    public int? MaxTokens { get; init; }
    public IReadOnlyList<string> Stop { get; init; } = [];
    public int? Seed { get; init; }
}
