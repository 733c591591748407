namespace Router.Classification;

/// <summary>Ordered: a request's level is the highest of its entities. Anything above None stays private.</summary>
public enum SensitivityLevel
{
    None = 0,
    /// <summary>Contact data and tenant confidential terms: emails, phones, IP addresses.</summary>
    Moderate = 1,
    /// <summary>Identifiers, financial data and credentials: cards, IBAN, SSN, resident IDs, keys, tokens.</summary>
    High = 2,
}
