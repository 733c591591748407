using System.Security.Cryptography;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Router.Pipeline;
using Router.Requests;

namespace Router.Benchmarks;

/// <summary>
/// Cost of the exact-repeat cache key, computed for every cacheable request, against the first version (reflection
/// serialisation of a record of arrays, kept here only as the baseline; both give the same key).
/// </summary>
[MemoryDiagnoser]
public class CacheKeyBenchmarks
{
    private ChatRequest _request = null!;

    [Params("en-1KB", "zh-8KB")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _request = new ChatRequest
        {
            RequestId = "bench",
            TenantId = "contoso",
            Model = ChatRequest.AutoModel,
            Messages = [new ChatMessage("system", "Answer briefly."), new ChatMessage("user", SampleTexts.All[Text])],
            Parameters = new SamplingParameters { Temperature = 0.2f, MaxTokens = 256 },
        };
        if (Key() != FirstVersion())
        {
            throw new InvalidOperationException("the cache key no longer matches its first version");
        }
    }

    [Benchmark]
    public string Key() => CompletionCacheKey.For(_request);

    [Benchmark(Baseline = true)]
    public string FirstVersion()
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new V1(
            _request.Model, _request.Parameters.Temperature, _request.Parameters.TopP, _request.Parameters.MaxTokens,
            _request.Parameters.Stop, _request.Parameters.Seed, _request.Messages.Select(m => new[] { m.Role, m.Content }).ToArray()));
        return $"router:v1:{_request.TenantId}:{Convert.ToHexStringLower(SHA256.HashData(canonical))}";
    }

    private sealed record V1(string Model, float? Temperature, float? TopP, int? MaxTokens, IReadOnlyList<string> Stop, int? Seed, string[][] Messages);
}
