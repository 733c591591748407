using System.Globalization;
using System.Text;
using System.Text.Json;
using GpuWorker.Hosting;
using GpuWorker.Inference;
using Microsoft.Extensions.Options;

namespace GpuWorker.Api;

/// <summary>POST /v1/chat/completions: validate, template, tokenise, queue, then answer whole or as SSE.</summary>
internal sealed class ChatCompletionsEndpoint(
    ModelState state, RequestQueue queue, WorkerMetrics metrics, SeedSource seeds, TimeProvider time, IOptions<WorkerOptions> options,
    ILogger<ChatCompletionsEndpoint> logger)
{
    public const string GpuSecondsHeader = "x-gpu-seconds";

    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        if (state.Model is not { } model)
        {
            return OpenAiErrors.Unavailable(http, o, $"The model is {state.Status}.", "model_not_ready");
        }

        ChatCompletionRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ChatCompletionRequest>(http.Request.Body, WireFormat.Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            return OpenAiErrors.BadRequest($"Malformed JSON body: {ex.Message}");
        }

        if (body is null)
        {
            return OpenAiErrors.BadRequest("The request body is empty.");
        }

        var (request, error, param) = ChatRequestValidator.Validate(body, o.DefaultMaxTokens, seeds.Next);
        if (request is null)
        {
            return OpenAiErrors.BadRequest(error!, param);
        }

        // Refused on length before any tokenising: a huge prompt must not hold a core for the tokenizer first.
        var atLeast = PromptTokenizer.MinimumTokens(model, request.Messages);
        if (atLeast >= state.ContextPerSequence)
        {
            return OpenAiErrors.BadRequest(
                $"The messages are at least {atLeast} tokens long; this worker allows {state.ContextPerSequence - 1}.", "messages", "context_length_exceeded");
        }

        var structured = StructuredAnswer.For(request, model.ChatTemplate);
        var (grammar, grammarError) = structured.Grammar();
        if (grammarError is not null)
        {
            return grammarError;
        }

        var tokens = PromptTokenizer.Tokenize(model, ChatPromptFormatter.Render(model.ChatTemplate, structured.Turns));
        if (tokens.Length >= state.ContextPerSequence)
        {
            return OpenAiErrors.BadRequest(
                $"The prompt is {tokens.Length} tokens; this worker allows {state.ContextPerSequence - 1}.", "messages", "context_length_exceeded");
        }

        var job = new GenerationJob(tokens, request.MaxTokens, request.Sampling with { Grammar = grammar }, cancellationToken);
        if (!queue.TryEnqueue(job))
        {
            metrics.RequestRejected();
            EndpointLog.QueueFull(logger, queue.Depth);
            return OpenAiErrors.Unavailable(http, o, "The worker queue is full; retry later.", "queue_full");
        }

        metrics.RequestAccepted();
        var id = "chatcmpl-" + Guid.NewGuid().ToString("N");
        var created = time.GetUtcNow().ToUnixTimeSeconds();
        var modelId = o.EffectiveModelId;
        if (request.Stream)
        {
            var streamed = await SseWriter.WriteAsync(http, job, id, created, modelId, structured.StreamParser(), cancellationToken);
            LogOutcome(streamed);
            return Results.Empty;
        }

        var text = new StringBuilder();
        GenerationResult? result = null;
        try
        {
            await foreach (var e in job.Events.ReadAllAsync(cancellationToken))
            {
                if (e is GenerationEvent.Delta d)
                {
                    text.Append(d.Text);
                }
                else if (e is GenerationEvent.Finished f)
                {
                    result = f.Result;
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            EndpointLog.Failed(logger, ex, ex.Message);
            return OpenAiErrors.ServerError(ex.Message);
        }

        LogOutcome(result);
        if (result is null)
        {
            return OpenAiErrors.ServerError("Generation ended without a result.");
        }
        // The value the body's usage carries, rounded once: formatting the raw value with "F6" could round the other
        // way at a trailing 5 and make the header and the body disagree.
        http.Response.Headers[GpuSecondsHeader] = GpuSecondsHeaderValue(result.GpuSeconds);
        var (message, finishReason) = structured.Message(text.ToString(), result.FinishReason);
        var choice = new Choice(0, message, finishReason);
        return Results.Json(
            new ChatCompletionResponse(id, "chat.completion", created, modelId, [choice], UsageOf(result)), WireFormat.Json);
    }

    private void LogOutcome(GenerationResult? r)
    {
        if (r is not null)
        {
            EndpointLog.Completed(logger, r.FinishReason, r.PromptTokens, r.CompletionTokens, r.GpuSeconds);
        }
    }

    public static Usage UsageOf(GenerationResult r) =>
        new(r.PromptTokens, r.CompletionTokens, r.PromptTokens + r.CompletionTokens, RoundGpuSeconds(r.GpuSeconds));

    internal static string GpuSecondsHeaderValue(double seconds) => RoundGpuSeconds(seconds).ToString("F6", CultureInfo.InvariantCulture);

    private static double RoundGpuSeconds(double seconds) => Math.Round(seconds, 6);
}
