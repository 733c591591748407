using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

public sealed class BatchQueueFunctionTests
{
    [Fact]
    public async Task Post_BodyAsObject_ProcessesAndAnswersInvocationResponse()
    {
        await using var app = await TestApp.StartAsync();

        var (status, body) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(Invocation.Message()));

        Assert.Equal(200, status);
        Assert.Contains("completed", body.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("job-1", body.GetProperty("ReturnValue").GetProperty("requestId").GetString());
        var row = Assert.Single(app.Fakes.Ledger.Rows.Values);
        Assert.Equal(("acme", "job-1", "queue"), (row.TenantId, row.RequestId, row.Source));
    }

    [Theory]
    [InlineData("BatchQueue")]
    [InlineData("DailyRollup")]
    public async Task Post_AppNotRunByTheFunctionsHost_TriggerRoutesRefusedNothingRuns(string function)
    {
        // Locally the batch consumer calls the handler in-process; an unauthenticated POST must not spend or write rows.
        await using var app = await TestApp.StartAsync(s => s.Remove("FUNCTIONS_CUSTOMHANDLER_PORT"));

        var response = await app.Client(null).PostAsync($"/{function}", Invocation.ServiceBus(Invocation.Message()));

        await Json.AssertErrorAsync(response, 404);
        Assert.Empty(app.Fakes.Ledger.Rows);
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.0.0.7", false)]
    [InlineData("192.168.1.20", false)]
    public void HostInvocationGate_UnderTheHost_OnlyLoopback(string remote, bool accepted)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7071" }).Build();

        Assert.Equal(accepted, new Router.Functions.CustomHandler.HostInvocationGate(configuration).IsFromHost(System.Net.IPAddress.Parse(remote)));
    }

    [Fact]
    public async Task Post_BodyAsJsonString_IsParsedTheSame()
    {
        await using var app = await TestApp.StartAsync();

        var (status, _) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(JsonSerializer.Serialize(Invocation.Message())));

        Assert.Equal(200, status);
        Assert.Single(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task Post_BodyWithoutId_UsesMetadataMessageId()
    {
        await using var app = await TestApp.StartAsync();
        var message = new { tenant = "acme", messages = new[] { new { role = "user", content = "x" } } };

        var (status, _) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(message, messageId: "sb-msg-77"));

        Assert.Equal(200, status);
        Assert.True(app.Fakes.Ledger.Rows.ContainsKey(("acme", "sb-msg-77")));
    }

    [Fact]
    public async Task Post_SameMessageDeliveredTwice_OneLedgerRowAndStoredResultReturned()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client(null);

        await Invocation.PostAsync(client, "BatchQueue", Invocation.ServiceBus(Invocation.Message(), deliveryCount: 1));
        var (status, body) = await Invocation.PostAsync(client, "BatchQueue", Invocation.ServiceBus(Invocation.Message(), deliveryCount: 2));

        Assert.Equal(200, status);
        Assert.True(body.GetProperty("ReturnValue").GetProperty("replayed").GetBoolean());
        Assert.Single(app.Fakes.Ledger.Rows);
        Assert.Equal(1, app.Fakes.Ledger.Writes);
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
    }

    [Theory]
    [InlineData("{\"tenant\":\"acme\"}")]
    [InlineData("{\"id\":\"j\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")]
    [InlineData("{\"id\":\"j\",\"tenant\":\"nobody\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")]
    [InlineData("{\"id\":\"j\",\"tenant\":\"acme\",\"model\":\"nope\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")]
    [InlineData("not json at all")]
    public async Task Post_InvalidMessage_CompletesWithReasonInsteadOfBeingRedelivered(string rawBody)
    {
        await using var app = await TestApp.StartAsync();

        var (status, body) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(rawBody, deliveryCount: 3));

        Assert.Equal(200, status);
        var log = body.GetProperty("Logs")[0].GetString()!;
        Assert.Contains("invalid message (delivery 3)", log, StringComparison.Ordinal);
        Assert.Equal("invalid", body.GetProperty("ReturnValue").GetProperty("status").GetString());
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task Post_InvalidMessageNamingTenantAndId_StoredAsInvalidOnceWithReason()
    {
        await using var app = await TestApp.StartAsync();
        const string bad = "{\"id\":\"bad-1\",\"tenant\":\"acme\",\"model\":\"nope\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";

        await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(bad, deliveryCount: 1));
        await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(bad, deliveryCount: 2));
        var response = await app.Client().GetAsync("/api/batch/bad-1");

        Assert.Equal(200, (int)response.StatusCode);
        var result = await Json.ReadAsync(response);
        Assert.Equal("invalid", result.GetProperty("status").GetString());
        Assert.Contains("unknown model 'nope'", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow(), result.GetProperty("completedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Post_TransientFailureOnLastDelivery_StoredAsDeadLetteredWithLastError()
    {
        await using var app = await TestApp.StartAsync(s => s["Queue:MaxDequeueCount"] = "3");
        app.Fakes.Dispatch.Failure = Router.Backends.BackendFailure.Throttled;

        var (early, _) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(Invocation.Message("tired-1"), deliveryCount: 2));
        var stillPending = await app.Client().GetAsync("/api/batch/tired-1");
        var (last, _) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(Invocation.Message("tired-1"), deliveryCount: 3));
        var result = await Json.ReadAsync(await app.Client().GetAsync("/api/batch/tired-1"));

        Assert.Equal((500, 404, 500), (early, (int)stillPending.StatusCode, last));
        Assert.Equal("dead-lettered", result.GetProperty("status").GetString());
        Assert.Contains("failed 3 times", result.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TransientBackendFailure_Returns500SoHostRetries()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Dispatch.Failure = Router.Backends.BackendFailure.Throttled;

        var (status, body) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(Invocation.Message()));

        Assert.Equal(500, status);
        Assert.Contains("transient failure", body.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BudgetExhausted_CompletesInvocationWithRefusedResult()
    {
        await using var app = await TestApp.StartAsync();
        app.Fakes.Budget.Limits["acme"] = 0m;

        var (status, body) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(Invocation.Message()));

        Assert.Equal(200, status);
        Assert.Equal("refused", body.GetProperty("ReturnValue").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_PayloadWithoutMessageBinding_Returns500()
    {
        await using var app = await TestApp.StartAsync();

        var (status, _) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Json.Body("{\"Data\":{},\"Metadata\":{}}"));

        Assert.Equal(500, status);
    }
}
