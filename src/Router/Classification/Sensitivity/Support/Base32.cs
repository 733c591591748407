using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// RFC 4648 base32 (A–Z and 2–7, one case throughout, '=' padding), which hides an identifier from every digit-based
/// check as well as base64 does. Only a 16+ run base64 leaves alone (a single case, no other digits or symbols) is
/// tried; a string of digits may encode to letters alone, so no digit is required. Prose has few such runs (long lower-case words), and
/// they decode to bytes that are not readable text.
/// </summary>
internal static class Base32
{
    /// <summary>16+ characters of one case from the base32 alphabet, of a length some byte count encodes to.</summary>
    public static bool Shaped(ReadOnlySpan<char> run)
    {
        if (run.Length < Base64Blocks.MinLength || run.Length % 8 is 1 or 3 or 6)
        {
            return false;
        }
        var upper = run.ContainsAnyInRange('A', 'Z');
        return upper ? !run.ContainsAnyExcept(UpperAlphabet) : !run.ContainsAnyExcept(LowerAlphabet);
    }

    private static readonly SearchValues<char> UpperAlphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

    private static readonly SearchValues<char> LowerAlphabet = SearchValues.Create("abcdefghijklmnopqrstuvwxyz234567");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The readable UTF-8 text a <see cref="Shaped"/> run (padding removed) encodes, or null.</summary>
    public static string? TryDecodeText(ReadOnlySpan<char> body)
    {
        var bytes = body.Length * 5 / 8;
        if (bytes < 8)
        {
            return null;
        }
        Span<byte> decoded = bytes <= 512 ? stackalloc byte[bytes] : new byte[bytes];
        var buffer = 0L;
        var bits = 0;
        var written = 0;
        foreach (var c in body)
        {
            var value = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a',
                _ => c - '2' + 26,
            };
            buffer = (buffer << 5) | (uint)value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                if (written < decoded.Length)
                {
                    decoded[written++] = (byte)(buffer >> bits);
                }
                buffer &= (1L << bits) - 1;
            }
        }
        try
        {
            var text = StrictUtf8.GetString(decoded[..written]);
            return Base64Blocks.Readable(text) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
