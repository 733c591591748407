using Azure;
using Azure.Storage.Blobs;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>A set in a blob, read with the app's managed identity (or a connection string locally); its version is the ETag.</summary>
internal sealed class EdmBlobSource(BlobClient blob) : IEdmSetSource
{
    public string Name { get; } = new UriBuilder(blob.Uri) { Query = "" }.Uri.ToString();

    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return properties.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<(byte[] Bytes, string Version)> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return (content.Value.Content.ToArray(), content.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e)
        {
            throw new EdmSetLoadException(Name, e.Status == 404 ? "does not exist" : $"cannot be read (HTTP {e.Status} {e.ErrorCode})", e);
        }
    }
}
