using Integration.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Router.Accounting.GpuTime;

namespace Integration.Tests.Backends;

/// <summary>The GpuUsage timer's reader against the real worker's GET /billing: field names, units and model.</summary>
[Collection(RealWorkerCollection.Name)]
public sealed class WorkerBillingProtocolTests(ReadyWorker fixture) : IClassFixture<ReadyWorker>
{
    [Fact]
    public async Task ReadAsync_RealWorkerAfterACall_SampleAddsUpAndNamesTheModel()
    {
        await fixture.Backends.Worker.CompleteAsync(Requests.Greedy());
        using var http = new HttpClient();
        var source = new HttpGpuWorkerBillingSource(http, Options.Create(new GpuUsageOptions { WorkerBaseUrl = fixture.Worker.BaseAddress.ToString() }));

        var first = await source.ReadAsync();
        await Task.Delay(50);
        var second = await source.ReadAsync();

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(TinyModelFile.ModelId, first.Model);
        Assert.EndsWith(".gguf", first.ModelFile, StringComparison.Ordinal);
        Assert.Equal(first.InstanceId, second.InstanceId);
        Assert.True(first.BusySeconds > 0m && first.ColdStartSeconds > 0m, $"busy {first.BusySeconds}, cold start {first.ColdStartSeconds}");
        // Rounded to the millisecond when read: the parts may differ from the whole by a rounding step each.
        Assert.InRange(first.UptimeSeconds - first.ColdStartSeconds - first.BusySeconds - first.IdleSeconds, -0.003m, 0.003m);
        Assert.True(second.UptimeSeconds > first.UptimeSeconds && second.SampledAt > first.SampledAt);
        Assert.True(first.ProcessStartedAt < first.SampledAt);
    }

    [Fact]
    public async Task ReadAsync_NothingListening_IsNullNotAnError()
    {
        using var http = new HttpClient();
        var source = new HttpGpuWorkerBillingSource(http, Options.Create(new GpuUsageOptions { WorkerBaseUrl = $"http://127.0.0.1:{FreePort.Next()}/" }));

        Assert.Null(await source.ReadAsync());
    }
}
