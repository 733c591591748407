namespace Router.Classification.Difficulty;

/// <summary>
/// Turns a prompt into a <see cref="FeatureVector"/> in one pass over its characters: size and layout,
/// numbers and operators, cue-word counts, answer-option structure and overlap, and hashed word unigrams and bigrams.
/// </summary>
internal sealed class DifficultyFeatureExtractor(int hashBits)
{
    public static readonly string[] DenseNames =
    [
        "log_chars", "log_words", "log_lines", "mean_word_length", "log_numbers", "digit_share", "log_operators",
        "has_equals", "log_money_percent", "log_questions", "log_sentences", "is_choice", "option_count",
        "log_stem_chars", "log_mean_option_chars", "option_length_spread", "numeric_option_share", "negations",
        "log_quantitative", "log_multistep", "log_compound", "log_reasoning", "capital_share", "unique_word_share",
        "long_word_share", "log_max_number", "log_decimals", "stem_share", "quantitative_share", "multistep_share", "log_first_person", "log_roman",
        "option_overlap", "option_max_overlap",
    ];

    public int HashBits { get; } = hashBits;

    public FeatureVector Extract(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var scan = new TextScan(HashBits);
        scan.Run(prompt);
        var shape = PromptShape.Parse(prompt);
        var (overlap, maxOverlap) = OptionOverlap.Measure(prompt);
        var words = Math.Max(1, scan.Words);
        double chars = Math.Max(1, prompt.Length);
        double[] dense =
        [
            Math.Log(1 + prompt.Length), Math.Log(1 + scan.Words), Math.Log(1 + scan.Lines),
            scan.Letters / (double)words, Math.Log(1 + scan.Numbers), scan.Digits / chars, Math.Log(1 + scan.Operators),
            scan.EqualSigns > 0 ? 1 : 0, Math.Log(1 + scan.MoneyOrPercent), Math.Log(1 + scan.QuestionMarks),
            Math.Log(1 + scan.Sentences), shape.IsMultipleChoice ? 1 : 0, shape.OptionCount,
            Math.Log(1 + shape.StemLength), Math.Log(1 + shape.MeanOptionLength), shape.OptionLengthSpread,
            shape.OptionCount > 0 ? shape.NumericOptions / (double)shape.OptionCount : 0, scan.Negations,
            Math.Log(1 + scan.Quantitative), Math.Log(1 + scan.MultiStep), Math.Log(1 + scan.Compound),
            Math.Log(1 + scan.Reasoning), scan.Capitals / Math.Max(1.0, scan.Letters), scan.UniqueWords / (double)words,
            scan.LongWords / (double)words, Math.Log10(1 + scan.MaxNumber), Math.Log(1 + scan.Decimals),
            shape.StemLength / chars, scan.Quantitative / (double)words, scan.MultiStep / (double)words,
            Math.Log(1 + scan.FirstPerson), Math.Log(1 + scan.Roman),
            overlap, maxOverlap,
        ];
        var buckets = scan.Buckets;
        var value = buckets.Length == 0 ? 0 : 1 / Math.Sqrt(buckets.Length);
        return new FeatureVector(dense, buckets, value, shape.IsMultipleChoice);
    }
}
