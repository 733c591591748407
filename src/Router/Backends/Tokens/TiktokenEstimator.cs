using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;
using Router.Accounting;
using Router.Requests;

namespace Router.Backends.Tokens;

/// <summary>
/// Estimates with the model's own tiktoken encoding (o200k for the gpt-4o family), falling back to o200k
/// for models the tokenizer library does not know. Chat framing follows OpenAI's published counting recipe:
/// 3 tokens per message plus 3 to prime the reply.
/// </summary>
internal sealed class TiktokenEstimator : ITokenEstimator
{
    private const int TokensPerMessage = 3;
    private const int ReplyPriming = 3;
    private readonly ConcurrentDictionary<string, Tokenizer> _byModel = new(StringComparer.Ordinal);

    public TokenUsage Estimate(string model, IReadOnlyList<ChatMessage> prompt, string completion)
    {
        var tokenizer = _byModel.GetOrAdd(model, Create);
        var promptTokens = ReplyPriming + prompt.Sum(m => TokensPerMessage + tokenizer.CountTokens(m.Role) + tokenizer.CountTokens(m.Content));
        return new TokenUsage(promptTokens, tokenizer.CountTokens(completion), Estimated: true);
    }

    private static Tokenizer Create(string model)
    {
        try
        {
            return TiktokenTokenizer.CreateForModel(model);
        }
        catch (NotSupportedException)
        {
            return TiktokenTokenizer.CreateForEncoding("o200k_base");
        }
    }
}
