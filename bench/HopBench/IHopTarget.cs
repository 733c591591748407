namespace HopBench;

/// <summary>One way of getting a completion from the worker; <see cref="SendAsync"/> returns completion tokens.</summary>
internal interface IHopTarget
{
    string Name { get; }

    Task<int> SendAsync(string prompt, int seed, CancellationToken cancellationToken = default);
}
