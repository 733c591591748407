using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>The built-in markers' searches (kept apart from the detector's rules for the file length).</summary>
internal sealed partial class ConfidentialMarkerDetector
{
    /// <summary>
    /// The markers in vectorised searches: ASCII markers case-insensitively; Han markers, which have no case, as
    /// they are (a case-insensitive search over non-ASCII values is many times slower), on text with Han only; the
    /// rest (en dash spellings) only where the text holds one of their non-ASCII characters, the only text they can
    /// match. At each hit, the markers of that search that start there.
    /// </summary>
    private sealed class MarkerSet
    {
        private readonly (string Marker, bool Instruction)[] _ascii;
        private readonly (string Marker, bool Instruction)[] _han;
        private readonly (string Marker, bool Instruction)[] _other;
        private readonly SearchValues<string> _asciiSearch;
        private readonly AsciiMarker[]?[]? _asciiByPrefix;
        private readonly OrdinalStarts _hanStarts;
        private readonly OrdinalStarts _ungatedHanStarts;
        private readonly SearchValues<string> _otherSearch;

        // The non-ASCII characters of the other markers; when one has case forms, any non-ASCII text may match.
        private readonly SearchValues<char> _otherGate;
        private readonly bool _otherGateExact;

        // Where each other marker has its first non-ASCII character, and every character equal to one of those ignoring
        // case; null where one of them is a surrogate (then the multi-string search runs).
        private readonly int[] _otherAnchorOffsets;
        private readonly SearchValues<char>? _otherAnchors;

