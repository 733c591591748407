using System.Text.Json;

namespace Router.Functions.Http;

/// <summary>
/// Finds a JSON string (value or property name) that is not valid UTF-16: an escaped unpaired surrogate such as
/// <c>"\ud800"</c> is well-formed JSON and valid UTF-8 on the wire, but cannot become a .NET string without
/// corrupting it, and reading it used to throw deep in the pipeline (a 500 over HTTP, five retries on the queue).
/// </summary>
internal static class JsonStrings
{
    /// <summary>The JSON path of the first such string, or null when every string is valid.</summary>
    public static string? FirstInvalid(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsValid(element) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsValidName(property))
                    {
                        return path;
                    }

                    if (FirstInvalid(property.Value, $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstInvalid(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The message for an invalid string at <paramref name="path"/>; names where, never the text.</summary>
    public static string Message(string path) =>
        $"'{Param(path)}' contains an unpaired UTF-16 surrogate (an escape such as \\ud800 without its pair); text must be valid Unicode.";

    /// <summary>The OpenAI-style param: the path without the leading "$.".</summary>
    public static string Param(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static bool IsValid(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsValidName(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
