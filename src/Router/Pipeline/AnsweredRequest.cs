namespace Router.Pipeline;

/// <summary>
/// An answer a host may send before its call is accounted (the cache is already filled). <see cref="AccountAsync"/>
/// writes the ledger row and settles the budget; the host runs it once the answer is on its way, so the caller never
/// waits for the ledger. It runs once however often it is awaited, and the host must await it whether or not the
/// answer reached the caller: the backend was paid either way.
/// </summary>
public sealed class AnsweredRequest
{
    private readonly Lazy<Task> _accounting;

    internal AnsweredRequest(PipelineResult result, Func<Task> account)
    {
        Result = result;
        _accounting = new Lazy<Task>(account);
    }

    public PipelineResult Result { get; }

    public Task AccountAsync() => _accounting.Value;
}
