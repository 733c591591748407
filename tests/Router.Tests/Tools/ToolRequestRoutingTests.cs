using Router.Classification;
using Router.Requests;
using Router.Routing;
using Router.Routing.Rules;
using static Router.Tests.Routing.RoutingFixtures;
using static Router.Tests.Tools.ToolRequestFixtures;

namespace Router.Tests.Tools;

public sealed class ToolRequestRoutingTests
{
    private sealed class PrivateHonoursAll : IPrivateStructuredOutput
    {
        public string? Limitation(ToolsAndFormat toolsAndFormat) => null;
    }

    private sealed class PrivateCannot(string keyword) : IPrivateStructuredOutput
    {
        public string? Limitation(ToolsAndFormat toolsAndFormat) => keyword;
    }

    private static ChatRequest ToolRequest(ToolsAndFormat shape) => Request("What is the weather in Paris?") with { ToolsAndFormat = shape };

    [Fact]
    public void Apply_ToolRequestPrivateCapable_PrivateStaysAllowedAndReasonSaysSo()
    {
        var state = State(Context(request: ToolRequest(WeatherTools())));

        new ToolRequestRule(new PrivateHonoursAll()).Apply(state);

        Assert.Contains(Route.PrivateSmall, state.Allowed);
        Assert.Contains("tools: tool request (1 tool, may call one); private routes allowed", Assert.Single(state.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_TenantKeepsToolRequestsOffPrivate_ClosedOnly()
    {
        var state = State(Context(request: ToolRequest(PersonExtraction()), tenant: new TenantOptions { PrivateToolRequests = false }));

        new ToolRequestRule(new PrivateHonoursAll()).Apply(state);

        Assert.Equal([Route.Closed], state.Allowed);
        Assert.Contains("extraction request (json_schema 'person')", Assert.Single(state.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_TenantKeepsToolRequestsOffPrivateButSensitive_StaysPrivate()
    {
        var state = State(Context(request: ToolRequest(WeatherTools()), verdict: Sensitive("EMAIL"), tenant: new TenantOptions { PrivateToolRequests = false }));
        new SensitiveContentRule().Apply(state);

        new ToolRequestRule(new PrivateHonoursAll()).Apply(state);

        Assert.DoesNotContain(Route.Closed, state.Allowed);
        Assert.Contains(state.Reasons, r => r.Contains("stays private", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_PrivateCannotHonour_ClosedOnlyNamingTheKeyword()
    {
        var state = State(Context(request: ToolRequest(PersonExtraction())));

        new ToolRequestRule(new PrivateCannot("response_format.json_schema.schema.patternProperties")).Apply(state);

        Assert.Equal([Route.Closed], state.Allowed);
        Assert.Contains("patternProperties", Assert.Single(state.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_PrivateCannotHonourAndSensitive_RefusedNamingTheKeyword()
    {
        var state = State(Context(request: ToolRequest(PersonExtraction()), verdict: Sensitive("EMAIL")));
        new SensitiveContentRule().Apply(state);

        var refused = Assert.Throws<PolicyRefusedException>(() => new ToolRequestRule(new PrivateCannot("pattern")).Apply(state));

        Assert.Equal("pattern", refused.UnsupportedParameter);
        Assert.Contains("'pattern'", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ToolChoiceNone_NotAToolRequest()
    {
        var state = State(Context(request: ToolRequest(WeatherTools(ToolChoice.None))));

        new ToolRequestRule(new PrivateCannot("tools")).Apply(state);

        Assert.Equal(3, state.Allowed.Count);
        Assert.Empty(state.Reasons);
    }

    [Fact]
    public void Decide_ShippedRouterWithEasyToolRequest_ReasonsExplainTheToolDecision()
    {
        var decision = Policy().Decide(Context(difficulty: 0.1, request: ToolRequest(WeatherTools(ToolChoice.Function("get_weather")))));

        Assert.Contains(decision.Reasons, r => r.StartsWith("tools: tool request (1 tool, must call 'get_weather')", StringComparison.Ordinal));
    }
}
