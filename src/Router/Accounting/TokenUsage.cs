namespace Router.Accounting;

/// <summary>Tokens of one call. Estimated is true when counted by our tokenizer because the provider gave none.</summary>
public sealed record TokenUsage(int PromptTokens, int CompletionTokens, bool Estimated = false)
{
    public int TotalTokens => PromptTokens + CompletionTokens;
}
