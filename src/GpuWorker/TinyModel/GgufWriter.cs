using System.Text;

namespace GpuWorker.TinyModel;

/// <summary>Writes GGUF v3 files: metadata key/values, tensor infos, then aligned tensor data.</summary>
internal sealed class GgufWriter
{
    private const uint Alignment = 32;
    private readonly List<(string Key, Action<BinaryWriter> Write)> _metadata = [];
    private readonly List<(string Name, long[] Shape, float[] Data)> _tensors = [];

    private enum ValueType : uint
    {
        UInt32 = 4, Int32 = 5, Float32 = 6, Bool = 7, String = 8, Array = 9,
    }

    public void Add(string key, uint value) => _metadata.Add((key, w => { Type(w, ValueType.UInt32); w.Write(value); }));

    public void Add(string key, float value) => _metadata.Add((key, w => { Type(w, ValueType.Float32); w.Write(value); }));

    public void Add(string key, bool value) => _metadata.Add((key, w => { Type(w, ValueType.Bool); w.Write(value); }));

    public void Add(string key, string value) => _metadata.Add((key, w => { Type(w, ValueType.String); Str(w, value); }));

    public void Add(string key, IReadOnlyList<string> values) => _metadata.Add((key, w =>
    {
        ArrayHeader(w, ValueType.String, values.Count);
        foreach (var v in values)
        {
            Str(w, v);
        }
    }
    ));

    public void Add(string key, IReadOnlyList<float> values) => _metadata.Add((key, w =>
    {
        ArrayHeader(w, ValueType.Float32, values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }
    ));

    public void Add(string key, IReadOnlyList<int> values) => _metadata.Add((key, w =>
    {
        ArrayHeader(w, ValueType.Int32, values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }
    ));

    /// <summary>Adds an F32 tensor; <paramref name="shape"/> is in GGML order (innermost dimension first).</summary>
    public void AddTensor(string name, long[] shape, float[] data)
    {
        if (shape.Aggregate(1L, (a, b) => a * b) != data.Length)
        {
            throw new ArgumentException($"Tensor {name} shape does not match its data length.", nameof(data));
        }

        _tensors.Add((name, shape, data));
    }

    public void WriteTo(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write("GGUF"u8);
        w.Write(3u);
        w.Write((ulong)_tensors.Count);
        w.Write((ulong)_metadata.Count);
        foreach (var (key, write) in _metadata)
        {
            Str(w, key);
            write(w);
        }

        ulong offset = 0;
        foreach (var (name, shape, data) in _tensors)
        {
            Str(w, name);
            w.Write((uint)shape.Length);
            foreach (var d in shape)
            {
                w.Write((ulong)d);
            }

            w.Write(0u); // GGML_TYPE_F32
            w.Write(offset);
            offset = Align((ulong)data.Length * sizeof(float) + offset);
        }

        Pad(w);
        foreach (var (_, _, data) in _tensors)
        {
            foreach (var f in data)
            {
                w.Write(f);
            }

            Pad(w);
        }
    }

    private static ulong Align(ulong n) => (n + Alignment - 1) / Alignment * Alignment;

    private static void Pad(BinaryWriter w)
    {
        w.Flush();
        var pos = (ulong)w.BaseStream.Position;
        for (var i = pos; i < Align(pos); i++)
        {
            w.Write((byte)0);
        }
    }

    private static void Type(BinaryWriter w, ValueType type) => w.Write((uint)type);

    private static void ArrayHeader(BinaryWriter w, ValueType element, int count)
    {
        Type(w, ValueType.Array);
        w.Write((uint)element);
        w.Write((ulong)count);
    }

    private static void Str(BinaryWriter w, string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        w.Write((ulong)bytes.Length);
        w.Write(bytes);
    }
}
