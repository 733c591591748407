using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// A tenant's exact-data-match secret and the keys derived from it. A value's fingerprint is the first 8 bytes of
/// HMAC-SHA256(secret, UTF-8 of its canonical text); the prefilter hashes words with SipHash-2-4 under a key derived
/// by HMAC, and a key check lets a loader tell a wrong secret from an empty match. Never logged, never written.
/// </summary>
internal sealed class EdmKey
{
    public const int MinSecretLength = 32;

    private readonly byte[] _secret;
    private readonly ulong _k0;
    private readonly ulong _k1;

    public EdmKey(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < MinSecretLength)
        {
            throw new ArgumentException($"An exact-data-match secret needs at least {MinSecretLength} characters.", nameof(secret));
        }
        _secret = Encoding.UTF8.GetBytes(secret);
        var derived = Derive("router-edm/prefilter/v1");
        _k0 = BinaryPrimitives.ReadUInt64LittleEndian(derived);
        _k1 = BinaryPrimitives.ReadUInt64LittleEndian(derived.AsSpan(8));
        KeyCheck = BinaryPrimitives.ReadUInt64LittleEndian(Derive("router-edm/key-check/v1"));
    }

    /// <summary>Stored in a set's header: a set built under another secret is refused at load, not silently blind.</summary>
    public ulong KeyCheck { get; }

    /// <summary>The authoritative fingerprint of a canonical value.</summary>
    public ulong Fingerprint(ReadOnlySpan<char> canonical)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(canonical.Length)];
        var length = Encoding.UTF8.GetBytes(canonical, utf8);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, utf8[..length], mac);
        return BinaryPrimitives.ReadUInt64LittleEndian(mac);
    }

    /// <summary>The prefilter hash of one normalised unit; never zero (odd), so zero can mean "no unit".</summary>
    public ulong UnitHash(ReadOnlySpan<char> unit) => SipHash.Hash(_k0, _k1, MemoryMarshal.AsBytes(unit)) | 1;

    private byte[] Derive(string purpose) => HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(purpose));
}
