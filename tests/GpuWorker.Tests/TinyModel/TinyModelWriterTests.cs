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
        using var file = new TinyModelFile();
        using var model = LlamaModel.Load(file.Path, gpuLayers: 0);

        var tokens = model.TokenizeText("hello world ünïcode");
        var text = Encoding.UTF8.GetString(tokens.SelectMany(t => model.TokenBytes(t)).ToArray());

        Assert.True(model.AddsBos);
        Assert.Equal(TinyVocabulary.BosId, (int)model.Bos!.Value);
        Assert.Equal(" hello world ünïcode", text);
        Assert.Equal(TinyModelWriter.ChatTemplate, model.ChatTemplate);
        Assert.True(model.IsEndOfGeneration(TinyVocabulary.EosId));
        Assert.True(model.IsEndOfGeneration(TinyVocabulary.ImEndId));
    }

    [Fact]
    public void Write_WiderShape_LoadsWithThatShape()
    {
        var path = Path.Combine(Path.GetTempPath(), "shape-" + Guid.NewGuid().ToString("N") + ".gguf");
        try
        {
            TinyModelWriter.Write(path, new TinyModelShape(EmbeddingLength: 96, BlockCount: 3, HeadCount: 6, FeedForwardLength: 160));
            using var model = LlamaModel.Load(path, gpuLayers: 0);

            Assert.Equal(96, model.Handle.EmbeddingSize);
            Assert.Equal(3, model.Handle.LayerCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(30, 4)]
    [InlineData(64, 5)]
    public void Write_WidthNotSplittingIntoEvenHeads_Throws(int width, int heads)
    {
        Assert.Throws<ArgumentException>(() => TinyModelWriter.Write(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), new TinyModelShape(width, 1, heads, 64)));
    }
}
