using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Router.Requests;

namespace Router.Caching.Keys;

/// <summary>
/// Exact-repeat cache key: <c>rc:{tenant}:{sha256}</c>. The hash covers tenant, model, every
/// <see cref="SamplingParameters"/> field and each message's role and content, each value length-prefixed so
/// that no two different requests encode to the same bytes ("ab"+"c" never equals "a"+"bc").
/// The tenant is both hashed and the key prefix, so keys are never shared across tenants.
/// </summary>
public static class CacheKey
{
    public const string Prefix = "rc:";

    // Bump when the encoding changes so old entries are simply never hit again.
    private const string EncodingVersion = "rc-v1";

    public static string For(ChatRequest request, string model)
    {
        ArgumentNullException.ThrowIfNull(request);
        return For(request.TenantId, model, request.Parameters, request.Messages);
    }

    public static string For(string tenantId, string model, SamplingParameters parameters, IReadOnlyList<ChatMessage> messages)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(messages);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendString(hash, EncodingVersion);
        AppendString(hash, tenantId);
        AppendString(hash, model);
        AppendNullable(hash, parameters.Temperature, static (h, v) => AppendInt32(h, BitConverter.SingleToInt32Bits(v)));
        AppendNullable(hash, parameters.TopP, static (h, v) => AppendInt32(h, BitConverter.SingleToInt32Bits(v)));
        AppendNullable(hash, parameters.MaxTokens, AppendInt32);
        AppendNullable(hash, parameters.Seed, AppendInt32);
        AppendInt32(hash, parameters.Stop.Count);
        foreach (var stop in parameters.Stop)
        {
            AppendString(hash, stop);
        }

        AppendInt32(hash, messages.Count);
        foreach (var message in messages)
        {
            AppendString(hash, message.Role);
            AppendString(hash, message.Content);
        }

        return $"{Prefix}{tenantId}:{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }

    private static void AppendString(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        AppendInt32(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    private static void AppendInt32(IncrementalHash hash, int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, value);
        hash.AppendData(buffer);
    }

    private static void AppendNullable<T>(IncrementalHash hash, T? value, Action<IncrementalHash, T> append)
        where T : struct
    {
        // A presence byte keeps "absent" distinct from any real value, including 0.
        hash.AppendData(value.HasValue ? [1] : [0]);
        if (value.HasValue)
        {
            append(hash, value.Value);
        }
    }
}
