using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Plausible base64 blocks (standard or URL-safe alphabet, 16+ characters, both letter cases, with or without
/// padding, wrapped in full lines of 40+ characters or not) and their decoded text (UTF-8, or UTF-16LE/BE of ASCII);
/// and single-case base32 blocks (<see cref="Base32"/>). A block counts only when it decodes to valid UTF-8 without
/// control characters, so keys, hashes, images and ordinary CamelCase words are left alone (they decode to binary).
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
            // Runs shorter than a block yield nothing: resume just before the next long one (prose is all short runs).
            var resume = ResumeBeforeLongRun(span, i);
            if (resume < 0)
            {
                break;
            }
            var at = span[resume..].IndexOfAny(Alphabet);
            if (at < 0)
            {
                break;
            }
            var start = resume + at;
            var end = RunEnd(span, start);
            // MIME and PEM wrap base64 every 64 or 76 characters: full lines of one length continue the block.
            var line = end - start;
            while (line >= WrappedLine && line % 4 == 0 && LineBreak(span, end) is > 0 and var breakLength
                && end + breakLength < span.Length && Alphabet.Contains(span[end + breakLength]))
            {
                var next = RunEnd(span, end + breakLength);
                var nextLine = next - end - breakLength;
                if (nextLine > line)
                {
                    break;
                }
                end = next;
                if (nextLine < line)
                {
                    break;
                }
            }
            var base32 = Base32.Shaped(span[start..end]);
            var padded = end;
            while (padded < span.Length && padded - end < (base32 ? 6 : 2) && span[padded] == '=')
            {
                padded++;
            }
            if (end - start >= MinLength && (MixedCase(span[start..end]) || base32))
            {
                blocks.Add(new TextSpan(start, padded));
            }
            // "key=GQ2D…": after '=' glued to a short run, the next run starts at once; else the character after the run is no alphabet.
            i = padded > end ? padded : padded + (padded < span.Length ? 1 : 0);
        }
        return blocks;
    }

    private const int WrappedLine = 40;

    /// <summary>
    /// Where the search from <paramref name="from"/> may resume and find what it would have found from there: just
    /// after the last character before the next run of <see cref="MinLength"/>+ alphabet characters that no short run
    /// before it can reach past (not alphabet, padding or a line break: a wrapped line is 40+ long, and padding is
    /// skipped), or -1 when no such run follows. Every run the search passes over on the way is too short to be a block.
    /// </summary>
    private static int ResumeBeforeLongRun(ReadOnlySpan<char> span, int from)
    {
        var run = LongRuns.FirstBase64Run(span, from, MinLength);
        if (run < 0)
        {
            return -1;
        }
        var resume = run;
        while (resume > from && (Alphabet.Contains(span[resume - 1]) || span[resume - 1] is '=' or '\n' or '\r'))
        {
            resume--;
        }
        return resume;
    }

    private static int RunEnd(ReadOnlySpan<char> span, int start)
    {
        var length = span[start..].IndexOfAnyExcept(Alphabet);
        return length < 0 ? span.Length : start + length;
    }

    private static int LineBreak(ReadOnlySpan<char> span, int at) =>
        at < span.Length && span[at] == '\n' ? 1
        : at + 1 < span.Length && span[at] == '\r' && span[at + 1] == '\n' ? 2
        : 0;

    /// <summary>The text the block holds, or null when it is not base64 of readable UTF-8.</summary>
    public static string? TryDecodeText(ReadOnlySpan<char> block)
    {
        var body = block.TrimEnd('=');
        if (Base32.Shaped(body))
        {
            return Base32.TryDecodeText(body);
        }
        var chars = ArrayPool<char>.Shared.Rent(body.Length + 3);
        var bytes = ArrayPool<byte>.Shared.Rent((body.Length + 3) / 4 * 3);
        try
        {
            var length = 0;
            foreach (var c in body)
            {
                if (c is not ('\n' or '\r'))
                {
                    chars[length++] = c switch { '-' => '+', '_' => '/', _ => c };
                }
            }
            if (length % 4 == 1)
            {
                return null;
            }
            var paddedLength = (length + 3) / 4 * 4;
            chars.AsSpan(length, paddedLength - length).Fill('=');
            if (!Convert.TryFromBase64Chars(chars.AsSpan(0, paddedLength), bytes, out var written) || written < 8)
            {
                return null;
            }
            var decoded = bytes.AsSpan(0, written);
            var text = LooksUtf16(decoded, 1) ? Encoding.Unicode.GetString(decoded)
                : LooksUtf16(decoded, 0) ? Encoding.BigEndianUnicode.GetString(decoded)
                : StrictUtf8.GetString(decoded);
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

    /// <summary>
    /// UTF-16 text of ASCII letters: every second byte zero, the odd ones (<paramref name="zero"/> 1) for little endian
    /// (what Windows tools and PowerShell's -EncodedCommand write), the even ones (0) for big endian.
    /// </summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes, int zero)
    {
        if (bytes.Length % 2 != 0)
        {
            return false;
        }
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i + zero] != 0 || bytes[i + 1 - zero] == 0)
            {
                return false;
            }
        }
        return true;
    }

    internal static bool Readable(string text)
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
