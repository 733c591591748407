namespace GpuWorker.TinyModel;

/// <summary>
/// Writes a tiny llama-architecture GGUF with seeded random F32 weights. It loads and runs in the real
/// llama.cpp (tokeniser, decode, sampling); its output is gibberish by design.
/// </summary>
public static class TinyModelWriter
{
    public const int ContextLength = 512;

    /// <summary>ChatML, recognised by llama_chat_apply_template.</summary>
    public const string ChatTemplate =
        "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}" +
        "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    public static void Write(string path, int seed = 42) => Write(path, TinyModelShape.Default, seed);

    public static void Write(string path, TinyModelShape shape, int seed = 42)
    {
        shape.Validate();
        var (tokens, scores, types) = TinyVocabulary.Build();
        var gguf = new GgufWriter();
        gguf.Add("general.architecture", "llama");
        gguf.Add("general.name", "tiny-test");
        gguf.Add("general.file_type", 0u);
        gguf.Add("llama.context_length", (uint)ContextLength);
        gguf.Add("llama.embedding_length", (uint)shape.EmbeddingLength);
        gguf.Add("llama.block_count", (uint)shape.BlockCount);
        gguf.Add("llama.feed_forward_length", (uint)shape.FeedForwardLength);
        gguf.Add("llama.attention.head_count", (uint)shape.HeadCount);
        gguf.Add("llama.attention.head_count_kv", (uint)shape.HeadCount);
        gguf.Add("llama.rope.dimension_count", (uint)(shape.EmbeddingLength / shape.HeadCount));
        gguf.Add("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        gguf.Add("llama.vocab_size", (uint)tokens.Count);
        gguf.Add("tokenizer.ggml.model", "llama");
        gguf.Add("tokenizer.ggml.tokens", tokens);
        gguf.Add("tokenizer.ggml.scores", scores);
        gguf.Add("tokenizer.ggml.token_type", types);
        gguf.Add("tokenizer.ggml.bos_token_id", (uint)TinyVocabulary.BosId);
        gguf.Add("tokenizer.ggml.eos_token_id", (uint)TinyVocabulary.EosId);
        gguf.Add("tokenizer.ggml.unknown_token_id", (uint)TinyVocabulary.UnknownId);
        gguf.Add("tokenizer.ggml.add_bos_token", true);
        gguf.Add("tokenizer.ggml.add_eos_token", false);
        gguf.Add("tokenizer.chat_template", ChatTemplate);
        AddWeights(gguf, shape, tokens.Count, new Random(seed));

        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var file = File.Create(path);
        gguf.WriteTo(file);
    }

    private static void AddWeights(GgufWriter gguf, TinyModelShape shape, int vocab, Random random)
    {
        int e = shape.EmbeddingLength, ff = shape.FeedForwardLength;
        // Scaled like the default shape's (0.125 at 64 wide) so activations stay in range at any width.
        var proj = (float)(1.0 / Math.Sqrt(e));
        var down = (float)(1.0 / Math.Sqrt(ff));
        gguf.AddTensor("token_embd.weight", [e, vocab], Randn(random, e * vocab, 1.0f));
        gguf.AddTensor("output_norm.weight", [e], Ones(e));
        gguf.AddTensor("output.weight", [e, vocab], Randn(random, e * vocab, 0.5f));
        for (var i = 0; i < shape.BlockCount; i++)
        {
            var p = $"blk.{i}.";
            gguf.AddTensor(p + "attn_norm.weight", [e], Ones(e));
            gguf.AddTensor(p + "attn_q.weight", [e, e], Randn(random, e * e, proj));
            gguf.AddTensor(p + "attn_k.weight", [e, e], Randn(random, e * e, proj));
            gguf.AddTensor(p + "attn_v.weight", [e, e], Randn(random, e * e, proj));
            gguf.AddTensor(p + "attn_output.weight", [e, e], Randn(random, e * e, proj));
            gguf.AddTensor(p + "ffn_norm.weight", [e], Ones(e));
            gguf.AddTensor(p + "ffn_gate.weight", [e, ff], Randn(random, e * ff, proj));
            gguf.AddTensor(p + "ffn_up.weight", [e, ff], Randn(random, e * ff, proj));
            gguf.AddTensor(p + "ffn_down.weight", [ff, e], Randn(random, ff * e, down));
        }
    }

    private static float[] Ones(int n) => Enumerable.Repeat(1f, n).ToArray();

    private static float[] Randn(Random random, int n, float std)
    {
        var data = new float[n];
        for (var i = 0; i < n; i++)
        {
            // Box-Muller: normal weights keep activations in a sane range through the layers.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            data[i] = (float)(std * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        return data;
    }
}
