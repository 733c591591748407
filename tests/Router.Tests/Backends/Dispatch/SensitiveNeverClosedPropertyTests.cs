using FsCheck.Xunit;
using Router.Backends;
using Router.Classification;
using Router.Routing;
using static Router.Tests.Backends.Dispatch.DispatchHarness;

namespace Router.Tests.Backends.Dispatch;

/// <summary>The hard invariant, over every decision, fallback and fault combination: a sensitive request's
/// content never reaches the closed-vendor backend.</summary>
public sealed class SensitiveNeverClosedPropertyTests
{
    [Property(MaxTest = 300)]
    public void Dispatch_SensitiveUnderAnyDecisionAndFault_ClosedBackendReceivesNothing(
        Route route, bool hasFallback, Route fallbackRoute, int privateFault, int closedFault, bool flagOnVerdict, bool stream)
    {
        var h = new DispatchHarness();
        h.Private.FailWith = Fault(privateFault);
        h.Closed.FailWith = Fault(closedFault);
        // Sensitivity is carried by the verdict, the decision, or both; the guard must honour either.
        var verdict = flagOnVerdict ? Sensitive : SensitivityVerdict.Clean;
        var decision = Decision(route, hasFallback ? fallbackRoute : null, flagOnVerdict ? SensitivityLevel.None : SensitivityLevel.Moderate);

        try
        {
            if (stream)
            {
                var opened = h.Dispatcher.StreamAsync(decision, verdict, Request).GetAwaiter().GetResult();
                _ = opened.Chunks.ToListAsync().AsTask().GetAwaiter().GetResult();
                opened.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            else
            {
                h.Dispatcher.DispatchAsync(decision, verdict, Request).GetAwaiter().GetResult();
            }
        }
        catch (BackendException)
        {
            // Failing is allowed; leaking is not.
        }

        Assert.Empty(h.Closed.Received);
    }

    private static BackendFailure? Fault(int pick)
    {
        var faults = Enum.GetValues<BackendFailure>();
        var index = Math.Abs(pick % (faults.Length + 1));
        return index == faults.Length ? null : faults[index];
    }
}
