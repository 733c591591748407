using System.CommandLine;
using Router.Classification.Sensitivity.ExactDataMatch;
using Router.Cli;
using Router.Tests.Classification.Sensitivity.ExactDataMatch;

namespace Router.Tests.Cli;

public sealed class EdmBuildCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("edm-cli").FullName;
    private readonly string _secretVariable = $"ROUTER_TEST_EDM_SECRET_{Guid.NewGuid():N}";

    public EdmBuildCommandTests() => Environment.SetEnvironmentVariable(_secretVariable, EdmTestSets.Secret);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_secretVariable, null);
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(int Exit, string Output, string Error, string SetPath)> Run(string csv, params string[] extra)
    {
        var input = Path.Combine(_folder, "values.csv");
        File.WriteAllText(input, csv);
        var set = Path.Combine(_folder, "acme.edm");
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await RouterCli.Create(CliFixtures.Services)
            .Parse(["edm", "build", "--in", input, "--out", set, "--tenant", "acme", "--key-id", "2026-12", "--secret-env", _secretVariable, .. extra])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString(), set);
    }

    [Fact]
    public async Task Build_Csv_WritesASetTheRouterMatchesWithoutPrintingValues()
    {
        var (exit, output, error, set) = await Run("name,account\nJohn Smith,ACC-00123\n\"Cruz, Maria\",DE89 3704 0044\nJohn Smith,\nLi,张三丰\n");

        Assert.Equal(0, exit);
        var loaded = EdmSetFile.Deserialize(File.ReadAllBytes(set), set, new EdmKey(EdmTestSets.Secret));
        Assert.Equal(("acme", "2026-12", 5L), (loaded.Header.TenantId, loaded.Header.KeyId, loaded.Header.Count));
        Assert.Equal(["john smith", "ACC00123", "张三丰"], EdmTestSets.Matches(loaded, "Ask john smith about ACC00123 and 张三丰"));
        Assert.Contains("5 distinct values (1 repeats)", output, StringComparison.Ordinal);
        Assert.Contains("row 5, column 1", error, StringComparison.Ordinal);
        foreach (var value in new[] { "Smith", "ACC", "Cruz", "张三丰", EdmTestSets.Secret })
        {
            Assert.DoesNotContain(value, output + error, StringComparison.Ordinal);
        }
        Assert.False(File.Exists(set + ".tmp"));
    }

    [Fact]
    public async Task Build_ChosenColumn_RegistersOnlyThatColumn()
    {
        var (exit, _, _, set) = await Run("name,account\nJohn Smith,ACC-00123\n", "--column", "account");

        Assert.Equal(0, exit);
        var loaded = EdmSetFile.Deserialize(File.ReadAllBytes(set), set, new EdmKey(EdmTestSets.Secret));
        Assert.Equal(["ACC-00123"], EdmTestSets.Matches(loaded, "John Smith ACC-00123"));
    }

    [Fact]
    public async Task Build_UnknownColumn_FailsNamingTheHeader()
    {
        var (exit, _, error, set) = await Run("name,account\nJohn Smith,ACC-00123\n", "--column", "iban");

        Assert.Equal(2, exit);
        Assert.Contains("column 'iban' is not in the header (name, account)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(set));
    }

    [Fact]
    public async Task Build_SecretMissing_FailsWithoutWriting()
    {
        Environment.SetEnvironmentVariable(_secretVariable, null);

        var (exit, _, error, set) = await Run("name\nJohn Smith\n");

        Assert.Equal(2, exit);
        Assert.Contains(_secretVariable, error, StringComparison.Ordinal);
        Assert.False(File.Exists(set));
    }
}
