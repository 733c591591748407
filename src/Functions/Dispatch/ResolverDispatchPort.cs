using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Router.Backends;
using Router.Pipeline;
using Router.Routing;

namespace Router.Functions.Dispatch;

/// <summary>
/// Interim adapter from the pipeline's <see cref="IDispatchPort"/> to the backends stage's <see cref="IBackendResolver"/>:
/// the decided backend, then once the decision's fallback route (non-streaming only). Replaced at merge by an adapter
/// over the backends stage's dispatcher, which owns retries and fallback policy.
/// </summary>
internal sealed class ResolverDispatchPort(IBackendResolver backends, IOptionsMonitor<RouterOptions> router) : IDispatchPort
{
    public async Task<DispatchResult> CompleteAsync(RouteDecision decision, BackendRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var completion = await backends.Get(decision.Backend).CompleteAsync(request, cancellationToken);
            return new DispatchResult(completion, decision.Route, decision.Backend, decision.Model);
        }
        catch (BackendException e) when (decision.Fallback is { } fallback
            && e.Failure is not (BackendFailure.BadRequest or BackendFailure.PolicyRefused)
            && router.CurrentValue.Routes.TryGetValue(fallback, out var target))
        {
            var completion = await backends.Get(target.Backend).CompleteAsync(request with { Model = target.Model }, cancellationToken);
            return new DispatchResult(completion, fallback, target.Backend, target.Model, decision.Route.ToWireName(), e.Failure.ToString());
        }
    }

    public async IAsyncEnumerable<BackendChunk> StreamAsync(RouteDecision decision, BackendRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var chunk in backends.Get(decision.Backend).StreamAsync(request, cancellationToken))
        {
            yield return chunk;
        }
    }
}

internal static class DispatchServiceCollectionExtensions
{
    public static IServiceCollection AddDispatchPort(this IServiceCollection services)
    {
        services.TryAddSingleton<IDispatchPort, ResolverDispatchPort>();
        return services;
    }
}
