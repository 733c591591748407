using GpuWorker.Inference;

namespace GpuWorker.Tests.Inference;

public sealed class StopMatcherTests
{
    private static string Feed(StopMatcher m, params string[] pieces) => string.Concat(pieces.Select(m.Append));

    [Fact]
    public void Append_StopInsideOnePiece_EmitsTextBeforeStop()
    {
        var m = new StopMatcher(["END"]);

        Assert.Equal("abc", Feed(m, "abcENDxyz"));
        Assert.True(m.Stopped);
    }

    [Fact]
    public void Append_StopSplitAcrossPieces_NeverLeaksPartOfStop()
    {
        var m = new StopMatcher(["END"]);

        Assert.Equal("ab", m.Append("abE"));
        Assert.Equal("", m.Append("N"));
        Assert.Equal("", m.Append("Dmore"));
        Assert.True(m.Stopped);
    }

    [Fact]
    public void Append_PrefixThatDoesNotComplete_IsReleased()
    {
        var m = new StopMatcher(["END"]);

        Assert.Equal("ab", m.Append("abE"));
        Assert.Equal("Ex", m.Append("x"));
        Assert.False(m.Stopped);
    }

    [Fact]
    public void Flush_WithoutStop_ReturnsHeldText()
    {
        var m = new StopMatcher(["\n\n"]);

        Assert.Equal("hi", m.Append("hi\n"));
        Assert.Equal("\n", m.Flush());
    }

    [Fact]
    public void Append_SeveralStops_CutsAtEarliest()
    {
        var m = new StopMatcher(["zz", "b"]);

        Assert.Equal("a", Feed(m, "abzz"));
    }

    [Fact]
    public void Append_NoStops_PassesEverythingThrough()
    {
        var m = new StopMatcher([]);

        Assert.Equal("hello", Feed(m, "he", "llo"));
        Assert.Equal("", m.Flush());
    }
}
