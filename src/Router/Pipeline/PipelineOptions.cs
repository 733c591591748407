using System.ComponentModel.DataAnnotations;

namespace Router.Pipeline;

/// <summary>Bound from configuration section "Pipeline".</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Output tokens assumed for the budget's worst case when the caller sets no max_tokens.</summary>
    [Range(1, 1_000_000)]
    public int DefaultMaxCompletionTokens { get; set; } = 4096;
}
