using System.Buffers;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A banner set in spaced capitals (moved out of the main file for its length).</summary>
internal sealed partial class ConfidentialMarkerDetector
{
    // A banner set in spaced capitals ("P R I V A T E  &  C O N F I D E N T I A L", "R E S T R I C T E D" in an OCR'd header or
    // a watermark): nobody spells a word out like that in a question, so the spaced capitals label the text. One ordinal
    // vectorised search; only capitals, so "c o n f i d e n t i a l" typed in a sentence is not read.
    private static readonly SearchValues<string> SpacedBanners = SearchValues.Create(
        ["C O N F I D E N T I A L", "R E S T R I C T E D", "P R I V I L E G E D", "T O P S E C R E T", "T O P  S E C R E T",
         "T O P   S E C R E T", "I N T E R N A L  O N L Y", "I N T E R N A L   O N L Y", "I N T E R N A L O N L Y"], StringComparison.Ordinal);

    private static void AddSpacedBanner(string text, List<TextSpan> found)
    {
        var at = text.AsSpan().IndexOfAny(SpacedBanners);
        if (at >= 0)
        {
            var end = at + 1;
            while (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetterUpper(text[end + 1]))
            {
                end += 2;
            }
            found.Add(new(at, end));
        }
    }
}
