using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The row gate of <see cref="RecordTables"/> (sixteenth pass, speed): a delimited line whose next line lacks its delimiter is not
/// read as a header, because no row could follow it. The rows found must be the same as reading every line as a header.
/// </summary>
public sealed class RecordTablesGateTests
{
    [Fact]
    public void Find_RandomTexts_SameRowsWithAndWithoutTheGate()
    {
        string[] headers = ["Name", "Tenant", "Employee name", "DOB", "Salary", "Diagnosis", "Product", "City", "Age", "Notes", "姓名", "年龄"];
        string[] cells = ["Marta Kowalski", "Idris Okoro", "Hannah Brandt", "Oak Desk", "张丽华", "1988-02-11", "42", "£2,400", "asthma", "n/a",
            "[name]", "", "Leeds"];
        string[] prose = ["the rent is due, thanks", "Hi all,", "", "see below;", "Marta Kowalski, 42, Leeds", "|---|---|"];
        string[] delimiters = ["|", " | ", "\t", ",", ";"];
        var random = new Random(24);
        var withRows = 0;
        for (var n = 0; n < 10_000; n++)
        {
            var text = new StringBuilder();
            var textDelimiter = delimiters[random.Next(delimiters.Length)];
            for (var line = random.Next(1, 8); line > 0; line--)
            {
                // A delimited line (a header's or a row's cells), or prose; now and then another line's delimiter.
                if (random.Next(3) > 0)
                {
                    var delimiter = random.Next(4) == 0 ? delimiters[random.Next(delimiters.Length)] : textDelimiter;
                    var words = random.Next(2) == 0 ? headers : cells;
                    for (var cell = random.Next(1, 5); cell > 0; cell--)
                    {
                        text.Append(words[random.Next(words.Length)]).Append(cell > 1 ? delimiter : "");
                    }
                }
                else
                {
                    text.Append(prose[random.Next(prose.Length)]);
                }
                text.Append(random.Next(8) == 0 ? "\r\n" : "\n");
            }
            if (random.Next(2) == 0)
            {
                text.Length--;
            }
            var value = text.ToString();
            var gated = RecordTables.Find(value, new PersonScan(value), rowGate: true);
            var plain = RecordTables.Find(value, new PersonScan(value), rowGate: false);

            Assert.Equal(plain, gated);
            withRows += plain.Count > 0 ? 1 : 0;
        }
        // The texts must hold tables with rows often enough for the comparison to mean something.
        Assert.True(withRows > 200, $"only {withRows} texts with rows");
    }

    [Theory]
    [InlineData("Tenant | Unit | Rent due\nMarta Kowalski | 4B | £950")]
    [InlineData("Name,DOB,City\nIdris Okoro,1988-02-11,Leeds\n")]
    public void Find_TableWithRows_StillRead(string text) =>
        Assert.NotEmpty(RecordTables.Find(text, new PersonScan(text)));

    [Fact]
    public void Find_HeaderWithNoRowBelow_FindsNothing()
    {
        const string text = "Tenant | Unit | Rent due\n\nMarta Kowalski | 4B | £950";

        Assert.Empty(RecordTables.Find(text, new PersonScan(text)));
    }
}
