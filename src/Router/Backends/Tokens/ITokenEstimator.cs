using Router.Accounting;
using Router.Requests;

namespace Router.Backends.Tokens;

/// <summary>Counts tokens when a provider reports no usage; the result is always marked estimated.</summary>
public interface ITokenEstimator
{
    TokenUsage Estimate(string model, IReadOnlyList<ChatMessage> prompt, string completion);
}
