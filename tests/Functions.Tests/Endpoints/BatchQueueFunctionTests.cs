using System.Text.Json;
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
    public async Task Post_InvalidMessage_Returns500WithReasonSoHostDeadLetters(string rawBody)
    {
        await using var app = await TestApp.StartAsync();

        var (status, body) = await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(rawBody, deliveryCount: 3));

        Assert.Equal(500, status);
        var log = body.GetProperty("Logs")[0].GetString()!;
        Assert.Contains("invalid message (delivery 3)", log, StringComparison.Ordinal);
        Assert.Empty(app.Fakes.Ledger.Rows);
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
