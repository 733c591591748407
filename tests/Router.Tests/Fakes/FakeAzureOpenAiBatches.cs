using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Router.Tests.Fakes;

/// <summary>
/// The Files and Batches endpoints of the fake (tests only): <c>POST /openai/files</c> (multipart, purpose batch),
/// <c>GET /openai/files/{id}/content</c>, <c>POST /openai/batches</c>, <c>GET /openai/batches[/{id}]</c>. A batch stays
/// in_progress until <see cref="CompleteBatches"/> (or at once with <see cref="AutoComplete"/>) answers every line:
/// "answer to {custom_id}", 20 prompt + 10 completion tokens, except ids in <see cref="FailIds"/> (error file, 400).
/// </summary>
public sealed partial class FakeAzureOpenAiServer
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonObject> _batches = new(StringComparer.Ordinal);
    private int _nextFile, _nextBatch, _batchApiEnabled;

    public bool AutoComplete { get; set; }

    /// <summary>The status a completed batch reports ("completed"; "expired" answers nothing).</summary>
    public string EndStatus { get; set; } = "completed";

    public ConcurrentDictionary<string, bool> FailIds { get; } = new(StringComparer.Ordinal);

    public int Uploads => _files.Count(f => f.Key.StartsWith("file-in", StringComparison.Ordinal));

    public int BatchesCreated => _batches.Count;

    /// <summary>custom_ids of every uploaded input file, in order (a request in two files would show twice).</summary>
    public IReadOnlyList<string> SubmittedIds => [.. _batches.Values.SelectMany(b => Lines(_files[b["input_file_id"]!.GetValue<string>()]))
        .Select(l => l["custom_id"]!.GetValue<string>())];

    /// <summary>Every request the fake saw, for failure messages.</summary>
    public string Log => string.Join("\n", _server.LogEntries.Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.Url} -> {e.ResponseMessage.StatusCode} {e.ResponseMessage.BodyData?.BodyAsString}"));

    public void EnableBatchApi()
    {
        if (Interlocked.Exchange(ref _batchApiEnabled, 1) == 1)
        {
            return;
        }

        _server.Given(Request.Create().WithPath("/openai/files").UsingPost(), r => r.WithCallback(Upload), null, null, null, 1);
        _server.Given(Request.Create().WithPath(new RegexMatcher("^/openai/files/[^/]+/content$")).UsingGet(), r => r.WithCallback(Content), null, null, null, 1);
        _server.Given(Request.Create().WithPath("/openai/batches").UsingPost(), r => r.WithCallback(Create), null, null, null, 1);
        _server.Given(Request.Create().WithPath("/openai/batches").UsingGet(), r => r.WithCallback(_ => Json(200, List())), null, null, null, 1);
        _server.Given(Request.Create().WithPath(new RegexMatcher("^/openai/batches/[^/]+$")).UsingGet(), r => r.WithCallback(Get), null, null, null, 1);
    }

    /// <summary>Answers every in_progress batch: its output and error files appear and it reports <see cref="EndStatus"/>.</summary>
    public void CompleteBatches()
    {
        foreach (var batch in _batches.Values.Where(b => b["status"]!.GetValue<string>() == "in_progress"))
        {
            lock (batch)
            {
                Complete(batch);
            }
        }
    }

    private void Complete(JsonObject batch)
    {
        if (batch["status"]!.GetValue<string>() != "in_progress")
        {
            return;
        }

        var output = new StringBuilder();
        var errors = new StringBuilder();
        if (EndStatus == "completed")
        {
            foreach (var line in Lines(_files[batch["input_file_id"]!.GetValue<string>()]))
            {
                var id = line["custom_id"]!.GetValue<string>();
                var answer = FailIds.ContainsKey(id)
                    ? new JsonObject { ["custom_id"] = id, ["response"] = new JsonObject { ["status_code"] = 400, ["body"] = new JsonObject { ["error"] = new JsonObject { ["code"] = "content_filter", ["message"] = "filtered" } } }, ["error"] = null }
                    : new JsonObject { ["custom_id"] = id, ["response"] = new JsonObject { ["status_code"] = 200, ["body"] = JsonNode.Parse(OpenAiWire.Completion($"answer to {id}", "gpt-4o-2024-08-06", 20, 10)) }, ["error"] = null };
                (FailIds.ContainsKey(id) ? errors : output).Append(answer.ToJsonString()).Append('\n');
            }
        }

        batch["output_file_id"] = output.Length > 0 ? Store("file-out", output.ToString()) : null;
        batch["error_file_id"] = errors.Length > 0 ? Store("file-err", errors.ToString()) : null;
        batch["status"] = EndStatus;
    }

    private string Store(string prefix, string content)
    {
        var id = $"{prefix}-{Interlocked.Increment(ref _nextFile)}";
        _files[id] = Encoding.UTF8.GetBytes(content);
        return id;
    }

    private ResponseMessage Upload(IRequestMessage request)
    {
        var contentType = request.Headers!.First(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value[0];
        var boundary = "--" + contentType.Split("boundary=")[1].Trim('"');
        var body = request.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : request.Body ?? "";
        var part = body.Split(boundary).First(p => p.Contains("name=file", StringComparison.Ordinal) || p.Contains("name=\"file\"", StringComparison.Ordinal));
        var content = part[(part.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].TrimEnd('\r', '\n');
        var id = Store("file-in", content + "\n");
        return Json(200, new JsonObject { ["id"] = id, ["object"] = "file", ["bytes"] = content.Length, ["created_at"] = 1_764_000_000, ["filename"] = "input.jsonl", ["purpose"] = "batch", ["status"] = "processed" });
    }

    private ResponseMessage Content(IRequestMessage request)
    {
        var id = request.Path.Split('/')[3];
        return _files.TryGetValue(id, out var bytes)
            ? new ResponseMessage { StatusCode = 200, BodyData = new BodyData { DetectedBodyType = BodyType.Bytes, BodyAsBytes = bytes }, Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/octet-stream") } }
            : Json(404, Error("file not found"));
    }

    private ResponseMessage Create(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        var input = body["input_file_id"]!.GetValue<string>();
        if (!_files.ContainsKey(input))
        {
            return Json(400, Error("input file not found"));
        }

        var id = $"batch_{Interlocked.Increment(ref _nextBatch)}";
        var batch = new JsonObject
        {
            ["id"] = id, ["object"] = "batch", ["endpoint"] = body["endpoint"]?.GetValue<string>(), ["input_file_id"] = input,
            ["completion_window"] = body["completion_window"]?.GetValue<string>(), ["status"] = "in_progress", ["created_at"] = 1_764_000_000,
            ["output_file_id"] = null, ["error_file_id"] = null, ["metadata"] = body["metadata"]?.DeepClone(),
        };
        _batches[id] = batch;
        return Json(200, batch);
    }

    private ResponseMessage Get(IRequestMessage request)
    {
        if (!_batches.TryGetValue(request.Path.Split('/')[3], out var batch))
        {
            return Json(404, Error("batch not found"));
        }

        lock (batch)
        {
            if (AutoComplete)
            {
                Complete(batch);
            }

            return Json(200, batch);
        }
    }

    private JsonObject List() => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray([.. _batches.Values.Select(b => { lock (b) { return b.DeepClone(); } })]),
        ["has_more"] = false,
    };

    private static IEnumerable<JsonObject> Lines(byte[] file) =>
        Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject());

    private static JsonObject Error(string message) => new() { ["error"] = new JsonObject { ["code"] = "not_found", ["message"] = message } };

    private static ResponseMessage Json(int status, JsonNode body) => new()
    {
        StatusCode = status,
        BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body.ToJsonString() },
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
    };
}
