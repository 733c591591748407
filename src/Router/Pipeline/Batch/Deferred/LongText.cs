using Azure.Data.Tables;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>A string property holds at most 64 KiB (32K UTF-16 chars): longer texts go in numbered parts, Name0, Name1...</summary>
internal static class LongText
{
    private const int PartChars = 30_000;

    /// <summary>Parts one entity can hold beside its other properties (an entity is at most 1 MiB).</summary>
    public const int MaxChars = 14 * PartChars;

    public static void Write(TableEntity entity, string name, string text)
    {
        if (text.Length > MaxChars)
        {
            throw new ArgumentException($"'{name}' is {text.Length} characters; at most {MaxChars} fit in a table row.", nameof(text));
        }

        var parts = (text.Length + PartChars - 1) / PartChars;
        entity[name + "Parts"] = parts;
        for (var i = 0; i < parts; i++)
        {
            entity[name + i] = text.Substring(i * PartChars, Math.Min(PartChars, text.Length - (i * PartChars)));
        }
    }

    public static string Read(TableEntity entity, string name)
    {
        var parts = entity.GetInt32(name + "Parts") ?? 0;
        return string.Concat(Enumerable.Range(0, parts).Select(i => entity.GetString(name + i)));
    }
}
