using System.Text;
using GpuWorker.Hosting;
using GpuWorker.Inference;
using GpuWorker.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace GpuWorker.Tests.Inference;

/// <summary>
/// A sequence that ends below a running one leaves a gap in the ids; with no request waiting, the running one moves
/// down (its KV cells copied to the lower id's stream) so the next steps stay one micro-batch. Its text must be
/// exactly what it would have been without the move. Both jobs are queued before the loop starts, so both runs
/// decode the same batches up to the move and the comparison is exact, not a tolerance.
/// </summary>
public sealed class DecodeLoopCompactionTests : IDisposable
{
    private readonly TinyModelFile _model = new();

    private async Task<(string Text, int Moves)> RunAsync(bool compactIds)
    {
        var options = new WorkerOptions { ModelPath = _model.Path, Threads = 1, ContextSize = 256, MaxConcurrent = 3, QueueBound = 8 };
        var (model, context) = InferenceService.Load(options);
        using (model)
        using (context)
        {
            var queue = new RequestQueue(Options.Create(options));
            var loop = new DecodeLoop(model, context, queue, new WorkerMetrics(), TimeProvider.System, options.MaxConcurrent, compactIds);
            var greedy = new SamplingSettings(Temperature: 0f, TopP: 1f, Seed: 1, Stop: [], IgnoreEos: true);
            // ids 0, 1, 2 in queue order; 0 and 1 end early, leaving 2 above a gap.
            var first = new GenerationJob(model.TokenizeText("first short one"), 2, greedy, CancellationToken.None);
            var second = new GenerationJob(model.TokenizeText("a second short one, a bit longer"), 4, greedy, CancellationToken.None);
            var third = new GenerationJob(model.TokenizeText("the long one that keeps going"), 40, greedy, CancellationToken.None);
            Assert.True(queue.TryEnqueue(first) && queue.TryEnqueue(second) && queue.TryEnqueue(third));

            using var stop = new CancellationTokenSource();
            var running = Task.Factory.StartNew(() => loop.Run(stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var text = await ReadAsync(third);
            await ReadAsync(first);
            await ReadAsync(second);
            await stop.CancelAsync();
            await running.WaitAsync(TimeSpan.FromMinutes(2));
            return (text, loop.SequencesMoved);
        }
    }

    private static async Task<string> ReadAsync(GenerationJob job)
    {
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await foreach (var e in job.Events.ReadAllAsync(timeout.Token))
        {
            if (e is GenerationEvent.Delta delta)
            {
                text.Append(delta.Text);
            }
            else if (e is GenerationEvent.Finished finished)
            {
                Assert.Equal("length", finished.Result.FinishReason);
                Assert.Equal(job.MaxTokens, finished.Result.CompletionTokens);
            }
        }

        return text.ToString();
    }

    [Fact]
    public async Task Run_SequenceAboveAGap_MovesDownAndGeneratesTheSameText()
    {
        var moved = await RunAsync(compactIds: true);
        var stayed = await RunAsync(compactIds: false);

        Assert.Equal(0, stayed.Moves);
        Assert.Equal(1, moved.Moves); // id 2 to 0 when the first ends; nothing above the gap when the second ends
        Assert.NotEmpty(stayed.Text);
        Assert.Equal(stayed.Text, moved.Text);
    }

    public void Dispose() => _model.Dispose();
}
