using System.ComponentModel.DataAnnotations;

namespace Router.Pipeline;

/// <summary>Bound from configuration section "Pipeline".</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Output tokens assumed for the budget's worst case (the policy's budget rule and the reservation
    /// alike) when the caller sets no max_tokens.</summary>
    [Range(1, 1_000_000)]
    public int DefaultMaxCompletionTokens { get; set; } = Routing.WorstCaseTokens.DefaultMaxCompletionTokens;
}
