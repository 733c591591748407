using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Router.Tests.Accounting.Ledger.Tables;

/// <summary>Records each request the table client sends (method, path, body), to count transactions and upserts.</summary>
internal sealed class RecordingPolicy : HttpPipelineSynchronousPolicy
{
    private readonly List<(string Method, string Path, string Body)> _requests = [];

    public IReadOnlyList<(string Method, string Path, string Body)> Requests
    {
        get { lock (_requests) { return [.. _requests]; } }
    }

    /// <summary>Entity-group transactions sent, with how many rows each carried.</summary>
    public IReadOnlyList<int> Transactions => [.. Requests.Where(r => r.Path.EndsWith("/$batch", StringComparison.Ordinal))
        .Select(r => r.Body.Split("\nPUT ").Length - 1)];

    /// <summary>Single-entity upserts sent.</summary>
    public int SingleUpserts => Requests.Count(r => r.Method == "PUT");

    public override void OnSendingRequest(HttpMessage message)
    {
        var body = "";
        if (message.Request.Content is { } content)
        {
            using var stream = new MemoryStream();
            content.WriteTo(stream, CancellationToken.None);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }

        lock (_requests)
        {
            _requests.Add((message.Request.Method.Method, message.Request.Uri.Path, body));
        }
    }
}
