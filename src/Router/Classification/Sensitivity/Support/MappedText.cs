using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Text made from the view (a rejoined identifier, a decoded run) that remembers, for each of its characters, the view
/// range it was made from, so a finding in it can be reported over the original characters of the value alone.
/// </summary>
internal sealed class MappedText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public int Length => _text.Length;

    /// <summary>Copies view characters [from, from + count) one for one.</summary>
    public void Copy(string view, int from, int count)
    {
        _text.Append(view, from, count);
        for (var i = from; i < from + count; i++)
        {
            _starts.Add(i);
            _ends.Add(i + 1);
        }
    }

    /// <summary>Appends characters that all stand for the view range [start, end) (one decoded byte or entity).</summary>
    public void Add(ReadOnlySpan<char> chars, int start, int end)
    {
        _text.Append(chars);
        for (var i = 0; i < chars.Length; i++)
        {
            _starts.Add(start);
            _ends.Add(end);
        }
    }

    public void Add(char c, int start, int end) => Add([c], start, end);

    public ReadOnlySpan<char> Tail(int count) => _text.ToString(_text.Length - count, count);

    public void TrimEnd(char c)
    {
        while (_text.Length > 0 && _text[^1] == c)
        {
            _text.Length--;
            _starts.RemoveAt(_starts.Count - 1);
            _ends.RemoveAt(_ends.Count - 1);
        }
    }

    public string Text => _text.ToString();

    public OriginMap Map => new([.. _starts], [.. _ends]);
}

/// <summary>For each character of a derived text, the view range [Starts[i], Ends[i]) it came from.</summary>
internal sealed record OriginMap(int[] Starts, int[] Ends)
{
    /// <summary>The view range that characters [start, end) of the derived text came from.</summary>
    public TextSpan Of(int start, int end)
    {
        var from = Starts[start];
        var to = Ends[end - 1];
        for (var i = start; i < end; i++)
        {
            from = Math.Min(from, Starts[i]);
            to = Math.Max(to, Ends[i]);
        }
        return new TextSpan(from, to);
    }
}
