using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Router.Tests.Fakes;

/// <summary>The fake servers' one way to add a mapping, optionally as a step of a WireMock scenario.</summary>
internal static class WireMockScenarios
{
    /// <summary>Responds with <paramref name="response"/>; in a scenario, only in state <paramref name="state"/>
    /// (null: the start), moving to <paramref name="nextState"/>.</summary>
    public static void Given(this WireMockServer server, IRequestBuilder request, Func<IResponseBuilder, IResponseBuilder> response, string? scenario, string? state, string? nextState, int priority)
    {
        var builder = server.Given(request).AtPriority(priority);
        if (scenario is not null)
        {
            builder = builder.InScenario(scenario);
            builder = state is null ? builder : builder.WhenStateIs(state);
            builder = nextState is null ? builder : builder.WillSetStateTo(nextState);
        }

        builder.RespondWith(response(Response.Create()));
    }
}
