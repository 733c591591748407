namespace Router.Pipeline.Batch.Deferred;

/// <summary>A batch job changed in storage since this copy was read (another poller claimed or moved it), or a new job's id exists.</summary>
public sealed class BatchJobConflictException : Exception
{
    public BatchJobConflictException()
    {
    }

    public BatchJobConflictException(string message)
        : base(message)
    {
    }

    public BatchJobConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
