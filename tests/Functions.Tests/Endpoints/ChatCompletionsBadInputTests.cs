using System.Net.Http.Headers;
using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

/// <summary>Every bad input gets a clear OpenAI-style 4xx, and nothing reaches the pipeline or the ledger.</summary>
public sealed class ChatCompletionsBadInputTests
{
    public static TheoryData<string, int, string?> Cases => new()
    {
        { "{\"messages\": [", 400, null },
        { "not json", 400, null },
        { "[1,2]", 400, null },
        { "", 400, null },
        { "{}", 400, "messages" },
        { "{\"messages\": []}", 400, "messages" },
        { "{\"messages\": \"hi\"}", 400, "messages" },
        { "{\"messages\": [\"hi\"]}", 400, "messages[0]" },
        { "{\"messages\": [{\"content\": \"hi\"}]}", 400, "messages[0].role" },
        { "{\"messages\": [{\"role\": \"wizard\", \"content\": \"hi\"}]}", 400, "messages[0].role" },
        { "{\"messages\": [{\"role\": \"user\", \"content\": 42}]}", 400, "messages[0].content" },
        { "{\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\"}]}]}", 400, "messages[0].content[0]" },
        { "{\"model\": 5, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "model" },
        { "{\"temperature\": \"hot\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "temperature" },
        { "{\"temperature\": 3, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "temperature" },
        { "{\"top_p\": 1.5, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "top_p" },
        { "{\"max_tokens\": 0, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "max_tokens" },
        { "{\"max_tokens\": 1.5, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "max_tokens" },
        { "{\"stop\": 7, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "stop" },
        { "{\"stream\": \"yes\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "stream" },
        { "{\"n\": 2, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "n" },
        { "{\"tools\": [], \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 400, "tools" },
        { "{\"model\": \"gpt-nonexistent\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", 404, "model" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadInput_ReturnsOpenAiErrorAndWritesNothing(string body, int status, string? param)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(body));

        var error = await Json.AssertErrorAsync(response, status);
        if (param is not null)
        {
            Assert.Equal(param, error.GetProperty("param").GetString());
        }

        Assert.Empty(app.Fakes.Ledger.Rows);
        Assert.Equal(0, app.Fakes.Classifier.Calls);
    }

    public static TheoryData<string, string, string> UnpairedSurrogates => new()
    {
        { "/api/v1/chat/completions", "{\"messages\": [{\"role\": \"user\", \"content\": \"hi \\ud800 there\"}]}", "messages[0].content" },
        { "/api/v1/chat/completions", "{\"model\": \"\\udc00\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", "model" },
        { "/api/v1/chat/completions", "{\"stop\": [\"ok\", \"\\ud83d\"], \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", "stop[1]" },
        { "/api/route", "{\"id\": \"a\\ud800\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", "id" },
    };

    [Theory]
    [MemberData(nameof(UnpairedSurrogates))]
    public async Task Post_UnpairedSurrogate_Returns400InvalidEncodingNamingTheField(string path, string body, string param)
    {
        await using var app = await TestApp.StartAsync();

        var error = await Json.AssertErrorAsync(await app.Client().PostAsync(path, Json.Body(body)), 400);

        Assert.Equal(("invalid_encoding", param), (error.GetProperty("code").GetString(), error.GetProperty("param").GetString()));
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task Post_PairedSurrogateEscape_Accepted()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions",
            Json.Body("{\"messages\": [{\"role\": \"user\", \"content\": \"smile \\ud83d\\ude00\"}]}"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvalidUtf8_Returns400()
    {
        await using var app = await TestApp.StartAsync();
        // 0xFF never occurs in UTF-8.
        byte[] bytes = [.. "{\"messages\":[{\"role\":\"user\",\"content\":\"hi "u8, 0xFF, .. "\"}]}"u8];
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await app.Client().PostAsync("/api/v1/chat/completions", content);

        Assert.Equal("invalid_encoding", (await Json.AssertErrorAsync(response, 400)).GetProperty("code").GetString());
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task Post_BodyOverLimitWithContentLength_Returns413()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat(new string('x', 5000))));

        Assert.Equal("request_too_large", (await Json.AssertErrorAsync(response, 413)).GetProperty("code").GetString());
        Assert.Empty(app.Fakes.Ledger.Rows);
    }

    [Fact]
    public async Task Post_BodyOverLimitChunked_Returns413()
    {
        await using var app = await TestApp.StartAsync();
        var json = System.Text.Json.JsonSerializer.Serialize(Json.Chat(new string('x', 5000)));
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat/completions") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await app.Client().SendAsync(request);

        await Json.AssertErrorAsync(response, 413);
    }

    [Fact]
    public async Task Post_BodyJustUnderLimit_IsAccepted()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat(new string('x', 3500))));

        Assert.Equal(200, (int)response.StatusCode);
    }
}
