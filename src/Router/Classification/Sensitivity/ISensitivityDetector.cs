namespace Router.Classification.Sensitivity;

/// <summary>
/// One kind of sensitive entity. Implementations are stateless singletons, safe to call concurrently,
/// and report spans only — never the values.
/// </summary>
internal interface ISensitivityDetector
{
    /// <summary>The entity type's wire name (snake_case), also the detector's name.</summary>
    string Name { get; }

    SensitivityLevel Level { get; }

    /// <summary>How a hit was confirmed, shown in reasons, e.g. "Luhn valid".</summary>
    string Evidence { get; }

    void Detect(ScanInput input, List<TextSpan> found);
}
