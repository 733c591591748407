namespace Router.Classification;

/// <summary>Both classifications of one request, the input to the routing policy.</summary>
public sealed record RequestClassification(SensitivityVerdict Sensitivity, double Difficulty);
