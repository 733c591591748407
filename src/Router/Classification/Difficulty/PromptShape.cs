namespace Router.Classification.Difficulty;

/// <summary>
/// The layout of a prompt: the question stem and, when present, its lettered answer options
/// ("A. …", "B) …" on their own lines, consecutive letters from A).
/// </summary>
internal readonly record struct PromptShape(int StemLength, int OptionCount, double MeanOptionLength, double OptionLengthSpread, int NumericOptions)
{
    public bool IsMultipleChoice => OptionCount >= 2;

    public static PromptShape Parse(ReadOnlySpan<char> text)
    {
        var stemLength = -1;
        var expected = 'A';
        var count = 0;
        double sum = 0, sumSquares = 0;
        var numeric = 0;
        var position = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (line.Length >= 2 && line[0] == expected && (line[1] == '.' || line[1] == ')'))
            {
                if (count == 0)
                {
                    stemLength = position;
                }

                var body = line[2..].Trim();
                count++;
                expected++;
                sum += body.Length;
                sumSquares += (double)body.Length * body.Length;
                numeric += LooksNumeric(body) ? 1 : 0;
            }

            position += range.End.GetOffset(text.Length) - range.Start.GetOffset(text.Length) + 1;
        }

        if (count < 2)
        {
            return new PromptShape(text.Length, 0, 0, 0, 0);
        }

        var mean = sum / count;
        var variance = Math.Max(0, (sumSquares / count) - (mean * mean));
        return new PromptShape(stemLength, count, mean, mean > 0 ? Math.Sqrt(variance) / mean : 0, numeric);
    }

    private static bool LooksNumeric(ReadOnlySpan<char> body)
    {
        var digits = 0;
        var letters = 0;
        foreach (var c in body)
        {
            digits += char.IsDigit(c) ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return digits > 0 && digits >= letters;
    }
}
