using System.Text;
using LLama.Exceptions;
using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>A loaded GGUF model and its vocabulary (LLamaSharp's handles). Tokenising and templating are read-only
/// and thread-safe.</summary>
internal sealed class LlamaModel : IDisposable
{
    private readonly SafeLlamaModelHandle _handle;
    private readonly LLamaToken[] _endOfGeneration;

    private LlamaModel(SafeLlamaModelHandle handle, string path)
    {
        _handle = handle;
        VocabSize = handle.Vocab.Count;
        ChatTemplate = handle.GetTemplate(strict: false);
        Name = GgufName.Read(path);
        var eog = new List<LLamaToken>();
        var specials = new List<(string, LLamaToken)>();
        var longest = 1;
        for (var t = 0; t < VocabSize; t++)
        {
            LLamaToken token = t;
            if (token.IsEndOfGeneration(handle.Vocab))
            {
                eog.Add(token);
            }

            var attributes = token.GetAttributes(handle.Vocab);
            if ((attributes & (LLamaTokenAttr.Control | LLamaTokenAttr.UserDefined)) != 0)
            {
                var text = Encoding.UTF8.GetString(TokenBytes(token, special: true));
                if (text.Length > 0)
                {
                    specials.Add((text, token));
                }
            }
            else
            {
                longest = Math.Max(longest, TokenBytes(token, special: false).Length);
            }
        }

        _endOfGeneration = [.. eog];
        SpecialTokens = new SpecialTokenTable(specials);
        LongestPieceBytes = longest;
    }

    public SafeLlamaModelHandle Handle => _handle;

    public int VocabSize { get; }

    /// <summary>The GGUF `general.name` (what the file says the model is), or null when the file has none.</summary>
    public string? Name { get; }

    /// <summary>The GGUF `tokenizer.chat_template`, or null when the file has none.</summary>
    public string? ChatTemplate { get; }

    /// <summary>Control and user-defined tokens by their text; only the chat template may produce them.</summary>
    public SpecialTokenTable SpecialTokens { get; }

    /// <summary>Bytes of the longest ordinary token: a text of N bytes is at least N / this many tokens.</summary>
    public int LongestPieceBytes { get; }

    public bool AddsBos => _handle.Vocab.ShouldAddBOS && _handle.Vocab.BOS is not null;

    public LLamaToken? Bos => _handle.Vocab.BOS;

    /// <summary>Loads the file or throws <see cref="ModelLoadException"/> naming it and, from llama.cpp's log, why.
    /// <paramref name="nativeLibraryFolder"/>: Worker:NativeLibraryPath, null for LLamaSharp's packaged build.</summary>
    public static LlamaModel Load(string path, int gpuLayers, string? nativeLibraryFolder = null)
    {
        NativeLog.Install(nativeLibraryFolder);
        NativeLog.TakeRecentErrors();
        NativeLog.GpuLayersOffloaded = null;
        var parameters = LLamaModelParams.Default();
        parameters.n_gpu_layers = gpuLayers < 0 ? int.MaxValue : gpuLayers;
        try
        {
            return new LlamaModel(SafeLlamaModelHandle.LoadFromFile(path, parameters), path);
        }
        catch (LoadWeightsFailedException)
        {
            var reasons = NativeLog.TakeRecentErrors();
            var reason = reasons.Count == 0 ? "llama.cpp gave no reason" : string.Join("; ", reasons);
            throw new ModelLoadException($"Could not load the model '{path}': {reason}");
        }
        catch (IOException ex)
        {
            throw new ModelLoadException($"Could not read the model '{path}': {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ModelLoadException($"Could not read the model '{path}': {ex.Message}");
        }
    }

    /// <summary>Plain-text tokens: control-token text such as "&lt;|im_start|&gt;" stays text.</summary>
    public LLamaToken[] TokenizeText(string text) =>
        text.Length == 0 ? [] : _handle.Tokenize(text, addBos: false, special: false, Encoding.UTF8);

    /// <summary>The bytes of one token; a byte-fallback token may hold part of a UTF-8 character.</summary>
    public byte[] TokenBytes(LLamaToken token, bool special = false)
    {
        Span<byte> buffer = stackalloc byte[128];
        var n = NativeApi.llama_token_to_piece(_handle.Vocab, token, buffer, 0, special);
        if (n >= 0)
        {
            return buffer[..n].ToArray();
        }

        var large = new byte[-n];
        NativeApi.llama_token_to_piece(_handle.Vocab, token, large, 0, special);
        return large;
    }

    public bool IsEndOfGeneration(LLamaToken token) => token.IsEndOfGeneration(_handle.Vocab);

    public IReadOnlyList<LLamaToken> EndOfGenerationTokens => _endOfGeneration;

    public void Dispose() => _handle.Dispose();
}

/// <summary>The model file is missing, unreadable, truncated or not something llama.cpp can run.</summary>
internal sealed class ModelLoadException(string message) : Exception(message);
