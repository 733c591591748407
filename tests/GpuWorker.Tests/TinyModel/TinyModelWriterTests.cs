using System.Text;
using GpuWorker.Inference;
using GpuWorker.Tests.TestSupport;
using GpuWorker.TinyModel;

namespace GpuWorker.Tests.TinyModel;

public sealed class TinyModelWriterTests
{
    [Fact]
    public void Write_AnyPath_WritesGgufV3Header()
    {
        using var model = new TinyModelFile();
        using var reader = new BinaryReader(File.OpenRead(model.Path));

        Assert.Equal("GGUF", Encoding.ASCII.GetString(reader.ReadBytes(4)));
        Assert.Equal(3u, reader.ReadUInt32());
        Assert.Equal((ulong)TinyModelShape.Default.TensorCount, reader.ReadUInt64());
    }

    [Fact]
    public void Write_SameSeed_IsByteIdentical()
    {
        var a = Path.GetTempFileName();
        var b = Path.GetTempFileName();
        try
        {
            TinyModelWriter.Write(a, seed: 3);
            TinyModelWriter.Write(b, seed: 3);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void Write_LoadedByLlamaCpp_TokenisesRoundTripAndCarriesChatTemplate()
    {
        NativeLibraries.Require();
        using var file = new TinyModelFile();
        using var model = LlamaModel.Load(file.Path, gpuLayers: 0);

        var tokens = model.Tokenize("hello world ünïcode", addSpecial: true, parseSpecial: false);
        var text = Encoding.UTF8.GetString(tokens.Skip(1).SelectMany(model.TokenBytes).ToArray());

        Assert.Equal(TinyVocabulary.BosId, tokens[0]);
        Assert.Equal(" hello world ünïcode", text);
        Assert.Equal(TinyModelWriter.ChatTemplate, model.ChatTemplate);
        Assert.True(model.IsEndOfGeneration(TinyVocabulary.EosId));
        Assert.True(model.IsEndOfGeneration(TinyVocabulary.ImEndId));
    }
}
