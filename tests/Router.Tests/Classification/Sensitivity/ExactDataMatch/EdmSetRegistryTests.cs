using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Classification;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.ExactDataMatch;
using Router.Routing;

namespace Router.Tests.Classification.Sensitivity.ExactDataMatch;

public sealed class EdmSetRegistryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("edm-tests").FullName;
    private readonly FakeLogger<EdmSetRegistry> _log = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Path(string name) => System.IO.Path.Combine(_folder, name);

    private static RouterOptions Options(string source, string tenant = "acme", string secret = EdmTestSets.Secret, string keyId = "", string? blobConnection = null) => new()
    {
        Tenants = { [tenant] = new TenantOptions { ExactDataMatch = new ExactDataMatchOptions { Source = source, Secret = secret, KeyId = keyId } } },
        ExactDataMatch = { BlobConnectionString = blobConnection ?? "" },
    };

    private EdmSetRegistry Registry(RouterOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), new EdmSourceFactory(Microsoft.Extensions.Options.Options.Create(options)), _log);

    [Fact]
    public async Task LoadAll_File_MatchesForItsTenantOnlyWithoutADefaultSet()
    {
        File.WriteAllBytes(Path("acme.edm"), EdmTestSets.File());
        var options = Options(Path("acme.edm"));
        options.Tenants["other"] = new TenantOptions();
        var registry = Registry(options);

        await registry.LoadAllAsync(CancellationToken.None);

        Assert.Equal(["John Smith"], EdmTestSets.Matches(registry.For("acme")!, "Hello John Smith"));
        Assert.Null(registry.For("other"));
        Assert.Null(registry.For("unknown"));
        var loaded = Assert.Single(_log.Collector.GetSnapshot());
        Assert.Contains("10 values", loaded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task For_TenantWithoutItsOwnSet_UsesTheDefaultTenantsSet()
    {
        File.WriteAllBytes(Path("default.edm"), EdmTestSets.File(tenant: "default"));
        var options = Options(Path("default.edm"), tenant: "default");
        options.Tenants["listed"] = new TenantOptions { DisplayName = "listed, no set" };
        var registry = Registry(options);

        await registry.LoadAllAsync(CancellationToken.None);

        Assert.Same(registry.For("default"), registry.For("someone-new"));
        Assert.Same(registry.For("default"), registry.For("listed"));
    }

    [Fact]
    public void For_ConfiguredButNotLoaded_Throws()
    {
        var registry = Registry(Options(Path("acme.edm")));

        Assert.Throws<InvalidOperationException>(() => registry.For("acme"));
    }

    [Theory]
    [InlineData("missing", "does not exist")]
    [InlineData("garbage", "is not an exact-data-match set")]
    [InlineData("tenant", "was built for tenant 'globex'")]
    [InlineData("key id", "has key id 'k1'")]
    [InlineData("secret", "another secret")]
    public async Task LoadAll_BadSet_ThrowsNamingTheFileAndReason(string problem, string reason)
    {
        var file = Path("acme.edm");
        var options = Options(file, keyId: problem == "key id" ? "k2" : "");
        if (problem != "missing")
        {
            File.WriteAllBytes(file, problem switch
            {
                "garbage" => "name\nJohn Smith\n"u8.ToArray(),
                "tenant" => EdmTestSets.File(tenant: "globex"),
                "secret" => EdmTestSets.File(secret: EdmTestSets.OtherSecret),
                _ => EdmTestSets.File(),
            });
        }

        var error = await Assert.ThrowsAsync<EdmSetLoadException>(() => Registry(options).LoadAllAsync(CancellationToken.None));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_FileReplaced_SwapsInTheNewSet()
    {
        var file = Path("acme.edm");
        File.WriteAllBytes(file, EdmTestSets.File(["John Smith"]));
        var registry = Registry(Options(file));
        await registry.LoadAllAsync(CancellationToken.None);

        File.WriteAllBytes(file, EdmTestSets.File(["John Smith", "Jane Roe"]));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        await registry.RefreshAsync(CancellationToken.None);

        Assert.Equal(["Jane Roe"], EdmTestSets.Matches(registry.For("acme")!, "Ask Jane Roe"));
    }

    [Fact]
    public async Task Refresh_BadReplacement_KeepsTheOldSetAndLogsWithoutSecretsOrValues()
    {
        var file = Path("acme.edm");
        File.WriteAllBytes(file, EdmTestSets.File(["John Smith"]));
        var registry = Registry(Options(file));
        await registry.LoadAllAsync(CancellationToken.None);

        File.WriteAllBytes(file, EdmTestSets.File(["John Smith"])[..^10]);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        await registry.RefreshAsync(CancellationToken.None);

        Assert.Equal(["John Smith"], EdmTestSets.Matches(registry.For("acme")!, "Hi John Smith"));
        var error = Assert.Single(_log.Collector.GetSnapshot(), e => e.Level == LogLevel.Error);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.All(_log.Collector.GetSnapshot(), e =>
        {
            Assert.DoesNotContain(EdmTestSets.Secret, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Smith", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Refresh_Blob_ReloadsWhenTheETagChanges()
    {
        var container = new BlobContainerClient(TestEnvironment.Storage, TestEnvironment.UniqueId("edm"));
        await container.CreateAsync();
        try
        {
            var blob = container.GetBlobClient("acme.edm");
            await blob.UploadAsync(new BinaryData(EdmTestSets.File(["John Smith"])));
            var registry = Registry(Options(blob.Uri.ToString(), blobConnection: TestEnvironment.Storage));
            await registry.LoadAllAsync(CancellationToken.None);
            Assert.Empty(EdmTestSets.Matches(registry.For("acme")!, "Ask Jane Roe"));

            await blob.UploadAsync(new BinaryData(EdmTestSets.File(["Jane Roe"])), overwrite: true);
            await registry.RefreshAsync(CancellationToken.None);

            Assert.Equal(["Jane Roe"], EdmTestSets.Matches(registry.For("acme")!, "Ask Jane Roe"));
        }
        finally
        {
            await container.DeleteAsync();
        }
    }

    [Fact]
    public async Task HostStart_BadSet_FailsWithTheFileName()
    {
        var file = Path("acme.edm");
        File.WriteAllBytes(file, "not a set"u8.ToArray());
        var services = new ServiceCollection().AddLogging().AddSensitivityClassification();
        services.AddSingleton<IOptions<RouterOptions>>(Microsoft.Extensions.Options.Options.Create(Options(file)));
        await using var provider = services.BuildServiceProvider();
        var reloader = provider.GetServices<IHostedService>().OfType<EdmSetReloader>().Single();

        var error = await Assert.ThrowsAsync<EdmSetLoadException>(() => reloader.StartAsync(CancellationToken.None));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_TenantWithSet_IsHighOnlyForThatTenant()
    {
        var file = Path("acme.edm");
        File.WriteAllBytes(file, EdmTestSets.File());
        var services = new ServiceCollection().AddLogging().AddSensitivityClassification();
        services.AddSingleton<IOptions<RouterOptions>>(Microsoft.Extensions.Options.Options.Create(Options(file)));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<EdmSetRegistry>().LoadAllAsync(CancellationToken.None);
        var classifier = provider.GetRequiredService<ISensitivityClassifier>();
        var texts = new[] { "Summarise the complaint from Maria de la Cruz." };

        var acme = classifier.Classify(texts, new SensitivityScope("acme", [], []));
        var other = classifier.Classify(texts, new SensitivityScope("globex", [], []));

        Assert.Equal(SensitivityLevel.High, acme.Level);
        Assert.Equal(["exact_data_match x1 (tenant registered value)"], acme.Reasons);
        Assert.Equal((29, 45), (acme.Entities[0].Start, acme.Entities[0].End));
        Assert.False(other.IsSensitive);
    }

    [Fact]
    public async Task Classify_SetNotLoaded_FailsClosed()
    {
        var services = new ServiceCollection().AddLogging().AddSensitivityClassification();
        services.AddSingleton<IOptions<RouterOptions>>(Microsoft.Extensions.Options.Options.Create(Options(Path("acme.edm"))));
        await using var provider = services.BuildServiceProvider();

        var verdict = provider.GetRequiredService<ISensitivityClassifier>().Classify(["hello"], new SensitivityScope("acme", [], []));

        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.StartsWith("fail-closed", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }
}
