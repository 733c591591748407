using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// The set file (docs/sensitivity.md, "EDM file format"), little-endian: magic <c>RTEDMSET</c>, format version, header
/// (normalisation version, key check, count, length masks, creation time, filter sizes, tenant id, key id), the unit
/// vocabulary bits, the Bloom blocks, the sorted 64-bit fingerprints, and a SHA-256 of everything before it. One million
/// values take about 11 MB and load in one read and three block copies.
/// </summary>
internal static class EdmSetFile
{
    private const ushort FormatVersion = 1;
    private const int FixedHeader = 52;
    private const int ChecksumLength = 32;
    private static readonly byte[] Magic = "RTEDMSET"u8.ToArray();

    public static byte[] Serialize(EdmSet set)
    {
        var header = set.Header;
        var tenant = Encoding.UTF8.GetBytes(header.TenantId);
        var keyId = Encoding.UTF8.GetBytes(header.KeyId);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write((ushort)header.NormalizationVersion);
            writer.Write(header.KeyCheck);
            writer.Write(header.Count);
            writer.Write(header.LengthMask);
            writer.Write(header.HanLengthMask);
            writer.Write(header.CreatedUtc.ToUnixTimeSeconds());
            writer.Write((byte)set.VocabularyBits);
            writer.Write((byte)0);
            writer.Write((ushort)0);
            writer.Write(set.Bloom.Length / EdmFilters.BlockWords);
            writer.Write((ushort)tenant.Length);
            writer.Write(tenant);
            writer.Write((ushort)keyId.Length);
            writer.Write(keyId);
            writer.Write(MemoryMarshal.AsBytes(set.Vocabulary.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(set.Bloom.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(set.Fingerprints.AsSpan()));
        }
        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    /// <summary>Reads and checks a set; every problem is an <see cref="EdmSetLoadException"/> naming <paramref name="source"/>.</summary>
    public static EdmSet Deserialize(ReadOnlySpan<byte> bytes, string source, EdmKey key)
    {
        if (bytes.Length < FixedHeader + ChecksumLength || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new EdmSetLoadException(source, "is not an exact-data-match set (made by `router edm build`)");
        }
        var body = bytes[..^ChecksumLength];
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes[^ChecksumLength..]))
        {
            throw new EdmSetLoadException(source, "is damaged or truncated (checksum mismatch)");
        }
        var version = BinaryPrimitives.ReadUInt16LittleEndian(body[8..]);
        var normalization = BinaryPrimitives.ReadUInt16LittleEndian(body[10..]);
        if (version != FormatVersion || normalization != EdmSetHeader.CurrentNormalizationVersion)
        {
            throw new EdmSetLoadException(source, $"has format {version}, normalisation {normalization}; this router reads format {FormatVersion}, normalisation {EdmSetHeader.CurrentNormalizationVersion}: rebuild it with this version's `router edm build`");
        }
        var keyCheck = BinaryPrimitives.ReadUInt64LittleEndian(body[12..]);
        var count = BinaryPrimitives.ReadInt64LittleEndian(body[20..]);
        var lengthMask = BinaryPrimitives.ReadUInt32LittleEndian(body[28..]);
        var hanLengthMask = BinaryPrimitives.ReadUInt32LittleEndian(body[32..]);
        var created = BinaryPrimitives.ReadInt64LittleEndian(body[36..]);
        int vocabularyBits = body[44];
        var bloomBlocks = BinaryPrimitives.ReadInt32LittleEndian(body[48..]);
        var at = FixedHeader;
        var tenant = ReadString(body, ref at, source);
        var keyId = ReadString(body, ref at, source);
        if (vocabularyBits is < 6 or > 31 || bloomBlocks < 1 || count < 0)
        {
            throw new EdmSetLoadException(source, "has an impossible header");
        }
        var vocabularyWords = (1L << vocabularyBits) / 64;
        var expected = at + 8 * (vocabularyWords + (long)bloomBlocks * EdmFilters.BlockWords + count);
        if (expected != body.Length)
        {
            throw new EdmSetLoadException(source, $"has {body.Length} bytes where its header implies {expected}");
        }
        if (keyCheck != key.KeyCheck)
        {
            throw new EdmSetLoadException(source, $"was built with another secret than the one configured (the file names key id '{keyId}')");
        }
        var vocabulary = ReadWords(body, ref at, vocabularyWords);
        var bloom = ReadWords(body, ref at, (long)bloomBlocks * EdmFilters.BlockWords);
        var fingerprints = ReadWords(body, ref at, count);
        for (var i = 1; i < fingerprints.Length; i++)
        {
            if (fingerprints[i] <= fingerprints[i - 1])
            {
                throw new EdmSetLoadException(source, "has unsorted fingerprints");
            }
        }
        var header = new EdmSetHeader(tenant, keyId, normalization, keyCheck, count, lengthMask, hanLengthMask, DateTimeOffset.FromUnixTimeSeconds(created));
        return new EdmSet(header, key, vocabulary, vocabularyBits, bloom, fingerprints);
    }

    private static string ReadString(ReadOnlySpan<byte> body, ref int at, string source)
    {
        if (at + 2 > body.Length)
        {
            throw new EdmSetLoadException(source, "has a truncated header");
        }
        var length = BinaryPrimitives.ReadUInt16LittleEndian(body[at..]);
        at += 2;
        if (at + length > body.Length)
        {
            throw new EdmSetLoadException(source, "has a truncated header");
        }
        var value = Encoding.UTF8.GetString(body.Slice(at, length));
        at += length;
        return value;
    }

    private static ulong[] ReadWords(ReadOnlySpan<byte> body, ref int at, long count)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(body.Slice(at, checked((int)(count * 8)))).ToArray();
        at += (int)(count * 8);
        return words;
    }
}

/// <summary>A set that cannot be used; the message names its file or blob and the reason, never a value or secret.</summary>
internal sealed class EdmSetLoadException(string source, string reason, Exception? inner = null)
    : Exception($"Exact-data-match set '{source}' {reason}.", inner)
{
    public string SetSource => source;
}
