using Router.Requests;

namespace Router.Accounting.Tokens;

/// <summary>
/// Counts tokens where a provider reports none: the budget's worst case before a call, usage after a call
/// whose backend returned no usage, and replays. Results built from it are always marked estimated.
/// </summary>
public interface ITokenCounter
{
    /// <summary>Prompt tokens including the chat format's framing (per-message overhead and reply priming).</summary>
    int CountPrompt(IReadOnlyList<ChatMessage> messages);

    /// <summary>Tokens of plain text (a completion, one message's content).</summary>
    int CountText(string text);
}
