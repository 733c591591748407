using System.Text.Json;

namespace Router.Functions.Tests.Support;

/// <summary>Builds invocation payloads exactly as the Functions host sends them to a custom handler.</summary>
internal static class Invocation
{
    /// <summary>serviceBusTrigger: Data holds the body under the binding name; Metadata the message properties.</summary>
    public static StringContent ServiceBus(object? body, string messageId = "msg-1", int deliveryCount = 1)
    {
        var payload = new Dictionary<string, object?>
        {
            ["Data"] = new Dictionary<string, object?> { ["message"] = body },
            ["Metadata"] = new Dictionary<string, object?>
            {
                ["MessageId"] = messageId,
                ["DeliveryCount"] = deliveryCount,
                ["ContentType"] = "application/json",
                ["EnqueuedTimeUtc"] = "2026-11-23T11:59:00Z",
                ["SequenceNumber"] = 42,
                ["sys"] = new { MethodName = "BatchQueue", UtcNow = "2026-11-23T12:00:00Z", RandGuid = "8c1b2c1e-0000-4000-8000-000000000000" },
            },
        };
        return Json.Body(JsonSerializer.Serialize(payload));
    }

    /// <summary>timerTrigger: Data["timer"] is the TimerInfo the host serialises.</summary>
    public static StringContent Timer(bool isPastDue = false) => Json.Body(JsonSerializer.Serialize(new
    {
        Data = new
        {
            timer = new
            {
                Schedule = new { AdjustForDST = true },
                ScheduleStatus = new { Last = "2026-11-22T00:15:00Z", Next = "2026-11-24T00:15:00Z", LastUpdated = "2026-11-22T00:15:00Z" },
                IsPastDue = isPastDue,
            },
        },
        Metadata = new { sys = new { MethodName = "DailyRollup", UtcNow = "2026-11-23T00:15:00Z", RandGuid = "00000000-0000-4000-8000-000000000001" } },
    }));

    public static object Message(string id = "job-1", string tenant = "acme", string content = "hello batch") => new
    {
        id,
        tenant,
        messages = new[] { new { role = "user", content } },
    };

    public static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string function, HttpContent content)
    {
        var response = await client.PostAsync($"/{function}", content);
        var body = await Json.ReadAsync(response);
        Assert.True(body.TryGetProperty("Outputs", out var outputs) && outputs.ValueKind == JsonValueKind.Object, "Outputs object");
        Assert.True(body.TryGetProperty("Logs", out var logs) && logs.ValueKind == JsonValueKind.Array, "Logs array");
        Assert.True(body.TryGetProperty("ReturnValue", out _), "ReturnValue present");
        return ((int)response.StatusCode, body);
    }
}
