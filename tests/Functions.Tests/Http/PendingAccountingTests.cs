using Microsoft.Extensions.Logging.Abstractions;
using Router.Functions.Http;
using Router.Functions.Tests.Support;
using Router.Pipeline;
using Router.Tests.Pipeline.Fakes;

namespace Router.Functions.Tests.Http;

public sealed class PendingAccountingTests
{
    [Fact]
    public async Task Start_LedgerFallsBehind_CallersWaitOnlyPastTheLimit()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Ledger.HoldWrites = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pipeline = (IRequestPipeline)app.Services.GetService(typeof(IRequestPipeline))!;
        var pending = new PendingAccounting(NullLogger<PendingAccounting>.Instance);

        var waits = new List<Task>();
        for (var i = 0; i <= PendingAccounting.MaxInFlight; i++)
        {
            var answered = await pipeline.AnswerAsync(Request(i), "http");
            waits.Add(pending.Start(answered));
        }

        Assert.All(waits.Take(PendingAccounting.MaxInFlight), w => Assert.True(w.IsCompleted));
        Assert.False(waits[^1].IsCompleted);
        Assert.Equal(PendingAccounting.MaxInFlight + 1, pending.Count);

        app.Fakes.Ledger.HoldWrites.SetResult();
        await pending.DrainAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await waits[^1];
        Assert.Equal(PendingAccounting.MaxInFlight + 1, app.Fakes.Ledger.Rows.Count);
    }

    private static Router.Requests.ChatRequest Request(int i) => new()
    {
        RequestId = $"req-{i}",
        TenantId = "acme",
        Messages = [new Router.Requests.ChatMessage("user", $"question {i}")],
    };
}
