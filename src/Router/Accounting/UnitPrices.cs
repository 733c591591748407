namespace Router.Accounting;

/// <summary>USD per one million tokens, the unit every vendor price list uses.</summary>
public sealed record UnitPrices(decimal InputPerMillionUsd, decimal OutputPerMillionUsd);
