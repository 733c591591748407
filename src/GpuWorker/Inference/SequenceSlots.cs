namespace GpuWorker.Inference;

/// <summary>
/// The running sequences by llama.cpp sequence id. With one KV stream per sequence (kv_unified = false) llama.cpp
/// cuts a batch into micro-batches of consecutive, increasing sequence ids in batch order
/// (llama_batch_allocr::split_equal, sequential): a batch listed out of id order, or with gaps between ids, is
/// decoded as several small micro-batches, each reading every weight again. So a new sequence takes the lowest
/// free id, and the running ones are listed in id order.
/// </summary>
internal sealed class SequenceSlots<T>(int capacity) where T : class
{
    private readonly T?[] _slots = new T?[capacity];

    public int Count { get; private set; }

    public bool HasFree => Count < _slots.Length;

    /// <summary>Puts the item made for the lowest free id into that slot.</summary>
    public T Add(Func<int, T> create)
    {
        var id = Array.IndexOf(_slots, null);
        if (id < 0)
        {
            throw new InvalidOperationException("Every sequence slot is taken.");
        }

        var item = create(id);
        _slots[id] = item;
        Count++;
        return item;
    }

    public void Remove(int id)
    {
        if (_slots[id] is null)
        {
            throw new InvalidOperationException($"Sequence slot {id} is free already.");
        }

        _slots[id] = null;
        Count--;
    }

    /// <summary>
    /// The highest running id above a free one, and the lowest free id below it: moving that item down closes a gap.
    /// False when the running ids are 0..Count-1 already.
    /// </summary>
    public bool TryFindGap(out int from, out int to)
    {
        to = Array.IndexOf(_slots, null);
        from = Array.FindLastIndex(_slots, s => s is not null);
        return to >= 0 && from > to;
    }

    /// <summary>Moves the item at <paramref name="from"/> to the free id <paramref name="to"/>.</summary>
    public T Move(int from, int to)
    {
        var item = _slots[from] ?? throw new InvalidOperationException($"Sequence slot {from} is free.");
        if (_slots[to] is not null)
        {
            throw new InvalidOperationException($"Sequence slot {to} is taken.");
        }

        _slots[to] = item;
        _slots[from] = null;
        return item;
    }

    /// <summary>The running items in increasing id order; removing items while enumerating is safe.</summary>
    public IEnumerable<T> InIdOrder()
    {
        for (var id = 0; id < _slots.Length; id++)
        {
            if (_slots[id] is { } item)
            {
                yield return item;
            }
        }
    }
}
