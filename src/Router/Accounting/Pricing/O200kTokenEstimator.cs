using Microsoft.ML.Tokenizers;

namespace Router.Accounting.Pricing;

/// <summary>The o200k_base encoding used by gpt-4o and gpt-4.1; close enough for open models' estimates.</summary>
internal sealed class O200kTokenEstimator : ITokenEstimator
{
    // Loading the vocabulary takes a while; do it once, on first use.
    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int CountTokens(string text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.Value.CountTokens(text);
}
