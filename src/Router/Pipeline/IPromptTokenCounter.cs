using Router.Requests;

namespace Router.Pipeline;

/// <summary>Counts prompt tokens before a call (for the budget's worst case) and when a backend reports none.</summary>
public interface IPromptTokenCounter
{
    int CountPrompt(IReadOnlyList<ChatMessage> messages);

    int CountText(string text);
}
