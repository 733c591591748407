using GpuWorker.Inference;

namespace GpuWorker.Tests.Inference;

public sealed class SequenceSlotsTests
{
    private sealed record Item(int Id);

    private static SequenceSlots<Item> Filled(int capacity, int count)
    {
        var slots = new SequenceSlots<Item>(capacity);
        for (var i = 0; i < count; i++)
        {
            slots.Add(id => new Item(id));
        }

        return slots;
    }

    [Fact]
    public void Add_TakesTheLowestFreeId_SoRunningIdsStayContiguous()
    {
        var slots = Filled(capacity: 8, count: 6);
        slots.Remove(4);
        slots.Remove(1);

        Assert.Equal(1, slots.Add(id => new Item(id)).Id);
        Assert.Equal(4, slots.Add(id => new Item(id)).Id);
        Assert.Equal(6, slots.Add(id => new Item(id)).Id);
    }

    [Fact]
    public void InIdOrder_ListsByIncreasingId_WhateverTheOrderOfAdmission()
    {
        var slots = Filled(capacity: 6, count: 6);
        slots.Remove(0);
        slots.Remove(3);
        slots.Remove(5);
        slots.Add(id => new Item(id)); // 0
        slots.Add(id => new Item(id)); // 3

        Assert.Equal([0, 1, 2, 3, 4], slots.InIdOrder().Select(i => i.Id));
    }

    [Fact]
    public void InIdOrder_RemovingWhileEnumerating_VisitsEveryItemOnce()
    {
        var slots = Filled(capacity: 5, count: 5);
        var seen = new List<int>();

        foreach (var item in slots.InIdOrder())
        {
            seen.Add(item.Id);
            if (item.Id % 2 == 0)
            {
                slots.Remove(item.Id);
            }
        }

        Assert.Equal([0, 1, 2, 3, 4], seen);
        Assert.Equal([1, 3], slots.InIdOrder().Select(i => i.Id));
        Assert.Equal(2, slots.Count);
    }

    [Fact]
    public void Add_WhenFull_Throws_AndAFailedCreateTakesNoSlot()
    {
        var slots = Filled(capacity: 2, count: 1);

        Assert.Throws<ArgumentException>(() => slots.Add(_ => throw new ArgumentException("bad grammar")));
        Assert.True(slots.HasFree);
        slots.Add(id => new Item(id));
        Assert.False(slots.HasFree);
        Assert.Throws<InvalidOperationException>(() => slots.Add(id => new Item(id)));
    }

    [Fact]
    public void Remove_FreeSlot_Throws()
    {
        var slots = Filled(capacity: 3, count: 1);

        Assert.Throws<InvalidOperationException>(() => slots.Remove(2));
        Assert.Equal(1, slots.Count);
    }

    [Fact]
    public void TryFindGap_HighestRunningAboveLowestFree_ClosesGapsUntilContiguous()
    {
        var slots = Filled(capacity: 8, count: 6);
        slots.Remove(1);
        slots.Remove(3);

        Assert.True(slots.TryFindGap(out var from, out var to));
        Assert.Equal((5, 1), (from, to));
        Assert.Equal(5, slots.Move(from, to).Id);
        Assert.True(slots.TryFindGap(out from, out to));
        Assert.Equal((4, 3), (from, to));
        slots.Move(from, to);

        Assert.False(slots.TryFindGap(out _, out _));
        Assert.Equal([0, 5, 2, 4], slots.InIdOrder().Select(i => i.Id)); // items keep their identity, ids 0..3
        Assert.Equal(4, slots.Count);
        Assert.Equal(4, slots.Add(id => new Item(id)).Id);
    }

    [Fact]
    public void TryFindGap_ContiguousOrEmpty_FindsNone()
    {
        Assert.False(Filled(capacity: 4, count: 3).TryFindGap(out _, out _));
        Assert.False(Filled(capacity: 4, count: 4).TryFindGap(out _, out _));
        Assert.False(Filled(capacity: 4, count: 0).TryFindGap(out _, out _));
        var trailing = Filled(capacity: 4, count: 3);
        trailing.Remove(2);
        Assert.False(trailing.TryFindGap(out _, out _));
    }

    [Fact]
    public void Move_ToATakenOrFromAFreeSlot_Throws()
    {
        var slots = Filled(capacity: 4, count: 3);
        slots.Remove(1);

        Assert.Throws<InvalidOperationException>(() => slots.Move(2, 0));
        Assert.Throws<InvalidOperationException>(() => slots.Move(3, 1));
        Assert.Equal(2, slots.Count);
    }
}
