using Microsoft.Extensions.Time.Testing;
using Router.Functions.Hosting;

namespace Router.Functions.Tests.Hosting;

public class RequestIdGeneratorTests
{
    [Fact]
    public void Ids_keep_the_openai_shape_and_sort_in_creation_order()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 13, 0, 0, TimeSpan.Zero));
        var generator = new TimeOrderedRequestIdGenerator(time);

        var ids = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            ids.Add(generator.Next());
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.All(ids, id => Assert.Matches("^chatcmpl-[0-9a-f]{32}$", id));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Ids_made_in_the_same_millisecond_are_still_unique()
    {
        var generator = new TimeOrderedRequestIdGenerator(new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56)));

        var ids = Enumerable.Range(0, 10_000).Select(_ => generator.Next()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
