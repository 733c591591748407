extern alias AzureIdentityPackage;

using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using DefaultAzureCredential = AzureIdentityPackage::Azure.Identity.DefaultAzureCredential;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>An http(s) URL is a blob; anything else a file path (relative to the working directory).</summary>
internal sealed class EdmSourceFactory(IOptions<RouterOptions> options)
{
    public IEdmSetSource Create(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            var connection = options.Value.ExactDataMatch.BlobConnectionString;
            if (string.IsNullOrWhiteSpace(connection))
            {
                return new EdmBlobSource(new BlobClient(uri, new DefaultAzureCredential()));
            }
            var parts = new BlobUriBuilder(uri);
            return new EdmBlobSource(new BlobContainerClient(connection, parts.BlobContainerName).GetBlobClient(parts.BlobName));
        }
        return new EdmFileSource(source);
    }
}
