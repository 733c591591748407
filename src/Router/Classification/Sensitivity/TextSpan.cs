namespace Router.Classification.Sensitivity;

/// <summary>A half-open range [Start, End) of a text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
