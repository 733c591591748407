using Router.Accounting.Ledger.Tables;

namespace Router.Tests.Accounting.Ledger.Tables;

public sealed class LedgerKeysTests
{
    [Fact]
    public void PartitionKey_UtcDayThenTenant()
    {
        var lateEveningInTokyo = new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(9));

        Assert.Equal("20261123_acme", LedgerKeys.PartitionKey(lateEveningInTokyo, "acme"));
    }

    [Fact]
    public void RowKey_ForbiddenAndControlCharacters_Escaped()
    {
        var key = LedgerKeys.RowKey("te/n#ant", "a/b\\c#d?e\u0001\u007f%");

        Assert.Equal("te%2Fn%23ant_a%2Fb%5Cc%23d%3Fe%01%7F%25", key);
        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    [Fact]
    public void RowKey_UnderscoreInTenant_Unambiguous()
    {
        Assert.NotEqual(LedgerKeys.RowKey("a_b", "c"), LedgerKeys.RowKey("a", "b_c"));
        Assert.NotEqual(LedgerKeys.PartitionKey(new DateOnly(2026, 11, 23), "a_b"), LedgerKeys.PartitionKey(new DateOnly(2026, 11, 23), "a%5Fb"));
    }

    [Fact]
    public void PartitionKey_DayPrefix_SortsInsideDayRange()
    {
        var key = LedgerKeys.PartitionKey(new DateOnly(2026, 11, 23), "~zz");

        Assert.True(string.CompareOrdinal(key, "20261123") >= 0);
        Assert.True(string.CompareOrdinal(key, "20261124") < 0);
    }
}
