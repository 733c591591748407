using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Router.Resilience.Tests.Support;
using Router.Tests.Fakes;

namespace Router.Resilience.Tests;

/// <summary>Azurite (ledger tables) stopped mid-run: every ledger row arrives exactly once when it returns.</summary>
public sealed class AzuriteOutageTests
{
    [Fact]
    public async Task Record_AzuriteStoppedMidRun_EveryRowArrivesOnceWithEqualTotals()
    {
        using var azurite = await PrivateAzurite.StartAsync();
        using var closed = new FakeAzureOpenAiServer();
        closed.GivenCompletion(RouterApp.ClosedDeployment, "closed answer", promptTokens: 30, completionTokens: 40);
        using var worker = new FakeGpuWorkerServer();
        worker.GivenHealth(200);
        var prefix = "r" + Guid.NewGuid().ToString("N")[..8];
        await using var app = await RouterApp.StartAsync(closed.Endpoint, worker.BaseUrl, s =>
        {
            s["Ledger:Tables:ConnectionString"] = azurite.ConnectionString;
            s["Ledger:Tables:TablePrefix"] = prefix;
            s["Ledger:Tables:MaxRetries"] = "0";
            s["Ledger:Tables:NetworkTimeout"] = "00:00:01";
            s["Ledger:SpoolFlushInterval"] = "00:00:01";
            // About the ledger, not the closed backend: at 1 s a loaded machine timed a call out, failed it over to
            // the worker stub (which is never told to answer) and the request failed.
            s["Backends:AzureOpenAI:Resilience:AttemptTimeout"] = "00:00:10";
        });
        using var client = app.Client(RouterApp.OpenKey);

        var costs = new Dictionary<string, decimal>();
        for (var i = 0; i < 30; i++)
        {
            if (i == 10)
            {
                azurite.Stop();
            }

            if (i == 20)
            {
                await azurite.RestartAsync();
            }

            var (id, cost) = await RouteAsync(client, $"Explain item {i} of the list.");
            costs.Add(id, cost);
        }

        var table = new TableClient(azurite.ConnectionString, prefix + "RouterLedger");
        var rows = await Wait.ForAsync(async () => new Rows(await RowsAsync(table)), r => r.Count >= costs.Count,
            "the spool flusher to write every row once Azurite returned", TimeSpan.FromSeconds(30));

        Assert.Equal(costs.Count, rows.Count);
        Assert.Equal(costs.Keys.Order(), rows.Select(r => r.RequestId).Order());
        Assert.Equal(costs.Values.Sum(), rows.Sum(r => r.Cost));
        Assert.All(rows, r => Assert.Equal(costs[r.RequestId], r.Cost));
    }

    private sealed class Rows(List<(string RequestId, decimal Cost)> rows) : List<(string RequestId, decimal Cost)>(rows)
    {
        public override string ToString() => $"{Count} rows";
    }

    private static async Task<(string Id, decimal Cost)> RouteAsync(HttpClient client, string prompt)
    {
        var body = new JsonObject { ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt }) };
        using var response = await client.PostAsJsonAsync("/api/route", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var json = JsonDocument.Parse(text).RootElement;
        return (json.GetProperty("requestId").GetString()!, json.GetProperty("costUsd").GetDecimal());
    }

    private static async Task<List<(string RequestId, decimal Cost)>> RowsAsync(TableClient table)
    {
        var rows = new List<(string, decimal)>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>())
            {
                rows.Add((entity.GetString("RequestId"), decimal.Parse(entity.GetString("CostUsd"), CultureInfo.InvariantCulture)));
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // The table is created with the first write.
        }

        return rows;
    }
}
