using System.Globalization;
using System.Text;
using GpuWorker.Hosting;
using GpuWorker.Inference;
using Microsoft.Extensions.Options;

namespace GpuWorker.Api;

/// <summary>GET /health, /v1/models and /metrics.</summary>
internal static class StatusEndpoints
{
    public static IResult Health(ModelState state) =>
        state.IsReady
            ? Results.Json(new { status = state.Status, model_name = state.Model?.Name, backend = state.Placement?.Backend, gpu_layers = state.Placement?.GpuLayers })
            : Results.Json(new { status = state.Status, error = state.Error }, statusCode: 503);

    public static IResult Models(IOptions<WorkerOptions> options, ModelState state, TimeProvider time) =>
        Results.Json(new
        {
            @object = "list",
            data = new[]
            {
                new
                {
                    id = options.Value.EffectiveModelId, @object = "model", created = time.GetUtcNow().ToUnixTimeSeconds(), owned_by = "gpu-worker",
                    // Not in OpenAI's model object: what the GGUF calls itself and the file, for operators matching a bill.
                    name = state.Model?.Name, file = Path.GetFileName(options.Value.ModelPath),
                },
            },
        });

    public static IResult Metrics(HttpContext http, WorkerMetrics m, RequestQueue queue, BillableTimeMeter meter)
    {
        var billed = meter.Read();
        var values = new (string Name, string Help, double Value)[]
        {
            ("worker_uptime_seconds_total", "Seconds since the process started (what the replica is billed for)", billed.UptimeSeconds),
            ("worker_cold_start_seconds_total", "Seconds from process start until the model was loaded", billed.ColdStartSeconds),
            ("worker_busy_seconds_total", "Seconds with at least one sequence running", billed.BusySeconds),
            ("worker_idle_seconds_total", "Seconds loaded with nothing running", billed.IdleSeconds),
            ("worker_requests_total", "Requests accepted", m.Requests),
            ("worker_requests_rejected_total", "Requests refused because the queue was full", m.Rejected),
            ("worker_requests_failed_total", "Requests that failed during generation", m.Failed),
            ("worker_requests_cancelled_total", "Requests whose client left before the end; their sequence was freed", m.Cancelled),
            ("worker_prompt_tokens_total", "Prompt tokens decoded", m.PromptTokens),
            ("worker_completion_tokens_total", "Completion tokens generated", m.CompletionTokens),
            ("worker_gpu_seconds_total", "Seconds spent in llama.cpp decode", m.GpuSeconds),
            ("worker_tokens_per_second", "Completion tokens per decode second", m.TokensPerSecond),
            ("worker_queue_depth", "Requests waiting for a sequence", queue.Depth),
            ("worker_active_sequences", "Sequences being decoded", m.ActiveSequences),
        };
        var prometheus = http.Request.Query["format"] == "prometheus" || http.Request.Headers.Accept.ToString().Contains("text/plain", StringComparison.Ordinal);
        if (!prometheus)
        {
            return Results.Json(values.ToDictionary(v => v.Name, v => v.Value));
        }

        var sb = new StringBuilder();
        foreach (var (name, help, value) in values)
        {
            var kind = name.EndsWith("_total", StringComparison.Ordinal) ? "counter" : "gauge";
            // The billable-time counters restart with the process: the label tells one process's series from the next.
            var labels = name is "worker_uptime_seconds_total" or "worker_cold_start_seconds_total" or "worker_busy_seconds_total" or "worker_idle_seconds_total"
                ? $"{{instance_id=\"{billed.InstanceId}\",model=\"{billed.Model}\"}}"
                : "";
            sb.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {kind}\n{name}{labels} {value}\n");
        }

        return Results.Text(sb.ToString(), "text/plain; version=0.0.4");
    }
}
