using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

public class RoutingDataReaderTests
{
    [Fact]
    public void Read_ExtraColumnsInAnyOrder_UsesNamedColumns()
    {
        var csv = $"{RoutingDataReader.StrongColumn},prompt,{RoutingDataReader.WeakColumn},response\nTrue,\"What, exactly?\",False,\"x\"\n";

        var prompts = RoutingDataReader.Read(new StringReader(csv), "demo");

        var prompt = Assert.Single(prompts);
        Assert.Equal(new LabeledPrompt("What, exactly?", false, true, "demo"), prompt);
        Assert.True(prompt.StrongOnly);
    }

    [Fact]
    public void Read_MissingColumn_Throws()
    {
        Assert.Throws<InvalidDataException>(() => RoutingDataReader.Read(new StringReader("prompt,x\nhi,True\n"), "demo"));
    }

    [Fact]
    public void Read_BadBoolean_Throws()
    {
        var csv = $"prompt,{RoutingDataReader.WeakColumn},{RoutingDataReader.StrongColumn}\nhi,maybe,True\n";

        Assert.Throws<InvalidDataException>(() => RoutingDataReader.Read(new StringReader(csv), "demo"));
    }
}
