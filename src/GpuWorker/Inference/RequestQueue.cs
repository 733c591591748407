using System.Threading.Channels;
using GpuWorker.Hosting;
using Microsoft.Extensions.Options;

namespace GpuWorker.Inference;

/// <summary>Bounded hand-off from HTTP requests to the decode loop; full means 503.</summary>
internal sealed class RequestQueue(IOptions<WorkerOptions> options)
{
    private readonly Channel<GenerationJob> _channel = Channel.CreateBounded<GenerationJob>(
        new BoundedChannelOptions(options.Value.QueueBound) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<GenerationJob> Reader => _channel.Reader;

    public int Depth => _channel.Reader.Count;

    public bool TryEnqueue(GenerationJob job) => _channel.Writer.TryWrite(job);
}
