using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// OCR damage in a Han marker read back as the marker (注意保窨 → 注意保密, 机蜜文件 → 机密文件, 严禁外傅 → 严禁外传, 内部资科 →
/// 内部资料): characters a scan confuses with a marker character. A character is read as its look-alike only where that makes
/// a pair of adjacent characters of some marker with its neighbour, so 蜂蜜, 窨井 or the surname 宓 stay as they are; the copy
/// has the text's length, so its spans are the text's, and the marker must still label the text. Text without any of these
/// characters costs one search.
/// </summary>
internal sealed class MarkerConfusables
{
    // Look-alike, then the marker character a scan took it for.
    private const string Map = "窨密蜜密宓密窑密嘧密袐秘泌秘杋机札机铯绝襟禁噤禁傅传侍传科料斜料剖部郜部肉内姿资贷资产严堡保住注汪注竟意清请匆勿";

    private static readonly SearchValues<char> LookAlikes = SearchValues.Create([.. Enumerable.Range(0, Map.Length / 2).Select(i => Map[2 * i])]);

    private readonly HashSet<int> _pairs;

    /// <param name="markers">The Han markers whose adjacent character pairs a repaired character must complete.</param>
    public MarkerConfusables(IEnumerable<string> markers)
    {
        _pairs = [.. markers.SelectMany(m => Enumerable.Range(0, m.Length - 1).Select(i => Pair(m[i], m[i + 1])))];
    }

    /// <summary>The repaired copy of <paramref name="text"/>, or null when no look-alike completes a marker pair.</summary>
    public string? Fold(string text)
    {
        char[]? copy = null;
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(LookAlikes); i >= 0;)
        {
            var target = Target(text[i]);
            var previous = i > 0 ? Target(text[i - 1]) is var p and not '\0' ? p : text[i - 1] : '\0';
            var next = i + 1 < text.Length ? Target(text[i + 1]) is var q and not '\0' ? q : text[i + 1] : '\0';
            if ((previous != '\0' && _pairs.Contains(Pair(previous, target))) || (next != '\0' && _pairs.Contains(Pair(target, next))))
            {
                copy ??= text.ToCharArray();
                copy[i] = target;
            }
            var more = span[(i + 1)..].IndexOfAny(LookAlikes);
            i = more < 0 ? -1 : i + 1 + more;
        }
        return copy is null ? null : new string(copy);
    }

    private static char Target(char c)
    {
        for (var k = 0; k < Map.Length; k += 2)
        {
            if (Map[k] == c)
            {
                return Map[k + 1];
            }
        }
        return '\0';
    }

    private static int Pair(char a, char b) => (a << 16) | b;
}
