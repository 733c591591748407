using System.Runtime.CompilerServices;

namespace Router.Cli.Input;

/// <summary>Streams a JSON-lines file one parsed line at a time; blank lines are skipped.</summary>
internal static class JsonLines
{
    public static async IAsyncEnumerable<(RequestLine? Line, BadLine? Bad)> ReadAsync(
        TextReader reader, string defaultTenant, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            RequestLineParser.TryParse(text, lineNumber, defaultTenant, out var line, out var bad);
            yield return (line, bad);
        }
    }
}
