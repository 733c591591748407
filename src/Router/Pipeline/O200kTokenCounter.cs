using Microsoft.ML.Tokenizers;
using Router.Requests;

namespace Router.Pipeline;

/// <summary>o200k_base (GPT-4o family) counts, plus the chat format's few tokens per message.</summary>
internal sealed class O200kTokenCounter : IPromptTokenCounter
{
    private const int TokensPerMessage = 4;
    private readonly Lazy<Tokenizer> _tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int CountPrompt(IReadOnlyList<ChatMessage> messages) =>
        messages.Sum(m => TokensPerMessage + CountText(m.Content)) + 3;

    public int CountText(string text) => string.IsNullOrEmpty(text) ? 0 : _tokenizer.Value.CountTokens(text);
}
