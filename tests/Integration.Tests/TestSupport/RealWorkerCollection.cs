namespace Integration.Tests.TestSupport;

/// <summary>Every test here runs a real llama.cpp decode thread; one at a time keeps them off each other's cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealWorkerCollection
{
    public const string Name = "real-worker";
}
