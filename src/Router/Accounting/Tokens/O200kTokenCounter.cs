using Microsoft.ML.Tokenizers;
using Router.Requests;

namespace Router.Accounting.Tokens;

/// <summary>
/// The o200k_base encoding used by gpt-4o and gpt-4.1; close enough for open models' estimates. Chat framing
/// follows OpenAI's published counting recipe: 3 tokens per message plus its role, and 3 to prime the reply.
/// </summary>
internal sealed class O200kTokenCounter : ITokenCounter
{
    private const int TokensPerMessage = 3;
    private const int ReplyPriming = 3;

    // Loading the vocabulary takes a while; do it once per process, on first use.
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int CountPrompt(IReadOnlyList<ChatMessage> messages) =>
        ReplyPriming + messages.Sum(m => TokensPerMessage + CountText(m.Role) + CountText(m.Content));

    public int CountText(string text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.Value.CountTokens(text);
}
