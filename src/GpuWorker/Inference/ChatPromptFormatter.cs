using System.Runtime.InteropServices;
using System.Text;
using GpuWorker.Native;

namespace GpuWorker.Inference;

/// <summary>
/// Renders chat messages with llama_chat_apply_template using the model's own template; when the model has
/// none, or llama.cpp does not recognise it, falls back to ChatML.
/// </summary>
internal static unsafe class ChatPromptFormatter
{
    public const string FallbackTemplate = "chatml";

    public static string Format(string? modelTemplate, IReadOnlyList<ChatTurn> messages)
    {
        if (modelTemplate is not null && TryApply(modelTemplate, messages, out var prompt)) return prompt;
        if (TryApply(FallbackTemplate, messages, out prompt)) return prompt;
        throw new InvalidOperationException("No usable chat template.");
    }

    private static bool TryApply(string template, IReadOnlyList<ChatTurn> messages, out string prompt)
    {
        var pins = new List<IntPtr>();
        try
        {
            var chat = new LlamaChatMessage[messages.Count];
            for (var i = 0; i < messages.Count; i++)
            {
                chat[i].Role = Utf8(messages[i].Role, pins);
                chat[i].Content = Utf8(messages[i].Content, pins);
            }

            var tmpl = Utf8(template, pins);
            var capacity = 256 + messages.Sum(m => Encoding.UTF8.GetByteCount(m.Content) + 64) * 2;
            fixed (LlamaChatMessage* c = chat)
            {
                for (var attempt = 0; attempt < 2; attempt++)
                {
                    var buffer = new byte[capacity];
                    fixed (byte* b = buffer)
                    {
                        var n = NativeMethods.llama_chat_apply_template((byte*)tmpl, c, (nuint)chat.Length, true, b, buffer.Length);
                        if (n < 0) break;
                        if (n <= buffer.Length)
                        {
                            prompt = Encoding.UTF8.GetString(buffer, 0, n);
                            return true;
                        }

                        capacity = n;
                    }
                }
            }
        }
        finally
        {
            pins.ForEach(Marshal.FreeCoTaskMem);
        }

        prompt = "";
        return false;
    }

    private static IntPtr Utf8(string s, List<IntPtr> pins)
    {
        var p = Marshal.StringToCoTaskMemUTF8(s);
        pins.Add(p);
        return p;
    }
}

internal sealed record ChatTurn(string Role, string Content);
