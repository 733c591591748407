namespace GpuWorker.TinyModel;

/// <summary>
/// A small SentencePiece-style ("llama") vocabulary: specials, the 256 byte-fallback tokens so any text
/// tokenises, then a few word pieces so common text uses fewer tokens.
/// </summary>
internal static class TinyVocabulary
{
    public const int UnknownId = 0;
    public const int BosId = 1;
    public const int EosId = 2;
    public const int ImStartId = 3;
    public const int ImEndId = 4;

    private const int Normal = 1, Unknown = 2, Control = 3, Byte = 6;

    private static readonly string[] Pieces =
    [
        "\u2581", "\u2581the", "\u2581and", "\u2581hello", "\u2581world", "\u2581you", "\u2581is", "\u2581a",
        "\u2581to", "\u2581of", "\u2581in", "\u2581it", "\u2581what", "\u2581how", "user", "assistant", "system",
        "er", "in", "on", "an", "th", "he", "re", "at", "en", "es", "or", "is", "ed", "ing", "ion",
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
        "u", "v", "w", "x", "y", "z", ".", ",", "!", "?",
    ];

    public static (List<string> Tokens, List<float> Scores, List<int> Types) Build()
    {
        List<string> tokens = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"];
        List<int> types = [Unknown, Control, Control, Control, Control];
        List<float> scores = [0, 0, 0, 0, 0];
        for (var b = 0; b < 256; b++)
        {
            tokens.Add($"<0x{b:X2}>");
            types.Add(Byte);
            scores.Add(0);
        }

        for (var i = 0; i < Pieces.Length; i++)
        {
            tokens.Add(Pieces[i]);
            types.Add(Normal);
            // SPM merges prefer higher scores; longer pieces first so words become single tokens.
            scores.Add(Pieces[i].Length * 10 - i * 0.01f);
        }

        return (tokens, scores, types);
    }
}
