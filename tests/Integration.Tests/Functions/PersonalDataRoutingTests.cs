using System.Net;
using Integration.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting;

namespace Integration.Tests.Functions;

/// <summary>
/// A private person's data in context (issue 15 item 3), through the real function app with the real sensitivity
/// classifier (no fake): the request stays on a private route and the ledger row records the person_* type.
/// The prompts are written here for this test.
/// </summary>
[Collection(RealWorkerCollection.Name)]
public sealed class PersonalDataRoutingTests : IDisposable
{
    private readonly TinyModelFile _model = new();
    private readonly int _port = FreePort.Next();

    public void Dispose() => _model.Dispose();

    private Uri WorkerUrl => new($"http://127.0.0.1:{_port}/");

    private static object Body(string model, string content, bool stream = false) => new Dictionary<string, object>
    {
        ["model"] = model, ["messages"] = new[] { new { role = "user", content } }, ["max_tokens"] = 8, ["temperature"] = 0, ["stream"] = stream,
    };

    public static TheoryData<string, string, string, bool> PersonalData => new()
    {
        // A diagnosis and medication of a named patient, with the closed model asked for explicitly.
        {
            "gpt-4o",
            "Please draft a short follow-up letter to our patient Margaret Holloway: her type 2 diabetes was confirmed last week and she now takes metformin 500 mg twice a day.",
            "person_health",
            false
        },
        // A named recipient's home address (zh), routed automatically, streamed.
        {
            "auto",
            "请帮我给快递员写个说明：收件人周慧敏住在杭州市西湖区文三路478号5栋302室，工作日白天不在家，包裹请放门卫。",
            "person_address",
            true
        },
        // A named person's diagnosis and medication (zh): a compound surname and uncommon given characters, set apart at the
        // line start with no label before it (missed before the zh pass), the closed model asked for explicitly, streamed.
        {
            "gpt-4o",
            "诸葛沛岚 上周确诊乳腺结节，医生开了他莫昔芬，每天一片。帮我给她写一条问候短信。",
            "person_health",
            true
        },
    };

    [Theory]
    [MemberData(nameof(PersonalData))]
    public async Task Post_PrivatePersonsDataInContext_StaysPrivateAndLedgerRecordsTheType(string model, string prompt, string entityType, bool stream)
    {
        await using var worker = await WorkerServer.StartAsync(_model.Path, waitReady: false, port: _port);
        await worker.WaitReadyAsync();
        await using var app = await RouterApp.StartAsync(WorkerUrl, TimeSpan.FromSeconds(10));

        using var response = await app.Client.SendAsync(app.Chat(RouterApp.Key, Body(model, prompt, stream)));
        await response.Content.ReadAsStringAsync();
        var requestId = Assert.Single(response.Headers.GetValues("x-request-id"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Any private route (private-small, private-large): never the closed vendor.
        var route = Assert.Single(response.Headers.GetValues("x-router-route"));
        Assert.StartsWith("private-", route, StringComparison.Ordinal);
        Assert.Contains(entityType, Assert.Single(response.Headers.GetValues("x-router-reasons")), StringComparison.Ordinal);
        Assert.Empty(app.Closed.Received);
        var row = await LedgerRowAsync(app, requestId);
        Assert.Equal(route, row.Route);
        Assert.Contains(entityType, row.EntityTypes);
    }

    [Fact]
    public async Task Post_NamedPersonWithoutPersonalData_LedgerRecordsNoPersonType()
    {
        await using var worker = await WorkerServer.StartAsync(_model.Path, waitReady: false, port: _port);
        await worker.WaitReadyAsync();
        await using var app = await RouterApp.StartAsync(WorkerUrl, TimeSpan.FromSeconds(10));

        // The control: a name alone is no one's record, so the same checks must come out the other way.
        using var response = await app.Client.SendAsync(app.Chat(RouterApp.Key,
            Body("auto", "Write a two-line reminder for Tobias Lindqvist that the team lunch moved to Friday.")));
        await response.Content.ReadAsStringAsync();
        var requestId = Assert.Single(response.Headers.GetValues("x-request-id"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("person_", Assert.Single(response.Headers.GetValues("x-router-reasons")), StringComparison.Ordinal);
        var row = await LedgerRowAsync(app, requestId);
        Assert.DoesNotContain(row.EntityTypes, t => t.StartsWith("person_", StringComparison.Ordinal));
    }

    // The row is written as the call completes; wait for it rather than assume when.
    private static async Task<LedgerEntry> LedgerRowAsync(RouterApp app, string requestId)
    {
        var ledger = app.Services.GetRequiredService<ISpendLedger>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var row = await Wait.ForAsync<LedgerEntry?>(async () =>
        {
            await foreach (var entry in ledger.QueryAsync(new LedgerQuery(today.AddDays(-1), today.AddDays(1))))
            {
                if (entry.RequestId == requestId)
                {
                    return entry;
                }
            }

            return null;
        }, r => r is not null, $"the ledger row of request {requestId}");
        return row!;
    }
}
