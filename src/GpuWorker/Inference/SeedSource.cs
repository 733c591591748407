namespace GpuWorker.Inference;

/// <summary>Seeds for requests that give none; the Random is injected so tests can fix it.</summary>
internal sealed class SeedSource(Random random)
{
    private readonly Lock _gate = new();

    public uint Next()
    {
        lock (_gate)
        {
            return (uint)random.NextInt64(0, uint.MaxValue);
        }
    }
}
