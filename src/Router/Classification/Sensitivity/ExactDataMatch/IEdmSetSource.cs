namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>Where a tenant's set lives: a file or a blob. Names it in messages; tells whether it changed.</summary>
internal interface IEdmSetSource
{
    /// <summary>The file path or blob URL (without query), for messages.</summary>
    string Name { get; }

    /// <summary>A token that changes when the set does (file time and size, blob ETag); null when it does not exist.</summary>
    Task<string?> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>The set's bytes and their version.</summary>
    /// <exception cref="EdmSetLoadException">It does not exist or cannot be read.</exception>
    Task<(byte[] Bytes, string Version)> ReadAsync(CancellationToken cancellationToken);
}
