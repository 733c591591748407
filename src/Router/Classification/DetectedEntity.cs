namespace Router.Classification;

/// <summary>
/// Where a sensitive value was found: its type and its span [Start, End) in the content of message
/// <see cref="MessageIndex"/>. The value itself is never carried.
/// </summary>
public sealed record DetectedEntity(string Type, int Start, int End, int MessageIndex = 0);
