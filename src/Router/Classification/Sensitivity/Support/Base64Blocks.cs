using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Plausible base64 blocks (standard or URL-safe alphabet, 16+ characters, both letter cases) and their decoded
/// text. A block counts only when it decodes to valid UTF-8 without control characters, so keys, hashes, images
/// and ordinary CamelCase words are left alone (they decode to binary).
/// </summary>
internal static class Base64Blocks
{
    public const int MinLength = 16;

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<TextSpan> Find(string text)
    {
        var blocks = new List<TextSpan>();
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var at = span[i..].IndexOfAny(Alphabet);
            if (at < 0)
            {
                break;
            }
            var start = i + at;
            var length = span[start..].IndexOfAnyExcept(Alphabet);
            var end = length < 0 ? span.Length : start + length;
            var padded = end;
            while (padded < span.Length && padded - end < 2 && span[padded] == '=')
            {
                padded++;
            }
            if (end - start >= MinLength && MixedCase(span[start..end]))
            {
                blocks.Add(new TextSpan(start, padded));
            }
            i = padded + (padded < span.Length ? 1 : 0);
        }
        return blocks;
    }

    /// <summary>The text the block holds, or null when it is not base64 of readable UTF-8.</summary>
    public static string? TryDecodeText(ReadOnlySpan<char> block)
    {
        var body = block.TrimEnd('=');
        if (body.Length % 4 == 1)
        {
            return null;
        }
        var paddedLength = (body.Length + 3) / 4 * 4;
        var chars = ArrayPool<char>.Shared.Rent(paddedLength);
        var bytes = ArrayPool<byte>.Shared.Rent(paddedLength / 4 * 3);
        try
        {
            for (var i = 0; i < body.Length; i++)
            {
                chars[i] = body[i] switch { '-' => '+', '_' => '/', var c => c };
            }
            chars.AsSpan(body.Length, paddedLength - body.Length).Fill('=');
            if (!Convert.TryFromBase64Chars(chars.AsSpan(0, paddedLength), bytes, out var written) || written < 8)
            {
                return null;
            }
            var text = StrictUtf8.GetString(bytes, 0, written);
            return Readable(text) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static bool Readable(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool MixedCase(ReadOnlySpan<char> run) =>
        run.ContainsAnyInRange('A', 'Z') && run.ContainsAnyInRange('a', 'z');
}
