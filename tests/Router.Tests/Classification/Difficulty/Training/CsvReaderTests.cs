using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

public class CsvReaderTests
{
    [Fact]
    public void ReadRecords_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        const string csv = "prompt,a,b\r\n\"Line one,\nsaid \"\"hi\"\"\",True,False\nplain,False,True";

        var records = CsvReader.ReadRecords(new StringReader(csv)).ToArray();

        Assert.Equal(3, records.Length);
        Assert.Equal(["prompt", "a", "b"], records[0]);
        Assert.Equal(["Line one,\nsaid \"hi\"", "True", "False"], records[1]);
        Assert.Equal(["plain", "False", "True"], records[2]);
    }
}
