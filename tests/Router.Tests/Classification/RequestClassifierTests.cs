using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.Classification;
using Router.Requests;

namespace Router.Tests.Classification;

public sealed class RequestClassifierTests
{
    private sealed class RecordingSensitivity(Func<IReadOnlyList<string>, SensitivityVerdict> classify) : ISensitivityClassifier
    {
        public IReadOnlyList<string>? Texts { get; private set; }
        public IReadOnlyList<string>? Terms { get; private set; }

        public SensitivityScope? Scope { get; private set; }

        public SensitivityVerdict Classify(IReadOnlyList<string> texts, SensitivityScope scope, CancellationToken cancellationToken = default)
        {
            Texts = texts;
            Terms = scope.ConfidentialTerms;
            Scope = scope;
            return classify(texts);
        }
    }

    private sealed class RecordingDifficulty(Func<string, double> score) : IDifficultyScorer
    {
        public string? Prompt { get; private set; }

        public double Score(string prompt)
        {
            Prompt = prompt;
            return score(prompt);
        }
    }

    private static RequestClassifier Classifier(ISensitivityClassifier sensitivity, IDifficultyScorer difficulty, TimeProvider? time = null, TimeSpan? timeout = null) =>
        new(sensitivity, difficulty, Options.Create(new RouterOptions { ClassificationTimeout = timeout ?? TimeSpan.FromSeconds(5) }),
            time ?? TimeProvider.System, NullLogger<RequestClassifier>.Instance);

    private static ChatRequest Request(params ChatMessage[] messages) => new() { RequestId = "r", TenantId = "t", Messages = messages };

    [Fact]
    public async Task ClassifyAsync_Messages_SensitivityOnAllContentsDifficultyOnLastUser()
    {
        var sensitivity = new RecordingSensitivity(_ => SensitivityVerdict.Clean);
        var difficulty = new RecordingDifficulty(_ => 0.3);
        var request = Request(new("system", "be brief"), new("user", "first"), new("assistant", "ok"), new("user", "second"));

        var result = await Classifier(sensitivity, difficulty).ClassifyAsync(request, ["Project Falcon"]);

        Assert.Equal(["be brief", "first", "ok", "second"], sensitivity.Texts);
        Assert.Equal(["Project Falcon"], sensitivity.Terms);
        Assert.Equal("second", difficulty.Prompt);
        Assert.Equal(0.3, result.Difficulty);
        Assert.False(result.Sensitivity.IsSensitive);
    }

    [Fact]
    public async Task ClassifyAsync_StopSequences_ClassifiedAfterTheMessages()
    {
        var sensitivity = new RecordingSensitivity(_ => SensitivityVerdict.Clean);
        var request = Request(new ChatMessage("user", "hi")) with { Parameters = new SamplingParameters { Stop = ["4111 1111 1111 1111", "END"] } };

        await Classifier(sensitivity, new RecordingDifficulty(_ => 0.1)).ClassifyAsync(request, []);

        Assert.Equal(["hi", "4111 1111 1111 1111", "END"], sensitivity.Texts);
    }

    [Fact]
    public async Task ClassifyAsync_Scope_ReachesSensitivityUnchanged()
    {
        var sensitivity = new RecordingSensitivity(_ => SensitivityVerdict.Clean);
        var scope = new SensitivityScope("contoso", ["Falcon"], ["CONTOSO RESTRICTED"]);

        await Classifier(sensitivity, new RecordingDifficulty(_ => 0.1)).ClassifyAsync(Request(new ChatMessage("user", "hi")), scope);

        Assert.Same(scope, sensitivity.Scope);
    }

    [Fact]
    public void DifficultyText_NoUserMessage_AllContents()
    {
        Assert.Equal("a\nb", RequestClassifier.DifficultyText([new("system", "a"), new("assistant", "b")]));
    }

