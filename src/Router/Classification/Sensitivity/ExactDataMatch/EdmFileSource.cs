namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>A set in a file. Its version is the last write time and size, polled (cheap, and works on network shares
/// where file-system notifications do not).</summary>
internal sealed class EdmFileSource(string path) : IEdmSetSource
{
    public string Name { get; } = Path.GetFullPath(path);

    public Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        var file = new FileInfo(Name);
        return Task.FromResult(file.Exists ? Version(file) : null);
    }

    public async Task<(byte[] Bytes, string Version)> ReadAsync(CancellationToken cancellationToken)
    {
        var file = new FileInfo(Name);
        if (!file.Exists)
        {
            throw new EdmSetLoadException(Name, "does not exist");
        }
        try
        {
            var version = Version(file);
            return (await File.ReadAllBytesAsync(Name, cancellationToken).ConfigureAwait(false), version);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EdmSetLoadException(Name, $"cannot be read ({e.GetType().Name})", e);
        }
    }

    private static string Version(FileInfo file) => $"{file.LastWriteTimeUtc.Ticks}:{file.Length}";
}
