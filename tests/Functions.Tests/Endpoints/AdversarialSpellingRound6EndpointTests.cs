using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Classification;
using Router.Functions.Tests.Support;
using Router.Tests.Pipeline.Fakes;

namespace Router.Functions.Tests.Endpoints;

/// <summary>
/// The sixth attack round (issue 15), kept as regression tests: a number cut over lines of one message behind
/// continuation prefixes ("msg 2:", "(continued)", 第二条/后半段, 后面是, 后8位, the same chat speaker again), a phone one group
/// per line after its label, a passport label glued to its number and the words after it or before an aside, a UK licence with dashes after a bare "licence", and a local phone right after
/// "text"; each sent through the HTTP endpoint asking for the closed model, plain and streaming. Ordinary texts next to
/// these classes (numbered figures, chat logs with times and counts, an invoice code and number) still go where they asked.
/// Values are generated test values.
/// </summary>
public sealed class AdversarialSpellingRound6EndpointTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "\"messages\": [{\"role\": \"user\", \"content\": \"msg 1: my card is 60111588\\nmsg 2: 13998697 exp 04/30\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u7B2C\u4E00\u6761\uFF1A\u8EAB\u4EFD\u8BC1\u524D\u534A\u6BB5 440106199\\n\u7B2C\u4E8C\u6761\uFF1A\u540E\u534A\u6BB5 001011235\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"IBAN part one FR76 3000 6000\\n(continued) 0112 3456 7890 189\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"[09:12] Sam: the number is 601115\\n[09:12] Sam: 881399\\n[09:13] Sam: 8697\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u6211\u624B\u673A\u53F7\u524D\u9762\u662F 139123\\n\u540E\u9762\u662F 45678\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Kim (14:02): card 601115\\nKim (14:02): 881399\\nKim (14:03): 8697\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u5361\u53F7\u524D8\u4F4D 35308797\\n\u540E8\u4F4D 30911419\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A 139\\n1234\\n5678\"}]", "lines" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my passport number is, as I told you on the other form, G87654321\"}]", "aside" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"passportno449533347validuntil2031\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Licence VLBLP-541064-JJ1XM for the hire car\"}]", "licence" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"text 889-727624 when you land\"}]", "phone" },
    };

    public static TheoryData<string> OrdinaryBodies() => new()
    {
        "\"messages\": [{\"role\": \"user\", \"content\": \"part 1: 2019 revenue 4500000\\npart 2: 2020 revenue 5100000\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"[10:01] Anna: meeting at 1030\\n[10:05] Bob: 1100 works\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"msg 1: total 1200\\nmsg 2: 3400 items\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"call count\\n1200\\n3400\\n5600\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u589E\u503C\u7A0E\u53D1\u7968\u4EE3\u7801 044031900111\uFF0C\u53F7\u7801 12345678\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Read the text 12345678 carefully and summarise it.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Licence key ABCDE-123456-XY1ZZ for the software\"}]",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_SixthRoundSpellingAskingForClosedModel_StaysPrivate(string fields, string kind)
    {
        await using var app = await StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body($"{{\"model\":\"{FakePolicy.ClosedModel}\",{fields}}}"));

        AssertKeptPrivate(response, kind);
        Assert.NotEqual(FakePolicy.ClosedModel, app.Fakes.Dispatch.LastRequest?.Model);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_SixthRoundSpellingStreaming_StaysPrivate(string fields, string kind)
    {
        await using var app = await StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body($"{{\"model\":\"{FakePolicy.ClosedModel}\",\"stream\":true,{fields}}}"));

        AssertKeptPrivate(response, kind);
        Assert.Contains("data: [DONE]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public async Task Post_SixthRoundOrdinaryTextAskingForClosedModel_GoesClosed(string fields)
    {
        await using var app = await StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body($"{{\"model\":\"{FakePolicy.ClosedModel}\",{fields}}}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("sensitive", response.Headers.GetValues("x-router-reasons").Single(), StringComparison.Ordinal);
        Assert.Equal(FakePolicy.ClosedModel, app.Fakes.Dispatch.LastRequest?.Model);
    }

    private static Task<TestApp> StartAsync() =>
        TestApp.StartAsync(services: s => s.RemoveAll<IRequestClassifier>().AddSingleton<IRequestClassifier, RequestClassifier>());

    private static void AssertKeptPrivate(HttpResponseMessage response, string kind)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = response.Headers.GetValues("x-router-route").Single();
        var reasons = response.Headers.GetValues("x-router-reasons").Single();
        Assert.True(route.StartsWith("private", StringComparison.Ordinal), $"{kind}: route {route} ({reasons})");
        Assert.Contains("sensitive", reasons, StringComparison.Ordinal);
        var headers = string.Concat(response.Headers.SelectMany(h => h.Value));
        Assert.DoesNotContain("6011", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("440106", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIA", headers, StringComparison.Ordinal);
    }
}