    [Fact]
    public async Task ClassifyAsync_SensitivityThrows_FailClosedWithTypeOnly()
    {
        var sensitivity = new RecordingSensitivity(texts => throw new FormatException($"bad input {texts[0]}"));

        var result = await Classifier(sensitivity, new RecordingDifficulty(_ => 0.1)).ClassifyAsync(Request(new ChatMessage("user", "secret-value")), []);

        Assert.True(result.Sensitivity.IsSensitive);
        Assert.Equal(SensitivityLevel.High, result.Sensitivity.Level);
        Assert.Equal(RequestClassifier.FailClosedDifficulty, result.Difficulty);
        Assert.Contains(result.Sensitivity.Reasons, r => r.Contains("FormatException", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Sensitivity.Reasons, r => r.Contains("secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassifyAsync_DifficultyThrows_FailClosed()
    {
        var result = await Classifier(new RecordingSensitivity(_ => SensitivityVerdict.Clean), new RecordingDifficulty(_ => throw new InvalidOperationException()))
            .ClassifyAsync(Request(new ChatMessage("user", "x")), []);

        Assert.True(result.Sensitivity.IsSensitive);
        Assert.Equal(1.0, result.Difficulty);
    }

    [Fact]
    public async Task ClassifyAsync_DifficultyNaN_FailClosed()
    {
        var result = await Classifier(new RecordingSensitivity(_ => SensitivityVerdict.Clean), new RecordingDifficulty(_ => double.NaN))
            .ClassifyAsync(Request(new ChatMessage("user", "x")), []);

        Assert.True(result.Sensitivity.IsSensitive);
    }

    [Fact]
    public async Task ClassifyAsync_DifficultyOutOfRange_Clamped()
    {
        var result = await Classifier(new RecordingSensitivity(_ => SensitivityVerdict.Clean), new RecordingDifficulty(_ => 1.7))
            .ClassifyAsync(Request(new ChatMessage("user", "x")), []);

        Assert.Equal(1.0, result.Difficulty);
        Assert.False(result.Sensitivity.IsSensitive);
    }

    [Fact]
    public async Task ClassifyAsync_LargeRequestSlowerThanTimeout_AbandonedAndFailClosed()
    {
        using var release = new ManualResetEventSlim();
        var time = new FakeTimeProvider();
        var slow = new RecordingSensitivity(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return SensitivityVerdict.Clean;
        });
        var classifier = Classifier(slow, new RecordingDifficulty(_ => 0.0), time, TimeSpan.FromMilliseconds(250));
        var large = new string('x', RequestClassifier.InlineLimitChars + 1);

        var pending = classifier.ClassifyAsync(Request(new ChatMessage("user", large)), []).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(251));
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(5));
        release.Set();

        Assert.True(result.Sensitivity.IsSensitive);
        Assert.Contains(result.Sensitivity.Reasons, r => r.Contains("longer than 250 ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassifyAsync_SmallRequest_CompletesOnCallersThread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var sensitivity = new RecordingSensitivity(_ => caller == Environment.CurrentManagedThreadId ? SensitivityVerdict.Clean : throw new InvalidOperationException("hopped"));

        var pending = Classifier(sensitivity, new RecordingDifficulty(_ => 0.2)).ClassifyAsync(Request(new ChatMessage("user", "x")), []);

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.False((await pending).Sensitivity.IsSensitive);
    }

    [Fact]
    public async Task ClassifyAsync_SmallRequestFinishingAfterTimeout_FailClosed()
    {
        var time = new FakeTimeProvider();
        var slow = new RecordingSensitivity(_ =>
        {
            time.Advance(TimeSpan.FromMilliseconds(300));
            return SensitivityVerdict.Clean;
        });

        var result = await Classifier(slow, new RecordingDifficulty(_ => 0.0), time, TimeSpan.FromMilliseconds(250))
            .ClassifyAsync(Request(new ChatMessage("user", "x")), []);

        Assert.True(result.Sensitivity.IsSensitive);
        Assert.Equal(RequestClassifier.FailClosedDifficulty, result.Difficulty);
        Assert.Contains(result.Sensitivity.Reasons, r => r.Contains("longer than 250 ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassifyAsync_CallerCancels_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await Classifier(new RecordingSensitivity(_ => SensitivityVerdict.Clean), new RecordingDifficulty(_ => 0.0))
                .ClassifyAsync(Request(new ChatMessage("user", "x")), [], cts.Token));
    }
}