        public MarkerSet(string[] instructions, string[] classifications)
        {
            (string Marker, bool Instruction)[] markers = [.. instructions.Select(m => (m, true)).Concat(classifications.Select(m => (m, false)))];
            _ascii = [.. markers.Where(m => System.Text.Ascii.IsValid(m.Marker))];
            _han = [.. markers.Where(m => m.Marker.All(HanText.IsHan))];
            _other = [.. markers.Where(m => !System.Text.Ascii.IsValid(m.Marker) && !m.Marker.All(HanText.IsHan))];
            _asciiSearch = SearchValues.Create([.. _ascii.Select(m => m.Marker)], StringComparison.OrdinalIgnoreCase);
            _asciiByPrefix = ByPrefix(_ascii);
            _hanStarts = new OrdinalStarts(_han.Select(m => m.Marker));
            _ungatedHanStarts = new OrdinalStarts(_han.Select(m => m.Marker).Where(m => !HasHanGateCue(m)));
            _otherSearch = SearchValues.Create([.. _other.Select(m => m.Marker)], StringComparison.OrdinalIgnoreCase);
            char[] nonAscii = [.. _other.SelectMany(m => m.Marker).Where(c => !char.IsAscii(c)).Distinct()];
            _otherGate = SearchValues.Create(nonAscii);
            _otherGateExact = nonAscii.All(c => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c);
            _otherAnchorOffsets = [.. _other.Select(m => m.Marker.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F'))];
            char[] anchors = [.. _other.Select((m, i) => m.Marker[_otherAnchorOffsets[i]]).Distinct()];
            _otherAnchors = anchors.Any(char.IsSurrogate) ? null : SearchValues.Create(CaseForms(anchors));
        }

        // Every character equal to one of anchors under the comparison the markers are found with.
        private static char[] CaseForms(char[] anchors)
        {
            var forms = new List<char>();
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var candidate = (char)c;
                if (!char.IsSurrogate(candidate)
                    && anchors.Any(a => MemoryExtensions.Equals([candidate], [a], StringComparison.OrdinalIgnoreCase)))
                {
                    forms.Add(candidate);
                }
            }
            return [.. forms];
        }

        public void FindAll(string text, List<MarkerHit> hits, bool plainSearch = false)
        {
            if (!plainSearch && _asciiByPrefix is not null && !text.AsSpan().ContainsAny(AsciiLookalikes.Values))
            {
                FindAllAscii(text, hits);
            }
            else
            {
                FindAll(text, _asciiSearch, _ascii, hits);
            }
            if (System.Text.Ascii.IsValid(text))
            {
                return;
            }
            if (HanText.Contains(text))
            {
                FindAllHan(text, hits, plainSearch);
            }
            if (!_otherGateExact || text.AsSpan().ContainsAny(_otherGate))
            {
                if (plainSearch || _otherAnchors is null)
                {
                    FindAll(text, _otherSearch, _other, hits);
                }
                else
                {
                    FindAllOther(text, hits);
                }
            }
        }

        private static void FindAll(ReadOnlySpan<char> span, SearchValues<string> search, (string Marker, bool Instruction)[] markers, List<MarkerHit> hits)
        {
            for (var from = 0; from < span.Length;)
            {
                var at = span[from..].IndexOfAny(search);
                if (at < 0)
                {
                    break;
                }
                at += from;
                foreach (var (marker, instruction) in markers)
                {
                    if (span[at..].StartsWith(marker, StringComparison.OrdinalIgnoreCase) && IsWholeWord(span, at, at + marker.Length))
                    {
                        hits.Add(new(at, at + marker.Length, instruction));
                    }
                }
                from = at + 1;
            }
        }

        /// <summary>
        /// What FindAll with the ASCII search finds, on text where only ASCII letters match ASCII letters ignoring case:
        /// an ASCII marker starts with a letter and must start a word, so only word starts are tried, each against the
        /// markers that begin with its first two letters (in list order, as the search adds them).
        /// </summary>
        private void FindAllAscii(string text, List<MarkerHit> hits)
        {
            var previousIsWord = false;
            var at = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // Sixteen ASCII characters at a time: word starts are letters after a non-word character.
                ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
                for (; at + 16 <= text.Length; at += 16)
                {
                    var v = Vector256.LoadUnsafe(ref first, (nuint)at);
                    if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)0x7F)))
                    {
                        for (var k = at; k < at + 16; k++)
                        {
                            TryWordStart(text, k, previousIsWord, hits);
                            previousIsWord = IsLatinWordChar(text[k]);
                        }
                        continue;
                    }
                    var letter = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
                    var word = letter | Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
                    var words = word.ExtractMostSignificantBits();
                    var starts = letter.ExtractMostSignificantBits() & ~((words << 1) | (previousIsWord ? 1u : 0u)) & 0xFFFF;
                    for (; starts != 0; starts &= starts - 1)
                    {
                        TryWordStart(text, at + BitOperations.TrailingZeroCount(starts), previousIsWord: false, hits);
                    }
                    previousIsWord = (words & 0x8000) != 0;
                }
            }
            for (; at < text.Length; at++)
            {
                TryWordStart(text, at, previousIsWord, hits);
                previousIsWord = IsLatinWordChar(text[at]);
            }
        }

        private void TryWordStart(string text, int at, bool previousIsWord, List<MarkerHit> hits)
        {
            var c = text[at];
            if (previousIsWord || !char.IsAsciiLetter(c) || at + 1 >= text.Length || _asciiByPrefix![PrefixKey(c, text[at + 1])] is not { } markers)
            {
                return;
            }
            // Up to 21 markers share a word's first two letters ("co", "no", "do"…): their first four characters are compared
            // at once (ASCII case folded: this text has no look-alikes, so only ASCII can match them), then the whole marker.
            var head = LabelStarts.Head(text.AsSpan(at));
            foreach (var (marker, instruction, prefix, mask) in markers)
            {
                if ((head & mask) == prefix && text.AsSpan(at).StartsWith(marker, StringComparison.OrdinalIgnoreCase)
                    && IsWholeWord(text, at, at + marker.Length))
                {
                    hits.Add(new(at, at + marker.Length, instruction));
                }
            }
        }

        /// <summary>Markers by their first two characters lower-cased (a letter, then any ASCII character); null where none.</summary>
        private static AsciiMarker[]?[]? ByPrefix((string Marker, bool Instruction)[] markers)
        {
            if (markers.Any(m => m.Marker.Length < 2 || !char.IsAsciiLetter(m.Marker[0])))
            {
                return null;
            }
            var table = new AsciiMarker[]?[26 * 128];
            foreach (var group in markers.GroupBy(m => PrefixKey(m.Marker[0], m.Marker[1])))
            {
                table[group.Key] = [.. group.Select(m => new AsciiMarker(m.Marker, m.Instruction, LabelStarts.Head(m.Marker),
                    ulong.MaxValue >> (64 - (16 * Math.Min(4, m.Marker.Length)))))];
            }
            return table;
        }

        /// <summary>An ASCII marker, with its first four characters as <see cref="LabelStarts.Head"/> reads them and the mask of its length.</summary>
        private readonly record struct AsciiMarker(string Marker, bool Instruction, ulong Prefix, ulong Mask);

        private static int PrefixKey(char first, char second) =>
            ((first | 0x20) - 'a') * 128 + (second < 128 ? char.ToLowerInvariant(second) : 0);

        /// <summary>
        /// Cues of the embargo markers (禁发至, 新闻禁发, 发布前请勿, 发布前不得): 发 and 新 are among the commonest first
        /// characters of Chinese words, and the start search stops at every one of them to look the markers there up. A
        /// marker holding one of these rare cues can only match text that holds it too, so it is searched for only there.
        /// Four vectorised IndexOf calls: a SearchValues&lt;string&gt; of Han strings measured twenty times slower (5–8 µs/KB).
        /// </summary>
        private static bool HasHanGateCue(ReadOnlySpan<char> text) =>
            text.IndexOf("发布前", StringComparison.Ordinal) >= 0 || text.IndexOf("禁发", StringComparison.Ordinal) >= 0
            || text.IndexOf("發布前", StringComparison.Ordinal) >= 0 || text.IndexOf("禁發", StringComparison.Ordinal) >= 0;

        // What FindAll with an ordinal search of the Han markers finds: every place one starts, each marker there in order.
        // Without a cue (one vectorised search) only the other markers' starts are searched: a gated marker holds a cue, so it
        // cannot match such a text, and the same hits come out in the same order (tests compare the two).
        private void FindAllHan(ReadOnlySpan<char> span, List<MarkerHit> hits, bool plainSearch)
        {
            var starts = plainSearch || HasHanGateCue(span) ? _hanStarts : _ungatedHanStarts;
            for (var from = 0; from < span.Length;)
            {
                var at = starts.IndexIn(span[from..]);
                if (at < 0)
                {
                    break;
                }
                at += from;
                foreach (var (marker, instruction) in _han)
                {
                    if (span[at..].StartsWith(marker, StringComparison.OrdinalIgnoreCase) && IsWholeWord(span, at, at + marker.Length))
                    {
                        hits.Add(new(at, at + marker.Length, instruction));
                    }
                }
                from = at + 1;
            }
        }

        /// <summary>
        /// What FindAll with the search of the other markers finds, from each marker's first non-ASCII character: the
        /// characters before it are ASCII, one unit each, so the marker starts that many places earlier. Those rare
        /// characters are found by a vectorised search, where the multi-string search walked an Aho-Corasick automaton over
        /// every character of any text holding a character of one of them (客, 户, 保, 密…). Hits by start, then marker order.
        /// </summary>
        private void FindAllOther(ReadOnlySpan<char> span, List<MarkerHit> hits)
        {
            List<(int Start, int Index)>? found = null;
            for (var from = 0; from < span.Length;)
            {
                var at = span[from..].IndexOfAny(_otherAnchors!);
                if (at < 0)
                {
                    break;
                }
                at += from;
                for (var i = 0; i < _other.Length; i++)
                {
                    var start = at - _otherAnchorOffsets[i];
                    var marker = _other[i].Marker;
                    if (start >= 0 && span[start..].StartsWith(marker, StringComparison.OrdinalIgnoreCase) && IsWholeWord(span, start, start + marker.Length))
                    {
                        (found ??= []).Add((start, i));
                    }
                }
                from = at + 1;
            }
            if (found is null)
            {
                return;
            }
            found.Sort();
            foreach (var (start, i) in found)
            {
                hits.Add(new(start, start + _other[i].Marker.Length, _other[i].Instruction));
            }
        }

        public static void FindOne(string text, TenantText marker, bool instruction, List<MarkerHit> hits)
        {
            var length = marker.Value.Length;
            if (length == 0)
            {
                return;
            }
            for (var at = marker.IndexIn(text); at >= 0;)
            {
                if (IsWholeWord(text, at, at + length))
                {
                    hits.Add(new(at, at + length, instruction));
                }
                var next = marker.IndexIn(text.AsSpan(at + 1));
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        /// <summary>Latin-script words end at a non-letter; Han text has no word spaces, so a Han edge is always a boundary.</summary>
        private static bool IsWholeWord(ReadOnlySpan<char> text, int start, int end) =>
            (start == 0 || !IsLatinWordChar(text[start - 1]) || !IsLatinWordChar(text[start]))
            && (end == text.Length || !IsLatinWordChar(text[end]) || !IsLatinWordChar(text[end - 1]));

        private static bool IsLatinWordChar(char c) => c < '\u0250' && CharTable.IsLetterOrDigit(c);
    }
}
