using System.Text;
using System.Text.Json;
using Router.Functions.Http;
using Router.Functions.Native;
using Router.Pipeline;
using Router.Pipeline.Batch;
using Router.Routing;

namespace Router.Functions.Batch;

/// <summary>How one batch message ended: done (stored), invalid (never retry: poison), or transient (retry).</summary>
internal enum BatchHandling
{
    Done,
    Invalid,
    Transient,
}

internal sealed record BatchMessageResult(BatchHandling Handling, string Detail, BatchOutcome? Outcome = null);

/// <summary>Who a message says it is from and which request it is, when it says so legibly (for the result store).</summary>
internal sealed record BatchMessageIdentity(string TenantId, string RequestId);

/// <summary>
/// The one handler behind both the Service Bus trigger (Azure) and the local Storage Queue consumer. A message is
/// the native request with an id and a tenant; the id falls back to the broker's message id, so redeliveries of
/// the same message stay idempotent. An invalid message is recorded once as <see cref="BatchResult.Invalid"/> with
/// the reason (when it names a tenant and an id), so <c>GET /api/batch/{id}</c> says why instead of 404.
/// </summary>
internal sealed class BatchMessageHandler(
    BatchProcessor processor,
    Microsoft.Extensions.Options.IOptionsMonitor<RouterOptions> router,
    IModelCatalog models,
    IBatchResultStore results,
    TimeProvider time)
{
    public async Task<BatchMessageResult> HandleAsync(JsonElement message, string? brokerMessageId, CancellationToken cancellationToken = default)
    {
        var result = await ProcessAsync(message, brokerMessageId, cancellationToken);
        if (result.Handling == BatchHandling.Invalid)
        {
            await RecordAsync(message, brokerMessageId, BatchResult.Invalid, $"invalid message: {result.Detail}", cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Stores that the broker gave up on a message (retries exhausted), unless a result is already stored for it.
    /// Best effort by nature: a message that cannot be identified has nowhere to be recorded but the logs.
    /// </summary>
    public Task RecordDeadLetteredAsync(JsonElement message, string? brokerMessageId, string reason, CancellationToken cancellationToken = default) =>
        RecordAsync(message, brokerMessageId, BatchResult.DeadLettered, reason, cancellationToken);

    private async Task RecordAsync(JsonElement message, string? brokerMessageId, string status, string reason, CancellationToken cancellationToken)
    {
        if (Identify(message, brokerMessageId) is not { } who
            || await results.GetAsync(who.TenantId, who.RequestId, cancellationToken) is not null)
        {
            return;
        }

        await results.SaveAsync(new BatchResult
        {
            RequestId = who.RequestId,
            TenantId = who.TenantId,
            Status = status,
            Error = reason,
            CompletedAt = time.GetUtcNow(),
        }, cancellationToken);
    }

    /// <summary>The message's tenant and id when both are legible, whatever else is wrong with it.</summary>
    public static BatchMessageIdentity? Identify(JsonElement message, string? brokerMessageId)
    {
        try
        {
            var body = Unwrap(message);
            var tenant = body.TryGetProperty("tenant", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var id = body.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : brokerMessageId;
            return tenant is not null && id is not null && NativeRequestReader.SafeId().IsMatch(tenant) && NativeRequestReader.SafeId().IsMatch(id)
                ? new BatchMessageIdentity(tenant, id)
                : null;
        }
        catch (Exception e) when (e is InvalidRequestException or JsonException)
        {
            return null;
        }
    }

    private async Task<BatchMessageResult> ProcessAsync(JsonElement message, string? brokerMessageId, CancellationToken cancellationToken)
    {
        Router.Requests.ChatRequest request;
        try
        {
            if (JsonStrings.FirstInvalid(message) is { } outer)
            {
                return new(BatchHandling.Invalid, $"invalid_encoding: {JsonStrings.Message(outer)}");
            }

            var body = Unwrap(message);
            if (JsonStrings.FirstInvalid(body) is { } invalid)
            {
                return new(BatchHandling.Invalid, $"invalid_encoding: {JsonStrings.Message(invalid)}");
            }

            var native = NativeRequestReader.Read(body, queueMessage: true);
            var id = native.Id ?? brokerMessageId;
            if (string.IsNullOrEmpty(id) || !NativeRequestReader.SafeId().IsMatch(id))
            {
                return new(BatchHandling.Invalid, "the message has no usable 'id' (nor a broker message id)");
            }

            if (string.IsNullOrEmpty(native.Tenant))
            {
                return new(BatchHandling.Invalid, "the message has no 'tenant'");
            }

            var options = router.CurrentValue;
            if (options.Tenants.Count > 0 && !TenantPolicies.IsKnown(options, native.Tenant))
            {
                return new(BatchHandling.Invalid, $"unknown tenant '{native.Tenant}'");
            }

            if (!models.IsKnown(native.Model))
            {
                return new(BatchHandling.Invalid, $"unknown model '{native.Model}'");
            }

            request = native.ToChatRequest(id, native.Tenant);
        }
        catch (InvalidRequestException e)
        {
            return new(BatchHandling.Invalid, e.Message);
        }
        catch (JsonException e)
        {
            return new(BatchHandling.Invalid, $"the message body is not valid JSON: {e.Message}");
        }

        try
        {
            var outcome = await processor.ProcessAsync(request, cancellationToken);
            if (outcome.Conflict)
            {
                return new(BatchHandling.Invalid, $"request id '{request.RequestId}' was already used by a different request of tenant '{request.TenantId}'; not processed (the earlier result and ledger row stand)");
            }

            var detail = $"batch request {request.RequestId}: {outcome.Result.Status}{(outcome.Replayed ? " (already processed; stored result returned)" : "")}";
            return new(BatchHandling.Done, detail, outcome);
        }
        catch (PipelineException e)
        {
            return new(BatchHandling.Transient, $"batch request {request.RequestId}: {e.Message}");
        }
    }

    /// <summary>A body is an object, or a string holding the JSON text (Service Bus bodies as the host passes them),
    /// or base64 of it (the Functions default encoding for Storage Queue messages).</summary>
    public static JsonElement Unwrap(JsonElement message)
    {
        if (message.ValueKind == JsonValueKind.Object)
        {
            return message;
        }

        if (message.ValueKind != JsonValueKind.String)
        {
            throw new InvalidRequestException("the message body must be a JSON object or a string holding one");
        }

        return ParseText(message.GetString()!);
    }

    public static JsonElement ParseText(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('{') && TryBase64(trimmed) is { } decoded)
        {
            trimmed = decoded;
        }

        using var document = JsonDocument.Parse(trimmed);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.Clone()
            : throw new InvalidRequestException("the message body must be a JSON object");
    }

    private static string? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : null;
    }
}
