using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Tests.Classification.Sensitivity.ExactDataMatch;

public sealed class SipHashTests
{
    // Key 00 01 … 0f as two little-endian words; reference vectors of the SipHash-2-4 paper (appendix A and vectors.h).
    private const ulong K0 = 0x0706050403020100UL;
    private const ulong K1 = 0x0f0e0d0c0b0a0908UL;

    [Fact]
    public void Hash_EmptyMessage_MatchesReferenceVector() => Assert.Equal(0x726fdb47dd0e0e31UL, SipHash.Hash(K0, K1, []));

    [Fact]
    public void Hash_FifteenBytes_MatchesPaperExample()
    {
        var message = Enumerable.Range(0, 15).Select(i => (byte)i).ToArray();

        Assert.Equal(0xa129ca6149be45e5UL, SipHash.Hash(K0, K1, message));
    }
}
