namespace Router.Routing;

/// <summary>
/// What a call's worst-case cost is computed from: the prompt's tokens and the most output it may produce. Made once
/// per budgeted request, so the policy's budget rule and the reservation price the same worst case.
/// </summary>
public sealed record WorstCaseTokens(int PromptTokens, int MaxCompletionTokens)
{
    /// <summary>Output tokens assumed when the caller sets no max_tokens (<c>Pipeline:DefaultMaxCompletionTokens</c>
    /// overrides it in the function app).</summary>
    public const int DefaultMaxCompletionTokens = 4096;
}
