using System.Text;
using Router.Requests;

namespace Router.Backends;

/// <summary>Reassembles streamed <see cref="ToolCallDelta"/>s into whole calls, the way the OpenAI SDKs do: by
/// index, id and name from the first piece that has them, arguments concatenated.</summary>
public sealed class ToolCallAccumulator
{
    private readonly SortedDictionary<int, (string? Id, string? Name, StringBuilder Arguments)> _calls = [];

    public bool IsEmpty => _calls.Count == 0;

    public void Add(ToolCallDelta delta)
    {
        if (!_calls.TryGetValue(delta.Index, out var call))
        {
            call = (null, null, new StringBuilder());
        }

        call.Id ??= delta.Id;
        call.Name ??= delta.Name;
        call.Arguments.Append(delta.ArgumentsFragment);
        _calls[delta.Index] = call;
    }

    public void AddRange(IEnumerable<ToolCallDelta>? deltas)
    {
        foreach (var delta in deltas ?? [])
        {
            Add(delta);
        }
    }

    public IReadOnlyList<ToolCall> ToList() =>
        _calls.Values.Select(c => new ToolCall(c.Id ?? "", c.Name ?? "", c.Arguments.ToString())).ToList();

    /// <summary>Whole calls as the deltas a stream would carry: one per call, all at once (a cache hit replayed).</summary>
    public static IReadOnlyList<ToolCallDelta> AsDeltas(IReadOnlyList<ToolCall> calls) =>
        calls.Select((c, i) => new ToolCallDelta(i, c.Id, c.Name, c.Arguments)).ToList();
}
