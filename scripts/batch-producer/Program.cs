// Drops batch requests on the router's queue, as a batch job would. Each message is one native request:
//   {"id": "...", "tenant": "...", "messages": [{"role": "user", "content": "..."}], "model": "auto", "parameters": {...}}
// The id makes redelivery idempotent and is how results are fetched: GET /api/batch/{id}.
// Locally it writes to the Storage queue the app consumes (Azurite); with --service-bus it sends to the Service Bus
// queue that triggers the function app in Azure, signed in with DefaultAzureCredential (az login, managed identity).
extern alias AzureIdentityPackage;
using System.CommandLine;
using System.Text.Json.Nodes;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Queues;

var sample = new Option<int>("--sample") { Description = "Send N sample prompts (default 3 unless --file is given).", DefaultValueFactory = _ => 3 };
var file = new Option<FileInfo?>("--file") { Description = "Send one JSON request per line; a missing id or tenant is filled in." };
var tenant = new Option<string>("--tenant") { Description = "Tenant of the requests that do not name one.", DefaultValueFactory = _ => "default" };
var queueName = new Option<string>("--queue") { Description = "Queue name (default: Queue__Name, else router-batch).", DefaultValueFactory = _ => Env("Queue__Name") ?? "router-batch" };
var storage = new Option<string>("--storage") { Description = "Storage connection string (default: Queue__ConnectionString, else Azurite).", DefaultValueFactory = _ => Env("Queue__ConnectionString") ?? "UseDevelopmentStorage=true" };
var deleteQueue = new Option<bool>("--delete-queue") { Description = "Delete the local Storage queue and its poison queue ({queue}-poison) instead of sending, e.g. after a test run." };
var serviceBus = new Option<string?>("--service-bus") { Description = "Service Bus namespace (e.g. sb-router.servicebus.windows.net): send there with DefaultAzureCredential instead of the local Storage queue." };
var root = new RootCommand("Drops sample or given requests on the router's batch queue and prints one request id per line.")
{
    sample, file, tenant, queueName, storage, serviceBus, deleteQueue,
};
root.SetAction(async (parse, cancellationToken) =>
{
    if (parse.GetValue(deleteQueue))
    {
        var name = parse.GetRequiredValue(queueName);
        foreach (var queue in new[] { name, $"{name}-poison" })
        {
            var deleted = await new QueueClient(parse.GetRequiredValue(storage), queue).DeleteIfExistsAsync(cancellationToken);
            Console.Error.WriteLine(deleted.Value ? $"deleted queue '{queue}'" : $"no queue '{queue}'");
        }

        return 0;
    }

    var requests = parse.GetValue(file) is { } given ? FromFile(given) : Samples(parse.GetValue(sample));
    var target = parse.GetValue(serviceBus) is { Length: > 0 } ns
        ? await ServiceBusTarget.OpenAsync(ns, parse.GetRequiredValue(queueName))
        : await StorageTarget.OpenAsync(parse.GetRequiredValue(storage), parse.GetRequiredValue(queueName), cancellationToken);
    await using (target)
    {
        foreach (var request in requests)
        {
            request["id"] ??= $"batch-{Guid.NewGuid():N}";
            request["tenant"] ??= parse.GetRequiredValue(tenant);
            var id = request["id"]!.GetValue<string>();
            await target.SendAsync(id, request.ToJsonString(), cancellationToken);
            Console.WriteLine(id);
        }
    }

    Console.Error.WriteLine($"sent to {target.Description}; fetch results with: curl -H 'api-key: <tenant key>' http://127.0.0.1:7071/api/batch/<id>");
    return 0;
});
return await root.Parse(args).InvokeAsync();

static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

static IEnumerable<JsonObject> FromFile(FileInfo file) =>
    File.ReadLines(file.FullName).Where(l => !string.IsNullOrWhiteSpace(l)).Select((line, i) =>
        JsonNode.Parse(line) as JsonObject ?? throw new InvalidDataException($"{file.Name} line {i + 1}: not a JSON object"));

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

internal interface IBatchTarget : IAsyncDisposable
{
    string Description { get; }

    Task SendAsync(string id, string json, CancellationToken cancellationToken);
}

/// <summary>The local queue (Azurite): the body is the JSON text itself, as the app's consumer reads it.</summary>
internal sealed class StorageTarget(QueueClient queue) : IBatchTarget
{
    public string Description => $"Storage queue '{queue.Name}'";

    public static async Task<IBatchTarget> OpenAsync(string connection, string name, CancellationToken cancellationToken)
    {
        var queue = new QueueClient(connection, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return new StorageTarget(queue);
    }

    public Task SendAsync(string id, string json, CancellationToken cancellationToken) => queue.SendMessageAsync(json, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>Azure: the Service Bus queue; MessageId = request id, so the app's idempotency key survives redelivery.</summary>
internal sealed class ServiceBusTarget(ServiceBusClient client, ServiceBusSender sender) : IBatchTarget
{
    public string Description => $"Service Bus queue '{sender.EntityPath}' on {client.FullyQualifiedNamespace}";

    public static Task<IBatchTarget> OpenAsync(string fullyQualifiedNamespace, string queue)
    {
        var client = new ServiceBusClient(fullyQualifiedNamespace, new AzureIdentityPackage::Azure.Identity.DefaultAzureCredential());
        return Task.FromResult<IBatchTarget>(new ServiceBusTarget(client, client.CreateSender(queue)));
    }

    public Task SendAsync(string id, string json, CancellationToken cancellationToken) =>
        sender.SendMessageAsync(new ServiceBusMessage(json) { MessageId = id, ContentType = "application/json" }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await sender.DisposeAsync();
        await client.DisposeAsync();
    }
}
