// Drops batch requests on the router's queue, as a batch job would. Each message is one native request:
//   {"id": "...", "tenant": "...", "messages": [{"role": "user", "content": "..."}], "model": "auto", "parameters": {...}}
// The id makes redelivery idempotent and is how results are fetched: GET /api/batch/{id}.
// Usage: batch-producer --sample N --tenant T      (N sample prompts)
//        batch-producer --file requests.jsonl [--tenant T]   (one JSON request per line; id/tenant filled if missing)
// Queue: Queue__ConnectionString (default: Azurite, UseDevelopmentStorage=true) and Queue__Name (default router-batch).
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;

var options = ParseArgs(args);
var connection = Environment.GetEnvironmentVariable("Queue__ConnectionString") is { Length: > 0 } c ? c : "UseDevelopmentStorage=true";
var name = Environment.GetEnvironmentVariable("Queue__Name") is { Length: > 0 } n ? n : "router-batch";
var tenant = options.GetValueOrDefault("--tenant") ?? "default";
var queue = new QueueClient(connection, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
await queue.CreateIfNotExistsAsync();

IEnumerable<JsonObject> requests = options.TryGetValue("--file", out var file) && file is not null
    ? File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l)!.AsObject())
    : Samples(int.Parse(options.GetValueOrDefault("--sample") ?? "3", System.Globalization.CultureInfo.InvariantCulture));

foreach (var request in requests)
{
    request["id"] ??= $"batch-{Guid.NewGuid():N}";
    request["tenant"] ??= tenant;
    await queue.SendMessageAsync(request.ToJsonString());
    Console.WriteLine(request["id"]!.GetValue<string>());
}

Console.Error.WriteLine($"sent to queue '{name}'; fetch results with: curl -H 'api-key: <tenant key>' http://127.0.0.1:7071/api/batch/<id>");

static IEnumerable<JsonObject> Samples(int count)
{
    string[] prompts =
    [
        "Summarise the benefits of unit tests in two sentences.",
        "Translate 'good morning' into French, German and Spanish.",
        "Prove that the square root of 2 is irrational.",
        "Write a haiku about serverless computing.",
    ];
    for (var i = 0; i < count; i++)
    {
        yield return new JsonObject
        {
            ["model"] = "auto",
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompts[i % prompts.Length] }),
            ["parameters"] = new JsonObject { ["maxTokens"] = 256 },
        };
    }
}

static Dictionary<string, string?> ParseArgs(string[] args)
{
    var result = new Dictionary<string, string?>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"unexpected argument '{args[i]}'");
        }

        result[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
    }

    return result;
}
