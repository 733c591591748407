namespace GpuWorker.TinyModel;

/// <summary>
/// Dimensions of a generated model. The default is the tests' tiny model; a wider, deeper one (for example
/// 512 wide, 8 layers) makes decoding rather than HTTP dominate a benchmark.
/// </summary>
public sealed record TinyModelShape(int EmbeddingLength = 64, int BlockCount = 2, int HeadCount = 4, int FeedForwardLength = 128)
{
    public static TinyModelShape Default { get; } = new();

    /// <summary>Tensors in the file: embeddings, output norm and output, then nine per block.</summary>
    public int TensorCount => 3 + 9 * BlockCount;

    public void Validate()
    {
        if (EmbeddingLength < 8 || BlockCount < 1 || HeadCount < 1 || FeedForwardLength < 8)
        {
            throw new ArgumentException($"Model shape {this} is too small (width and feed-forward >= 8, layers and heads >= 1).");
        }

        if (EmbeddingLength % HeadCount != 0 || EmbeddingLength / HeadCount % 2 != 0)
        {
            throw new ArgumentException($"Width {EmbeddingLength} must split into {HeadCount} heads of an even size (RoPE).");
        }
    }
}
