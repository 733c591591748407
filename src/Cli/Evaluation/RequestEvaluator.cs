using Router.Classification;
using Router.Requests;
using Router.Routing;

namespace Router.Cli.Evaluation;

/// <summary>Classification then policy, exactly as the router runs them, without calling any model.</summary>
internal sealed class RequestEvaluator(IRequestClassifier classifier, IRoutingPolicy policy, ITenantResolver tenants)
{
    public async ValueTask<Evaluation> EvaluateAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        TenantOptions? tenant = null;
        string? refusal = null;
        try
        {
            tenant = tenants.Resolve(request.TenantId);
        }
        catch (PolicyRefusedException ex)
        {
            refusal = ex.Reason;
        }

        var classification = await classifier.ClassifyAsync(request, SensitivityScope.For(request.TenantId, tenant), cancellationToken);
        if (tenant is null)
        {
            return new Evaluation(classification, null, refusal);
        }

        try
        {
            return new Evaluation(classification, policy.Decide(new RoutingContext(request, classification, request.TenantId, tenant)), null);
        }
        catch (PolicyRefusedException ex)
        {
            return new Evaluation(classification, null, ex.Reason);
        }
    }

    /// <summary>Loads classifier models and tokenizers so the first real request does not time out and fail closed.</summary>
    public async ValueTask WarmUpAsync(CancellationToken cancellationToken = default)
    {
        var request = new ChatRequest { RequestId = "warm-up", TenantId = ITenantResolver.DefaultTenantId, Messages = [new ChatMessage("user", "Hello, 你好.")] };
        await classifier.ClassifyAsync(request, SensitivityScope.None, cancellationToken);
    }
}
