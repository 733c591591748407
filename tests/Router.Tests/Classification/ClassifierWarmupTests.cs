using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Router.Classification;
using Router.Requests;
using Router.Tests.Routing;

namespace Router.Tests.Classification;

public sealed class ClassifierWarmupTests
{
    [Fact]
    public async Task StartAsync_RealClassifier_ClassifiesSamplesAndLoadsPhoneMetadata()
    {
        using var services = RoutingFixtures.Services();
        var logger = new FakeLogger<ClassifierWarmup>();
        var warmup = new ClassifierWarmup(services.GetRequiredService<IRequestClassifier>(), TimeProvider.System, logger);

        await warmup.StartAsync(CancellationToken.None);

        var entry = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("phone metadata loaded: True", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AnotherClassifier_LeavesItUntouched()
    {
        var other = new ThrowingClassifier();
        var logger = new FakeLogger<ClassifierWarmup>();
        var warmup = new ClassifierWarmup(other, TimeProvider.System, logger);

        await warmup.StartAsync(CancellationToken.None);

        Assert.Equal(0, other.Calls);
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    private sealed class ThrowingClassifier : IRequestClassifier
    {
        public int Calls { get; private set; }

        public ValueTask<RequestClassification> ClassifyAsync(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken = default)
        {
            Calls++;
            throw new InvalidOperationException("not ours");
        }
    }
}
