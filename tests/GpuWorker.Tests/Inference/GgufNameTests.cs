using GpuWorker.Inference;
using GpuWorker.Tests.TestSupport;

namespace GpuWorker.Tests.Inference;

public sealed class GgufNameTests
{
    [Fact]
    public void Read_TinyModel_TheNameItsWriterGaveIt()
    {
        using var model = new TinyModelFile();

        // Read many times: the lookup through llama.cpp once answered "no such key" for this very file.
        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal("tiny-test", GgufName.Read(model.Path)));
    }

    [Fact]
    public void Read_NotGgufOrTruncated_Null()
    {
        using var model = new TinyModelFile();
        var text = Path.GetTempFileName();
        var truncated = Path.GetTempFileName();
        try
        {
            File.WriteAllText(text, "definitely not a model");
            File.WriteAllBytes(truncated, File.ReadAllBytes(model.Path)[..40]); // ends inside the first key

            Assert.Null(GgufName.Read(text));
            Assert.Null(GgufName.Read(truncated));
            Assert.Null(GgufName.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
        }
        finally
        {
            File.Delete(text);
            File.Delete(truncated);
        }
    }
}
