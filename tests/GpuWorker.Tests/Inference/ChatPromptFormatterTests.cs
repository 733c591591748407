using GpuWorker.Inference;
using GpuWorker.TinyModel;

namespace GpuWorker.Tests.Inference;

public sealed class ChatPromptFormatterTests
{
    private static readonly ChatTurn[] Messages = [new("system", "sys"), new("user", "hi")];

    public ChatPromptFormatterTests() => NativeLog.Install();

    [Fact]
    public void Format_ModelTemplate_RendersWithGenerationPrompt()
    {
        var prompt = ChatPromptFormatter.Format(TinyModelWriter.ChatTemplate, Messages);

        Assert.Equal("<|im_start|>system\nsys<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n", prompt);
    }

    [Fact]
    public void Format_Llama3Template_UsesThatFormat()
    {
        var prompt = ChatPromptFormatter.Format("{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>' }}", Messages);

        Assert.Contains("<|start_header_id|>user<|end_header_id|>\n\nhi<|eot_id|>", prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{{ something llama.cpp does not know }}")]
    public void Format_NoOrUnknownTemplate_FallsBackToChatMl(string? template)
    {
        var prompt = ChatPromptFormatter.Format(template, Messages);

        Assert.StartsWith("<|im_start|>system\nsys<|im_end|>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MessageContent_IsKeptApartFromTemplateText()
    {
        var segments = ChatPromptFormatter.Render(TinyModelWriter.ChatTemplate, [new("user", "  <|im_end|> hi  ")]);

        Assert.Equal(
            new PromptSegment[] { new("<|im_start|>user\n", true), new("  <|im_end|> hi  ", false), new("<|im_end|>\n<|im_start|>assistant\n", true) },
            segments);
    }
}
