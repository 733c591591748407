using Microsoft.Extensions.Logging;

namespace Router.Backends.AzureOpenAi;

/// <summary>
/// Runs one attempt function on the deployments of a model in weighted order, each inside its own
/// resilience pipeline; moves on to the next deployment on throttling or outage, stops on request errors.
/// </summary>
internal sealed class DeploymentFailover(IReadOnlyList<AzureDeployment> deployments, IRandomSource random, ILogger logger)
{
    public async Task<(T Result, AzureDeployment Deployment)> ExecuteAsync<T>(
        string model, Func<AzureDeployment, CancellationToken, ValueTask<T>> attempt, CancellationToken cancellationToken = default)
    {
        var serving = deployments.Where(d => string.Equals(d.Model, model, StringComparison.OrdinalIgnoreCase)).ToList();
        if (serving.Count == 0)
        {
            throw new BackendException(BackendNames.AzureOpenAi, BackendFailure.Unavailable, $"No Azure OpenAI deployment serves model '{model}'.");
        }

        var order = WeightedDeploymentOrder.For(serving, random);
        if (order.Count == 0)
        {
            throw new BackendException(BackendNames.AzureOpenAi, BackendFailure.Unavailable, $"Every deployment of '{model}' has an open circuit.");
        }

        var failures = new List<BackendException>();
        foreach (var deployment in order)
        {
            try
            {
                var result = await deployment.Pipeline.ExecuteAsync(
                    async ct => await MapErrors(deployment, attempt, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return (result, deployment);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                var failure = AzureErrorMapper.Map(e, deployment.Name);
                BackendsLog.DeploymentFailed(logger, deployment.Name, failure.Failure);
                if (failure.Failure is BackendFailure.BadRequest or BackendFailure.PolicyRefused)
                {
                    throw failure;
                }

                failures.Add(failure);
            }
        }

        throw Combine(model, failures);
    }

    private static async ValueTask<T> MapErrors<T>(AzureDeployment deployment, Func<AzureDeployment, CancellationToken, ValueTask<T>> attempt, CancellationToken ct)
    {
        try
        {
            return await attempt(deployment, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            throw AzureErrorMapper.Map(e, deployment.Name);
        }
    }

    /// <summary>All throttled: the caller may retry after the soonest Retry-After. Otherwise: unavailable.</summary>
    private static BackendException Combine(string model, List<BackendException> failures)
    {
        if (failures.Count == 1)
        {
            return failures[0];
        }

        var inner = new AggregateException(failures);
        if (failures.TrueForAll(f => f.Failure == BackendFailure.Throttled))
        {
            return new(BackendNames.AzureOpenAi, BackendFailure.Throttled, $"Every deployment of '{model}' is throttled.",
                failures.Min(f => f.RetryAfter), inner);
        }

        var failure = failures.TrueForAll(f => f.Failure == BackendFailure.Timeout) ? BackendFailure.Timeout : BackendFailure.Unavailable;
        return new(BackendNames.AzureOpenAi, failure, $"No deployment of '{model}' could serve the request ({failures.Count} tried).", inner: inner);
    }
}
