using System.Text;
using System.Text.RegularExpressions;
using LLama;
using LLama.Exceptions;

namespace GpuWorker.Inference;

/// <summary>
/// Renders chat messages with the model's own template (GGUF `tokenizer.chat_template`, applied by llama.cpp through
/// LLamaSharp's <see cref="LLamaTemplate"/>); when the model has none, or llama.cpp does not recognise it, falls
/// back to ChatML. The result keeps apart what the template wrote and what the messages said, so that only the
/// template's part may turn into special tokens.
/// </summary>
internal static partial class ChatPromptFormatter
{
    public const string FallbackTemplate = "chatml";

    public static string Format(string? modelTemplate, IReadOnlyList<ChatTurn> messages) =>
        string.Concat(Render(modelTemplate, messages).Select(s => s.Text));

    public static IReadOnlyList<PromptSegment> Render(string? modelTemplate, IReadOnlyList<ChatTurn> messages)
    {
        if (modelTemplate is not null && TryApply(modelTemplate, messages, out var segments))
        {
            return segments;
        }

        if (TryApply(FallbackTemplate, messages, out segments))
        {
            return segments;
        }

        throw new InvalidOperationException("No usable chat template.");
    }

    // Each message's content is replaced by a marker (private-use characters, untouched by trimming templates);
    // the rendered text is then cut at the markers and the real contents are put in their place.
    private static bool TryApply(string template, IReadOnlyList<ChatTurn> messages, out IReadOnlyList<PromptSegment> segments)
    {
        var llamaTemplate = new LLamaTemplate(template) { AddAssistant = true };
        for (var i = 0; i < messages.Count; i++)
        {
            llamaTemplate.Add(messages[i].Role, Marker(i));
        }

        string rendered;
        try
        {
            rendered = Encoding.UTF8.GetString(llamaTemplate.Apply());
        }
        catch (MissingTemplateException)
        {
            segments = [];
            return false;
        }

        var list = new List<PromptSegment>();
        var at = 0;
        foreach (Match m in MarkerPattern().Matches(rendered))
        {
            if (m.Index > at)
            {
                list.Add(new PromptSegment(rendered[at..m.Index], FromTemplate: true));
            }

            list.Add(new PromptSegment(messages[int.Parse(m.Groups[1].ValueSpan, provider: null)].Content, FromTemplate: false));
            at = m.Index + m.Length;
        }

        if (at < rendered.Length)
        {
            list.Add(new PromptSegment(rendered[at..], FromTemplate: true));
        }

        segments = list;
        return true;
    }

    private static string Marker(int index) => $"\uE000{index}\uE001";

    [GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial Regex MarkerPattern();
}

internal sealed record ChatTurn(string Role, string Content);

/// <summary>A run of prompt text: written by the chat template, or a message's content.</summary>
internal sealed record PromptSegment(string Text, bool FromTemplate);
