using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Classification;
using Router.Functions.Tests.Support;
using Router.Tests.Pipeline.Fakes;

namespace Router.Functions.Tests.Endpoints;

/// <summary>
/// The spellings an attack run used to reach the closed route with an identifier (issue 15), sent through the HTTP
/// endpoint asking for the closed model, plain and streaming: each must stay on a private route, say which entity
/// type kept it there, and never echo the value in a header. The app runs the real request classifier (the test
/// host's fake one only looks for '@').
/// </summary>
public sealed class AdversarialSpellingEndpointTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { Messages(User("write to jane.doe@example.com")), "email" },
        // Content parts: joined with a separator for classifier and backend alike.
        { Messages(Parts("my id is", "11010519491231002X")), "cn_resident_id" },
        // Stop sequences are sent too.
        { Messages(User("Summarise the call.")) + ",\"stop\":[\"4111 1111 1111 1111\"]", "payment_card" },
        // Glued to Latin letters.
        { Messages(User("hello11010519491231002X")), "cn_resident_id" },
        { Messages(User("card4111111111111111")), "payment_card" },
        { Messages(User("keyAKIAZ3Q5WJ7KXP2MNB4R")), "aws_access_key" },
        // Format characters inside.
        { Messages(User("card 4111\u200B1111\u00AD1111\u20601111")), "payment_card" },
        // Split across two messages, by line breaks, by dots or dashes.
        { Messages(User("my id is 110105194912"), User("31002X")), "cn_resident_id" },
        { Messages(User("card:\n4111\n1111\n1111\n1111")), "payment_card" },
        { Messages(User("pay with 4111.1111.1111.1111")), "payment_card" },
        { Messages(User("id 110105-19491231-002X")), "cn_resident_id" },
        // Base64.
        { Messages(User("decode: " + Convert.ToBase64String("my card is 4111 1111 1111 1111"u8))), "payment_card" },
        // Digits of other scripts.
        { Messages(User("card \u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661")), "payment_card" },
        { Messages(User("card \u096A\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967\u0967")), "payment_card" },
        // Second round: new variants of each class.
        { Messages(User("card 4111\u20661111\u180E1111\u20691111")), "payment_card" },
        { Messages(User("iban DE89\u200B3704\u200B0044\u200B0532\u200B0130\u200B00")), "iban" },
        { Messages(User("card \u09EA\u09E7\u09E7\u09E7 \u09E7\u09E7\u09E7\u09E7 \u09E7\u09E7\u09E7\u09E7 \u09E7\u09E7\u09E7\u09E7")), "payment_card" },
        { Messages(User("ssn \u0E53\u0E52\u0E53-\u0E54\u0E55-\u0E56\u0E57\u0E58\u0E59")), "us_ssn" },
        { Messages(User("card \uFF14\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11")), "payment_card" },
        { Messages(User("decode: " + Convert.ToBase64String("AKIAZ3Q5WJ7KXP2MNB4R"u8))), "aws_access_key" },
        { Messages(Parts("my key is AKIAZ3Q5", "WJ7KXP2MNB4R")), "aws_access_key" },
        { Messages(User("my key is AKIAZ3Q5WJ7K"), User("XP2MNB4R")), "aws_access_key" },
        { Messages(User("iban DE8937040044"), User("0532013000")), "iban" },
        { Messages(User("pay with 4111/1111/1111/1111")), "payment_card" },
        { Messages(User("card 5 5 0 0 0 0 0 0 0 0 0 0 0 0 0 4")), "payment_card" },
        { Messages(User("key AKIA-Z3Q5-WJ7K-XP2M-NB4R")), "aws_access_key" },
        { Messages(User("ibanDE89370400440532013000")), "iban" },
        { Messages(User("Summarise the call.")) + ",\"stop\":[\"AKIAZ3Q5WJ7KXP2MNB4R\"]", "aws_access_key" },
        // Third round: invisible characters beyond Cf, glued on both sides, three messages, spaces and markup, encodings, ids.
        { Messages(User("key AKIA4HXQ\u31647TPL2M\u3164WZ9R3K")), "aws_access_key" },
        { Messages(User("iban GB82\uFE0FWEST\uFE0F1234\u28005698\u28007654\u034F32")), "iban" },
        { Messages(User("keyIsAKIA4HXQ7TPL2MWZ9R3KThanks")), "aws_access_key" },
        { Messages(User("card 4539"), User("1488"), User("0343"), User("6467")), "payment_card" },
        { Messages(User("card 4539<b>1488</b>0343<i>6467</i>")), "payment_card" },
        { Messages(User("key AKIA4HXQ7T PL2MWZ9R3K")), "aws_access_key" },
        { Messages(User("hex: " + Convert.ToHexStringLower("card 4539148803436467"u8))), "payment_card" },
        { Messages(User("https://example.com/pay?card=4539%201488%200343%206467")), "payment_card" },
        { Messages(User("card &#52;&#53;&#51;&#57;&#49;&#52;&#56;&#56;&#48;&#51;&#52;&#51;&#54;&#52;&#54;&#55;")), "payment_card" },
        { Messages(User("card =34=35=33=39=31=34=38=38=30=33=34=33=36=34=36=37")), "payment_card" },
        { Messages(User("decode twice " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String("key AKIA4HXQ7TPL2MWZ9R3K"u8))))), "aws_access_key" },
        { ToolRoundTrip("call_4539148803436467"), "payment_card" },
        { Messages(User("Extract the fields.")) + ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"row\",\"schema\":{\"type\":\"object\",\"properties\":{\"card\":{\"type\":\"string\",\"enum\":[\"4539 1488 0343 6467\"]}}}}}", "payment_card" },
        // Fourth round: JSON escapes in raw schema and argument texts, glued to capitals/hex letters, scattered and cell
        // digits, spelled out, phone words in other scripts, letters for digits, look-alike letters, spaced base64.
        { Messages(User("Extract.")) + ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"r\",\"schema\":{\"type\":\"object\",\"title\":\"" + Escaped("card 373244519568326") + "\"}}}", "payment_card" },
        { Messages(User("Look it up.")) + ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"parameters\":{\"type\":\"object\",\"properties\":{\"c\":{\"type\":\"string\",\"const\":\"" + Escaped("4341672110684038") + "\"}}}}}],\"tool_choice\":\"auto\"", "payment_card" },
        { ToolRoundTrip("call_1", "{\\\"card\\\":\\\"" + Escaped("4341672110684038").Replace("\\", "\\\\", StringComparison.Ordinal) + "\\\"}"), "payment_card" },
        { Messages(User("KEYAKIAQ7R2MZ4KX9TPW3LBEND")), "aws_access_key" },
        { Messages(User("mykeysk-proj-4fT9qLx2Vb7Kp3Zr8Wm1Ny6Hc5Jd0Sa")), "openai_key" },
        { Messages(User("abc110105198803174725def")), "cn_resident_id" },
        { Messages(User("card 4-3-4-1-6-7-2-1-1-0-6-8-4-0-3-8")), "payment_card" },
        { Messages(User("pay 2720.8854_2143/0447")), "payment_card" },
        { Messages(User("card 4341\u22126721\u22121068\u22124038")), "payment_card" },
        { Messages(User("card parts: [\"4341\",\"6721\",\"1068\",\"4038\"]")), "payment_card" },
        { Messages(User("[\"AKIAQ\", \"7R2MZ\", \"4KX9T\", \"PW3LB\"] join these")), "aws_access_key" },
        { Messages(User("<table><tr><td>2720</td><td>8854</td><td>2143</td><td>0447</td></tr></table> my card")), "payment_card" },
        { Messages(User("my card number is four three four one six seven two one one zero six eight four zero three eight")), "payment_card" },
        { Messages(User("\u5361\u53F7\u8086\u53C1\u8086\u58F9\u9646\u67D2\u8D30\u58F9\u58F9\u96F6\u9646\u634C\u8086\u96F6\u53C1\u634C")), "payment_card" },
        { Messages(User("\u8EAB\u4EFD\u8BC1\u53F7\u7801\u4E00\u4E00\u3007\u4E00\u3007\u4E94\u4E00\u4E5D\u516B\u516B\u3007\u4E09\u4E00\u4E03\u56DB\u4E03\u4E8C\u4E94")), "cn_resident_id" },
        { Messages(User("mi mo\u0301vil es 612 345 678")), "phone" },
        { Messages(User("card 4341 6721 1O68 4O38")), "payment_card" },
        { Messages(User("key \u0410\u041AIAQ7R2MZ4KX9TPW3LB")), "aws_access_key" },
        { Messages(User("decode: a2V5 IEFL SUFR N1Iy TVo0 S1g5 VFBX M0xC")), "aws_access_key" },
        { Messages(User("card [\"4341\", \"6721\","), User("\"1068\", \"4038\"]")), "payment_card" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_AdversarialSpellingAskingForClosedModel_StaysPrivate(string fields, string type)
    {
        await using var app = await StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body($"{{\"model\":\"{FakePolicy.ClosedModel}\",{fields}}}"));

        AssertKeptPrivate(response, type);
        Assert.NotEqual(FakePolicy.ClosedModel, app.Fakes.Dispatch.LastRequest?.Model);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_AdversarialSpellingStreaming_StaysPrivate(string fields, string type)
    {
        await using var app = await StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body($"{{\"model\":\"{FakePolicy.ClosedModel}\",\"stream\":true,{fields}}}"));

        AssertKeptPrivate(response, type);
        Assert.Contains("data: [DONE]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AutoModelHardPromptWithGluedIdentifier_StaysPrivate()
    {
        await using var app = await StartAsync();
        var hard = "Prove that the sum of the reciprocals of the primes diverges, step by step, and relate it to the zeta function. ";

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat(hard + "ref hello11010519491231002X")));

        AssertKeptPrivate(response, "cn_resident_id");
    }

    [Theory]
    [InlineData("ref &#52;&#53;&#51;&#57;&#49;&#52;&#56;&#56;&#48;&#51;&#52;&#51;&#54;&#52;&#54;&#55;")]
    [InlineData("ref 4539<b>1488</b>0343<i>6467</i>")]
    [InlineData("ref 4539%201488%200343%206467")]
    [InlineData("card [\"4341\",\"6721\",\"1068\",\"4038\"]")]
    [InlineData("my card four three four one six seven two one one zero six eight four zero three eight")]
    [InlineData("pay 2720.8854_2143/0447")]
    [InlineData("card 4341 6721 1O68 4O38")]
    public async Task Post_AutoModelHardPromptWithEncodedOrSplitIdentifier_StaysPrivate(string reference)
    {
        await using var app = await StartAsync();
        var hard = "Prove that the sum of the reciprocals of the primes diverges, step by step, and relate it to the zeta function. ";

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat(hard + reference)));

        AssertKeptPrivate(response, "payment_card");
    }

    /// <summary>Ordinary prose next to the fourth round's classes (digit words, phone words, lists) is not held back.</summary>
    [Theory]
    [InlineData("I have four one-bedroom units and two studios to rent.")]
    [InlineData("Count: one, two, three, four, five, six, seven, eight, nine, ten.")]
    [InlineData("Mi m\u00F3vil es nuevo y el n\u00FAmero de la oficina es p\u00FAblico.")]
    [InlineData("Ports: [\"8080\",\"8443\",\"9090\",\"3000\"] and [1001, 2002, 3003, 4004].")]
    public async Task Post_OrdinaryProseAskingForClosedModel_GoesClosed(string content)
    {
        await using var app = await StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat(content, FakePolicy.ClosedModel)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("sensitive", response.Headers.GetValues("x-router-reasons").Single(), StringComparison.Ordinal);
        Assert.Equal(FakePolicy.ClosedModel, app.Fakes.Dispatch.LastRequest?.Model);
    }

    private static Task<TestApp> StartAsync() =>
        TestApp.StartAsync(services: s => s.RemoveAll<IRequestClassifier>().AddSingleton<IRequestClassifier, RequestClassifier>());

    private static void AssertKeptPrivate(HttpResponseMessage response, string type)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = response.Headers.GetValues("x-router-route").Single();
        var reasons = response.Headers.GetValues("x-router-reasons").Single();
        Assert.True(route.StartsWith("private", StringComparison.Ordinal), $"route {route} ({reasons})");
        Assert.Contains("sensitive", reasons, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(type));
        var headers = string.Concat(response.Headers.SelectMany(h => h.Value));
        Assert.DoesNotContain("4111", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("110105", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("4539", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIA", headers, StringComparison.Ordinal);
    }

    private static string Messages(params string[] messages) => $"\"messages\":[{string.Join(',', messages)}]";

    private static string User(string content) => JsonSerializer.Serialize(new { role = "user", content });

    /// <summary>A tool round trip whose call id (sent to every backend) or arguments (JSON text) are the attacker's string.</summary>
    private static string ToolRoundTrip(string id, string arguments = "{}") =>
        Messages(
            User("What is the weather in Paris?"),
            $"{{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{{\"id\":\"{id}\",\"type\":\"function\",\"function\":{{\"name\":\"get_weather\",\"arguments\":\"{arguments}\"}}}}]}}",
            $"{{\"role\":\"tool\",\"tool_call_id\":\"{id}\",\"content\":\"21 C\"}}");

    /// <summary>Each character as a JSON escape ("\\u0034"), which a raw schema or argument text keeps as written.</summary>
    private static string Escaped(string text) =>
        string.Concat(text.Select(c => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Parts(params string[] texts) =>
        JsonSerializer.Serialize(new { role = "user", content = texts.Select(t => new { type = "text", text = t }) });
}
