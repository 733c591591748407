using System.Text.Json;
using Router.Accounting;
using Router.Accounting.Reporting;

namespace Router.Tests.Accounting.Reporting;

/// <summary>The counters are declared once; these catch a counter that is added but not summed or not carried.</summary>
public sealed class SpendCountersTests
{
    private static readonly System.Reflection.PropertyInfo[] Counters = typeof(SpendCounters).GetProperties().Where(p => p.CanWrite).ToArray();

    [Fact]
    public void Sum_EveryCounter_AddedUp()
    {
        var a = Distinct(1);
        var b = Distinct(100);

        var sum = SpendCounters.Sum(a, b);

        Assert.Equal(11, Counters.Length);
        Assert.All(Counters, p => Assert.Equal(Convert.ToDecimal(p.GetValue(a)) + Convert.ToDecimal(p.GetValue(b)), Convert.ToDecimal(p.GetValue(sum))));
    }

    [Fact]
    public void RollupThenTotals_EveryCounterCarried()
    {
        var counters = Distinct(3);
        var accumulator = new SpendAccumulator();
        accumulator.Add(new DailyRollup(counters) { Day = new DateOnly(2026, 11, 23), TenantId = "a", Route = "closed", Model = "gpt-4o" });

        var totals = accumulator.ToTotals();
        var rollup = accumulator.ToRollup(new DateOnly(2026, 11, 23), "a", "closed", "gpt-4o");

        Assert.All(Counters, p => Assert.Equal(p.GetValue(counters), p.GetValue(totals)));
        Assert.All(Counters, p => Assert.Equal(p.GetValue(counters), p.GetValue(rollup)));
    }

    [Fact]
    public void SpendTotals_Json_CountersStayTopLevelFields()
    {
        var json = JsonSerializer.SerializeToElement(new SpendTotals(Distinct(1)) { LatencyP95Ms = 12.5 }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(1, json.GetProperty("requests").GetInt64());
        Assert.Equal(11, json.GetProperty("completionTokens").GetInt64());
        Assert.Equal(12.5, json.GetProperty("latencyP95Ms").GetDouble());
        Assert.Equal(13, json.EnumerateObject().Count());
    }

    /// <summary>Each counter a different value (start, start+1, ...), so a swapped or dropped one shows.</summary>
    private static SpendCounters Distinct(int start)
    {
        var counters = new SpendCounters();
        foreach (var (p, i) in Counters.Select((p, i) => (p, i)))
        {
            p.SetValue(counters, p.PropertyType == typeof(decimal) ? (object)(start + i + 0.25m) : (long)(start + i));
        }

        return counters;
    }
}
