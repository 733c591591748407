using Router.Requests;

namespace Router.Accounting.Tokens;

public static class TokenCounterExtensions
{
    /// <summary>Usage of a call whose provider reported none.</summary>
    public static TokenUsage Estimate(this ITokenCounter counter, IReadOnlyList<ChatMessage> prompt, string completion) =>
        new(counter.CountPrompt(prompt), counter.CountText(completion), Estimated: true);
}
