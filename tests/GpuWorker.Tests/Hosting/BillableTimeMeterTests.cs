using GpuWorker.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GpuWorker.Tests.Hosting;

public sealed class BillableTimeMeterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    private BillableTimeMeter Meter(double upBefore = 2) => new(_clock, "replica-a-1", TimeSpan.FromSeconds(upBefore), "qwen", "qwen.gguf");

    [Fact]
    public void Read_WhileLoading_AllUptimeIsColdStart()
    {
        var meter = Meter();
        _clock.Advance(TimeSpan.FromSeconds(8));

        var t = meter.Read();

        Assert.Equal((10.0, 10.0, 0.0, 0.0, false), (t.UptimeSeconds, t.ColdStartSeconds, t.BusySeconds, t.IdleSeconds, t.Ready));
        Assert.Equal(_clock.GetUtcNow().AddSeconds(-10), t.ProcessStartedAt);
    }

    [Fact]
    public void Read_LoadThenOverlappingSequences_BusyCountsWallTimeWithAnySequenceRunning()
    {
        var meter = Meter(upBefore: 0);
        _clock.Advance(TimeSpan.FromSeconds(30));
        meter.ModelLoaded();
        _clock.Advance(TimeSpan.FromSeconds(5));
        meter.SequencesRunning(1);
        _clock.Advance(TimeSpan.FromSeconds(2));
        meter.SequencesRunning(3); // two more join: still one busy wall-clock span
        _clock.Advance(TimeSpan.FromSeconds(2));
        meter.SequencesRunning(0);
        _clock.Advance(TimeSpan.FromSeconds(10));
        meter.SequencesRunning(1);
        _clock.Advance(TimeSpan.FromSeconds(1));

        var t = meter.Read();

        Assert.Equal((50.0, 30.0, 5.0, 15.0, true), (t.UptimeSeconds, t.ColdStartSeconds, t.BusySeconds, t.IdleSeconds, t.Ready));
        Assert.Equal(0.0, t.IdleForSeconds); // a sequence is running
        Assert.Equal(t.UptimeSeconds, t.ColdStartSeconds + t.BusySeconds + t.IdleSeconds);
    }

    [Fact]
    public void Read_AfterTheLastSequence_IdleForCountsFromItsEnd()
    {
        var meter = Meter(upBefore: 0);
        _clock.Advance(TimeSpan.FromSeconds(10));
        meter.ModelLoaded();
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(3.0, meter.Read().IdleForSeconds); // never busy: idle since loaded
        meter.SequencesRunning(2);
        _clock.Advance(TimeSpan.FromSeconds(4));
        meter.SequencesRunning(0);
        _clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(7.0, meter.Read().IdleForSeconds);
    }

    [Fact]
    public void Read_Repeatedly_EveryCounterOnlyGrows()
    {
        var meter = Meter();
        var previous = meter.Read();
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 500)));
            if (i == 20)
            {
                meter.ModelLoaded();
            }

            if (i > 20)
            {
                meter.SequencesRunning(random.Next(0, 3));
            }

            var now = meter.Read();
            Assert.True(now.UptimeSeconds >= previous.UptimeSeconds && now.ColdStartSeconds >= previous.ColdStartSeconds
                && now.BusySeconds >= previous.BusySeconds && now.IdleSeconds >= previous.IdleSeconds, $"step {i}");
            Assert.Equal(now.UptimeSeconds, now.ColdStartSeconds + now.BusySeconds + now.IdleSeconds, 6);
            previous = now;
        }
    }

    [Fact]
    public void ModelLoaded_Twice_KeepsTheFirstReadyTime()
    {
        var meter = Meter(upBefore: 0);
        _clock.Advance(TimeSpan.FromSeconds(4));
        meter.ModelLoaded();
        _clock.Advance(TimeSpan.FromSeconds(4));
        meter.ModelLoaded();

        Assert.Equal(4.0, meter.Read().ColdStartSeconds);
    }
}
