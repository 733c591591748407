using GpuWorker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GpuWorker.Tests.Hosting;

public sealed class WorkerHostTests
{
    [Fact]
    public async Task Build_MissingModelFile_FailsStartupNamingThePath()
    {
        var builder = WorkerHost.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Worker:ModelPath"] = "/missing/model.gguf" });
        builder.Logging.ClearProviders();
        await using var app = WorkerHost.Build(builder);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("/missing/model.gguf", ex.Message, StringComparison.Ordinal);
    }
}
