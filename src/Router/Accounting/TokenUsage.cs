namespace Router.Accounting;

/// <summary>Tokens of one call. Estimated is true when counted by our tokenizer because the provider gave none.</summary>
public sealed record TokenUsage(int PromptTokens, int CompletionTokens, bool Estimated = false)
{
    public int TotalTokens => PromptTokens + CompletionTokens;

    /// <summary>Prompt tokens the provider served from its prompt cache (part of <see cref="PromptTokens"/>, billed at the cached-input rate).</summary>
    public int CachedPromptTokens { get; init; }

    /// <summary>Hidden reasoning tokens (part of <see cref="CompletionTokens"/>, billed as output).</summary>
    public int ReasoningTokens { get; init; }
}
