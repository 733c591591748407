using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Router.Classification;
using Router.Requests;
using Router.Routing;

namespace Router.Benchmarks;

/// <summary>Time of one policy decision (classification already done), for easy, hard and sensitive requests.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private ServiceProvider? _services;
    private IRoutingPolicy _policy = null!;
    private RoutingContext _context = null!;

    [Params("easy", "hard", "sensitive-hard", "explicit-gpt-4o", "budgeted")]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.Create();
        _policy = _services.GetRequiredService<IRoutingPolicy>();
        var tenant = _services.GetRequiredService<ITenantResolver>().Resolve("default");
        var request = new ChatRequest
        {
            RequestId = "bench",
            TenantId = "default",
            Model = Case == "explicit-gpt-4o" ? "gpt-4o" : ChatRequest.AutoModel,
            Messages = [new ChatMessage("user", "Prove that the square root of two is irrational.")],
        };
        var verdict = Case == "sensitive-hard"
            ? new SensitivityVerdict(SensitivityLevel.High, [new DetectedEntity("cn_resident_id", 0, 18)], ["cn_resident_id found"])
            : SensitivityVerdict.Clean;
        var difficulty = Case == "easy" ? 0.1 : 0.9;
        _context = new RoutingContext(request, new RequestClassification(verdict, difficulty), "default", tenant, Case == "budgeted" ? 10m : null);
        _policy.Decide(_context);
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark]
    public RouteDecision Decide() => _policy.Decide(_context);
}
