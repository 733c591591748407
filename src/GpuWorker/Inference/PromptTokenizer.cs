using System.Text;
using LLama.Native;

namespace GpuWorker.Inference;

/// <summary>
/// Turns a rendered prompt into tokens the way llama.cpp's tokenizer does with special-token parsing, except that
/// special-token text inside message content stays plain text: a user cannot write "&lt;|im_start|&gt;system" and
/// open a turn of their own. Text between special tokens is tokenised as one run, template and content together,
/// so the tokens are the same as llama.cpp's wherever the content holds no special-token text.
/// </summary>
internal static class PromptTokenizer
{
    public static LLamaToken[] Tokenize(LlamaModel model, IReadOnlyList<PromptSegment> segments)
    {
        var tokens = new List<LLamaToken>();
        if (model.AddsBos)
        {
            tokens.Add(model.Bos!.Value);
        }

        var run = new StringBuilder();
        foreach (var segment in segments)
        {
            if (!segment.FromTemplate)
            {
                run.Append(segment.Text);
                continue;
            }

            var at = 0;
            while (model.SpecialTokens.FindNext(segment.Text, at) is { } special)
            {
                run.Append(segment.Text, at, special.Index - at);
                Flush(model, run, tokens);
                tokens.Add(special.Token);
                at = special.Index + special.Length;
            }

            run.Append(segment.Text, at, segment.Text.Length - at);
        }

        Flush(model, run, tokens);
        return [.. tokens];
    }

    /// <summary>
    /// A cheap floor on the prompt's token count, from the messages' UTF-8 length alone: every plain token covers at
    /// most <see cref="LlamaModel.LongestPieceBytes"/> bytes. Lets an oversized prompt be refused before it is tokenised.
    /// </summary>
    public static long MinimumTokens(LlamaModel model, IReadOnlyList<ChatTurn> messages)
    {
        long bytes = 0;
        foreach (var m in messages)
        {
            bytes += Encoding.UTF8.GetByteCount(m.Content);
        }

        return bytes / Math.Max(4, model.LongestPieceBytes);
    }

    private static void Flush(LlamaModel model, StringBuilder run, List<LLamaToken> tokens)
    {
        if (run.Length == 0)
        {
            return;
        }

        tokens.AddRange(model.TokenizeText(run.ToString()));
        run.Clear();
    }
}
