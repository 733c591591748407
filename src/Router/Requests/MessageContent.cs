using System.Text.Json;

namespace Router.Requests;

/// <summary>
/// An OpenAI message's <c>content</c> as the text the router classifies: a string; null or absent (an assistant
/// turn that only called a tool) as empty; or an array of text parts, joined by
/// a newline. Other parts (images, audio, files) are
/// refused: the classifiers cannot read them, so the router must not pass them on unclassified.
/// </summary>
public static class MessageContent
{
    /// <summary>
    /// Between text parts. The joined text is both what the classifiers read and what every backend receives, so a
    /// part boundary can never glue "my id is" to the number after it unseen.
    /// </summary>
    public const char PartSeparator = '\n';

    /// <param name="badPart">When false is returned: the index of the first part that is not text, or -1 when the
    /// content is neither a string nor an array.</param>
    public static bool TryReadText(JsonElement? content, out string text, out int badPart)
    {
        (text, badPart) = ("", -1);
        switch (content)
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return true;
            case { ValueKind: JsonValueKind.String } s:
                text = s.GetString()!;
                return true;
            case { ValueKind: JsonValueKind.Array } parts:
                var joined = new System.Text.StringBuilder();
                var i = 0;
                foreach (var part in parts.EnumerateArray())
                {
                    if (part.ValueKind != JsonValueKind.Object || !IsString(part, "type", "text") || !part.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                    {
                        badPart = i;
                        return false;
                    }

                    if (i > 0)
                    {
                        joined.Append(PartSeparator);
                    }

                    joined.Append(t.GetString());
                    i++;
                }

                text = joined.ToString();
                return true;
            default:
                return false;
        }
    }

    private static bool IsString(JsonElement obj, string name, string value) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.ValueEquals(value);
}
