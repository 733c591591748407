using System.Text;

namespace GpuWorker.Inference;

/// <summary>
/// Reads <c>general.name</c> from a GGUF file's header in managed code. LLamaSharp's metadata lookup answered "no such
/// key" in one test run out of several for the same file, so the name the worker reports comes from the file itself.
/// Walks the key/value section (GGUF v2/v3) until the key, skipping other values by their declared sizes.
/// </summary>
internal static class GgufName
{
    private const string Key = "general.name";
    private const long MaxString = 1 << 20;

    /// <summary>The name, or null when the file has none or its header cannot be read.</summary>
    public static string? Read(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadUInt32() != 0x46554747 || reader.ReadUInt32() < 2)
            {
                return null; // not "GGUF", or v1 (32-bit counts)
            }

            reader.ReadUInt64(); // tensor count
            var pairs = reader.ReadUInt64();
            for (ulong i = 0; i < pairs; i++)
            {
                var key = ReadString(reader);
                var type = reader.ReadUInt32();
                if (key == Key && type == StringType)
                {
                    return ReadString(reader);
                }

                Skip(reader, type);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or OverflowException)
        {
        }

        return null;
    }

    private const uint StringType = 8;
    private const uint ArrayType = 9;

    private static string ReadString(BinaryReader reader)
    {
        var length = reader.ReadUInt64();
        if (length > MaxString)
        {
            throw new InvalidDataException("GGUF string too long");
        }

        return Encoding.UTF8.GetString(reader.ReadBytes((int)length));
    }

    private static void Skip(BinaryReader reader, uint type)
    {
        if (type == StringType)
        {
            var length = reader.ReadUInt64();
            reader.BaseStream.Seek(checked((long)length), SeekOrigin.Current);
        }
        else if (type == ArrayType)
        {
            var itemType = reader.ReadUInt32();
            var count = reader.ReadUInt64();
            if (itemType == StringType)
            {
                for (ulong i = 0; i < count; i++)
                {
                    Skip(reader, StringType);
                }
            }
            else
            {
                reader.BaseStream.Seek(checked((long)count * FixedSize(itemType)), SeekOrigin.Current);
            }
        }
        else
        {
            reader.BaseStream.Seek(FixedSize(type), SeekOrigin.Current);
        }
    }

    private static long FixedSize(uint type) => type switch
    {
        0 or 1 or 7 => 1,   // u8, i8, bool
        2 or 3 => 2,        // u16, i16
        4 or 5 or 6 => 4,   // u32, i32, f32
        10 or 11 or 12 => 8, // u64, i64, f64
        _ => throw new InvalidDataException($"unknown GGUF value type {type}"),
    };
}
