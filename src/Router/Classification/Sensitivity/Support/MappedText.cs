namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Text made from the view (a rejoined identifier, a decoded run) that remembers, for each of its characters, the view
/// range it was made from, so a finding in it can be reported over the original characters of the value alone.
/// </summary>
internal sealed class MappedText
{
    // Plain arrays grown by doubling: these texts are built a character at a time, and are short.
    private char[] _chars = new char[32];
    private int[] _starts = new int[32];
    private int[] _ends = new int[32];
    private int _length;

    public int Length => _length;

    /// <summary>Copies view characters [from, from + count) one for one.</summary>
    public void Copy(string view, int from, int count)
    {
        Reserve(count);
        view.AsSpan(from, count).CopyTo(_chars.AsSpan(_length));
        for (var i = 0; i < count; i++)
        {
            _starts[_length + i] = from + i;
            _ends[_length + i] = from + i + 1;
        }
        _length += count;
    }

    /// <summary>Appends characters that all stand for the view range [start, end) (one decoded byte or entity).</summary>
    public void Add(ReadOnlySpan<char> chars, int start, int end)
    {
        Reserve(chars.Length);
        chars.CopyTo(_chars.AsSpan(_length));
        _starts.AsSpan(_length, chars.Length).Fill(start);
        _ends.AsSpan(_length, chars.Length).Fill(end);
        _length += chars.Length;
    }

    public void Add(char c, int start, int end) => Add([c], start, end);

    public ReadOnlySpan<char> Tail(int count) => _chars.AsSpan(_length - count, count).ToArray();

    public void TrimEnd(char c)
    {
        while (_length > 0 && _chars[_length - 1] == c)
        {
            _length--;
        }
    }

    /// <summary>Drops everything after the first <paramref name="length"/> characters.</summary>
    public void TrimTo(int length) => _length = Math.Min(_length, length);

    /// <summary>Appends another mapped text, its characters keeping their own view ranges.</summary>
    public void Append(MappedText other)
    {
        Reserve(other._length);
        other._chars.AsSpan(0, other._length).CopyTo(_chars.AsSpan(_length));
        other._starts.AsSpan(0, other._length).CopyTo(_starts.AsSpan(_length));
        other._ends.AsSpan(0, other._length).CopyTo(_ends.AsSpan(_length));
        _length += other._length;
    }

    public string Text => new(_chars, 0, _length);

    public OriginMap Map => new(_starts.AsSpan(0, _length).ToArray(), _ends.AsSpan(0, _length).ToArray());

    private void Reserve(int count)
    {
        if (_length + count <= _chars.Length)
        {
            return;
        }
        var size = Math.Max(_chars.Length * 2, _length + count);
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
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
