using System.Runtime.InteropServices;
using System.Text;
using GpuWorker.Native;

namespace GpuWorker.Inference;

/// <summary>A loaded GGUF model and its vocabulary. Tokenising and templating are read-only and thread-safe.</summary>
internal sealed unsafe class LlamaModel : IDisposable
{
    private readonly SafeLlamaModelHandle _handle;

    private LlamaModel(SafeLlamaModelHandle handle)
    {
        _handle = handle;
        Vocab = NativeMethods.llama_model_get_vocab(handle);
        VocabSize = NativeMethods.llama_vocab_n_tokens(Vocab);
        var template = NativeMethods.llama_model_chat_template(handle, null);
        ChatTemplate = template == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(template);
    }

    public SafeLlamaModelHandle Handle => _handle;

    public IntPtr Vocab { get; }

    public int VocabSize { get; }

    /// <summary>The GGUF `tokenizer.chat_template`, or null when the file has none.</summary>
    public string? ChatTemplate { get; }

    public static LlamaModel Load(string path, int gpuLayers)
    {
        LlamaLibrary.EnsureLoaded();
        var parameters = NativeMethods.llama_model_default_params();
        parameters.NGpuLayers = gpuLayers;
        var handle = NativeMethods.llama_model_load_from_file(path, parameters);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new InvalidOperationException($"llama.cpp could not load the model at '{path}'.");
        }

        return new LlamaModel(handle);
    }

    public int[] Tokenize(string text, bool addSpecial, bool parseSpecial)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var tokens = new int[bytes.Length + 8];
        fixed (byte* t = bytes)
        fixed (int* p = tokens)
        {
            var n = NativeMethods.llama_tokenize(Vocab, t, bytes.Length, p, tokens.Length, addSpecial, parseSpecial);
            if (n < 0)
            {
                tokens = new int[-n];
                fixed (int* q = tokens)
                {
                    n = NativeMethods.llama_tokenize(Vocab, t, bytes.Length, q, tokens.Length, addSpecial, parseSpecial);
                }
            }

            if (n < 0) throw new InvalidOperationException("Tokenisation failed.");
            return tokens[..n];
        }
    }

    /// <summary>The bytes of one token; a byte-fallback token may hold part of a UTF-8 character.</summary>
    public byte[] TokenBytes(int token)
    {
        Span<byte> buffer = stackalloc byte[128];
        fixed (byte* b = buffer)
        {
            var n = NativeMethods.llama_token_to_piece(Vocab, token, b, buffer.Length, 0, false);
            if (n >= 0) return buffer[..n].ToArray();
        }

        var large = new byte[-NativeMethods.llama_token_to_piece(Vocab, token, null, 0, 0, false)];
        fixed (byte* b = large)
        {
            NativeMethods.llama_token_to_piece(Vocab, token, b, large.Length, 0, false);
        }

        return large;
    }

    public bool IsEndOfGeneration(int token) => NativeMethods.llama_vocab_is_eog(Vocab, token);

    private int[]? _endOfGeneration;

    public int[] EndOfGenerationTokens() =>
        _endOfGeneration ??= Enumerable.Range(0, VocabSize).Where(IsEndOfGeneration).ToArray();

    public void Dispose() => _handle.Dispose();
}
