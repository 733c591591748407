using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting;
using Router.Backends;
using Router.Caching;
using Router.Classification;
using Router.Pipeline;
using Router.Routing;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>One set of fakes for every collaborator of the pipeline, registered over whatever AddRouter added.</summary>
public sealed class PipelineFakes
{
    public FakeClassifier Classifier { get; } = new();
    public FakePolicy Policy { get; } = new();
    public FakeCache Cache { get; } = new();
    public FakeBudget Budget { get; } = new();
    public FakeCostCalculator Costs { get; } = new();
    public FakeLedger Ledger { get; } = new();
    public FakeDispatch Dispatch { get; } = new();
    public FakeReporter Reporter { get; }

    public PipelineFakes() => Reporter = new FakeReporter(Ledger);

    public void Register(IServiceCollection services)
    {
        services.RemoveAll<IRequestClassifier>().AddSingleton<IRequestClassifier>(Classifier);
        services.RemoveAll<IRoutingPolicy>().AddSingleton<IRoutingPolicy>(Policy);
        services.RemoveAll<ICompletionCache>().AddSingleton<ICompletionCache>(Cache);
        services.RemoveAll<IBudgetGuard>().AddSingleton<IBudgetGuard>(Budget);
        services.RemoveAll<ICostCalculator>().AddSingleton<ICostCalculator>(Costs);
        services.RemoveAll<ISpendLedger>().AddSingleton<ISpendLedger>(Ledger);
        services.RemoveAll<ISpendReporter>().AddSingleton<ISpendReporter>(Reporter);
        services.RemoveAll<IBackendDispatcher>().AddSingleton<IBackendDispatcher>(Dispatch);
    }
}
